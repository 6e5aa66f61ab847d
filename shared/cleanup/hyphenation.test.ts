import { describe, expect, it } from 'vitest'
import { Cleaning } from './cleaning.ts'
import { decideHyphen, proposeHyphenJoins } from './hyphenation.ts'
import { Vocabulary } from './vocabulary.ts'

const WORDS = new Set(['government', 'report', 'twenty', 'five', 'escalation', 'backed'])

function vocabulary(...texts: string[]): Vocabulary {
  const v = new Vocabulary(WORDS)
  for (const t of texts) v.addText(t)
  return v
}

function clean(text: string, v: Vocabulary, decisions: Record<string, boolean> = {}): string {
  const c = new Cleaning(text, { steps: {}, decisions })
  c.apply('hyphenation', proposeHyphenJoins(c.text, v))
  return c.text
}

describe('words split across a line break', () => {
  it('keep the hyphen when the corpus writes the word with one', () => {
    const v = vocabulary('under the de-escalation agreement')
    expect(clean('the March 5 de-\nescalation agreement', v)).toBe(
      'the March 5 de-escalation agreement',
    )
    expect(decideHyphen('de', 'escalation', v).reason).toBe(
      '“de-escalation” occurs 1×, “deescalation” 0× in the corpus',
    )
  })

  it('drop the hyphen when the corpus or the word list has the word whole', () => {
    expect(clean('the govern-\nment said', vocabulary())).toBe('the government said')
    expect(clean('a re-  \n  port', vocabulary())).toBe('a report')
    const v = vocabulary('the frontline moved')
    expect(clean('to the front-\nline.', v)).toBe('to the frontline.')
  })

  it('keep the hyphen before a capital, a digit, or between two known words', () => {
    const v = vocabulary('Turkish soldiers')
    expect(clean('the al-\nQaeda group', v)).toBe('the al-Qaeda group')
    expect(clean('pre-\n2011 borders', v)).toBe('pre-2011 borders')
    expect(clean('twenty-\nfive soldiers', v)).toBe('twenty-five soldiers')
    expect(clean('Turkish-\nbacked militants', v)).toBe('Turkish-backed militants')
    expect(clean('Ger-\nmany', v)).toBe('Germany')
  })

  it('join unknown halves: a word the typesetter split', () => {
    expect(clean('al-Gassan-\neyah town', vocabulary())).toBe('al-Gassaneyah town')
  })

  it('leave dashes and hyphens inside a line alone', () => {
    expect(proposeHyphenJoins('a well-known fact -\nthen more', vocabulary())).toEqual([])
  })

  it('take the other choice when a decision is turned off', () => {
    const v = vocabulary('de-escalation')
    const [p] = proposeHyphenJoins('de-\nescalation', v)
    expect(p?.id).toBe('hyphenation:de-escalation:1')
    expect(clean('de-\nescalation', v, { 'hyphenation:de-escalation:1': false })).toBe(
      'deescalation',
    )
  })
})
