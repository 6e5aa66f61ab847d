import { describe, expect, it } from 'vitest'
import { Cleaning } from './cleaning.ts'
import { proposeSpaces } from './spaces.ts'

function spaces(text: string): string {
  const c = new Cleaning(text, { steps: {}, decisions: {} })
  c.apply('spaces', proposeSpaces(c.text))
  return c.text
}

describe('collapsing spaces', () => {
  it('makes runs of spaces one, trims line ends and extra blank lines', () => {
    expect(spaces('  The  killed\t\tsoldier  \n\n\n\nwas  identified. \n')).toBe(
      'The killed soldier\n\nwas identified.\n',
    )
  })

  it('keeps single tabs and no-break spaces between words, and the final newline', () => {
    expect(spaces('a\tb 10\u00a0km\n')).toBe('a\tb 10\u00a0km\n')
  })

  it('reports one decision per kind with a count', () => {
    const proposals = proposeSpaces('a  b  c \n\n\n\nd')
    expect(proposals.map((p) => [p.id, p.summary])).toEqual([
      ['spaces:runs', 'collapsed 2 runs of spaces'],
      ['spaces:line-ends', 'trimmed spaces at 1 line end'],
      ['spaces:blank-lines', 'collapsed 1 run of blank lines'],
    ])
  })

  it('has nothing to say about clean text', () => {
    expect(proposeSpaces('Clean text.\n\nTwo paragraphs.\n')).toEqual([])
  })
})
