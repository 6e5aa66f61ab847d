import { describe, expect, it } from 'vitest'
import { Cleaning } from './cleaning.ts'
import { proposeUnwrap } from './unwrap.ts'

function unwrap(text: string): string {
  const c = new Cleaning(text, { steps: {}, decisions: {} })
  c.apply('unwrap', proposeUnwrap(c.text))
  return c.text
}

const WRAPPED = [
  'One Turkish soldier died and another was injured in an IED attack in southern',
  'Idlib, the Turkish Defense Ministry reported late on May 27. The incident',
  'happened while units of the Turkish Army were passing near Jisr al-Shughur.',
  '',
  'Earlier on May 27, a large explosion erupted near an HQ and a weapon depot of',
  'the Turkistan Islamic Party in the town of al-Gassaneyah. At least 6 members',
  'of the group died.',
].join('\n')

describe('unwrapping hard-wrapped lines', () => {
  it('joins the lines of each paragraph and keeps paragraph breaks', () => {
    expect(unwrap(WRAPPED)).toBe(
      [
        'One Turkish soldier died and another was injured in an IED attack in southern Idlib, the Turkish Defense Ministry reported late on May 27. The incident happened while units of the Turkish Army were passing near Jisr al-Shughur.',
        '',
        'Earlier on May 27, a large explosion erupted near an HQ and a weapon depot of the Turkistan Islamic Party in the town of al-Gassaneyah. At least 6 members of the group died.',
      ].join('\n'),
    )
  })

  it('keeps a short line (a heading) and list items on lines of their own', () => {
    const text = [
      'Casualties in Idlib',
      'One Turkish soldier died and another was injured in an IED attack in southern',
      'Idlib, the Turkish Defense Ministry reported late on May 27. The incident',
      'happened while units of the Turkish Army were passing near Jisr al-Shughur.',
      '- one item that is long enough to look like it might be a wrapped line here',
      '- another item',
    ].join('\n')
    expect(unwrap(text).split('\n')).toEqual([
      'Casualties in Idlib',
      'One Turkish soldier died and another was injured in an IED attack in southern Idlib, the Turkish Defense Ministry reported late on May 27. The incident happened while units of the Turkish Army were passing near Jisr al-Shughur.',
      '- one item that is long enough to look like it might be a wrapped line here',
      '- another item',
    ])
  })

  it('leaves text alone that is not hard-wrapped', () => {
    const paragraphs = 'A long paragraph on one line. '.repeat(12).trim()
    const text = `${paragraphs}\n${paragraphs}\nShort.\n${paragraphs}`
    expect(proposeUnwrap(text)).toEqual([])
    expect(proposeUnwrap('Line one\nLine two\nLine three\n')).toEqual([])
  })

  it('says what it joined and why', () => {
    const [first] = proposeUnwrap(WRAPPED)
    expect(first).toMatchObject({ id: 'unwrap:1', summary: 'joined 3 lines into one paragraph' })
    expect(first?.reason).toMatch(/wraps its lines at about \d+ characters/)
  })
})
