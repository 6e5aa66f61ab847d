import { describe, expect, it } from 'vitest'
import { Vocabulary } from './vocabulary.ts'
import { cleanUpToBoilerplate, finishCleaning } from './clean.ts'
import { furniture } from './furniture.ts'
import { analyseOverlap } from './overlap.ts'
import { profileLines, TextIndex } from './text-index.ts'

const DISCLAIMER =
  'Disclaimer: The contents of this article are of sole responsibility of the author(s). The Centre will not be responsible for any inaccurate or incorrect statement in this article.'

const A = [
  'Turkish soldier killed in Idlib',
  'One Turkish soldier died and another was injured in an IED attack in southern Idlib, the ministry said.',
  'The attack was likely conducted by the TIP or its allies near Jisr al-Shughur on Wednesday.',
  'Related Articles',
  DISCLAIMER,
].join('\n\n')

const B = [
  'Strikes near Saraqib',
  'Heavy clashes between Syrian troops and Turkish-backed militants broke out near the town of Saraqib.',
  'At least 5 Syrian Army troops were killed or injured in the confrontation, pro-militant sources said.',
  DISCLAIMER,
].join('\n\n')

/** A's report again, rewrapped and without its furniture: what a PDF copy looks like. */
const A_COPY = [
  'One Turkish soldier died and another was injured in an IED attack in southern Idlib,',
  'the ministry said. The attack was likely conducted by the TIP or its allies near Jisr',
  'al-Shughur on Wednesday.',
].join(' ')

function indexOf(texts: Record<string, string>): TextIndex {
  const index = new TextIndex()
  for (const [key, text] of Object.entries(texts)) index.add(key, key, profileLines(text))
  return index
}

describe('site furniture', () => {
  it('is recognised by common patterns, with the kind named', () => {
    const lines = [
      'Back to top button',
      'Related Articles',
      'Home / News / Idlib: Turkey ‘neutralises’ 309 soldiers',
      'AirDrones - Latest News, Features & Expert OpinionMiddle EastWar',
      'Note to readers: please click the share buttons above or below.',
      'Your email address will not be published. Required fields are marked *',
      'Fishman64 / shutterstock.com',
      'For media inquiries: [email\u00a0protected]',
    ]
    expect(lines.map((l) => furniture(l, 5, 10)?.kind)).toEqual([
      'navigation',
      'related links',
      'navigation',
      'navigation',
      'share prompt',
      'comment form',
      'image credit',
      'contact line',
    ])
  })

  it('does not catch article sentences that mention the same words', () => {
    const lines = [
      'The latest news from the front shows that the army pushed into the town.',
      'PayPal froze the accounts of the group in March.',
      'Erdogan said the talks should share the burden of the refugees.',
      'About 300 soldiers were killed.',
    ]
    expect(lines.map((l) => furniture(l, 9, 10))).toEqual([null, null, null, null])
  })
})

describe('overlap between texts', () => {
  it('calls a paragraph shared at the tail of two different reports boilerplate', () => {
    const index = indexOf({ a: A, b: B })
    const lines = profileLines(B)
    const found = analyseOverlap(lines, index, { self: 'b', mayDuplicate: () => true })
    expect(found.nearDuplicates).toEqual([])
    expect([...found.recurring.values()]).toEqual([{ key: 'a', title: 'a' }])
    const line = lines.find((l) => found.recurring.has(l.index))
    expect(line?.line.text).toBe(DISCLAIMER)
  })

  it('calls a rewrapped copy a near-duplicate, and none of its lines boilerplate', () => {
    const index = indexOf({ a: A })
    const found = analyseOverlap(profileLines(A_COPY), index, { mayDuplicate: () => true })
    expect(found.nearDuplicates.map((n) => n.key)).toEqual(['a'])
    // Shingles across the joined paragraph break are new; the rest is A's.
    expect(found.nearDuplicates[0]?.similarity).toBeGreaterThan(0.8)
    expect(found.recurring.size).toBe(0)
  })

  it('calls a report with new paragraphs added to a copy a near-duplicate, not boilerplate', () => {
    const longer = `${A}\n\nIn a later update, the ministry named the soldier and said the second was in hospital.\n\nThe ministry later added that three more attacks were reported overnight near Ariha.`
    const index = indexOf({ a: A })
    const found = analyseOverlap(profileLines(longer), index, { mayDuplicate: () => true })
    expect(found.nearDuplicates.map((n) => n.key)).toEqual(['a'])
    expect(found.recurring.size).toBe(0)
  })

  it('counts a line common to many texts as boilerplate without comparing each text', () => {
    const texts = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [
        `r${i}`,
        `Report ${i}: shelling hit district ${i} of the town on day ${i} of the month.\n\n${DISCLAIMER}`,
      ]),
    )
    const found = analyseOverlap(profileLines(A), indexOf(texts), { mayDuplicate: () => true })
    expect([...found.recurring.values()]).toEqual([{ count: 30 }])
    expect(found.nearDuplicates).toEqual([])
  })

  it('leaves a copy that may not be flagged (a later file of the batch) for its own turn', () => {
    const index = indexOf({ copy: A_COPY })
    const found = analyseOverlap(profileLines(A), index, { mayDuplicate: () => false })
    expect(found.nearDuplicates).toEqual([])
    expect(found.recurring.size).toBe(0)
  })
})

describe('the boilerplate step', () => {
  const settings = { steps: {}, decisions: {} }

  function finish(text: string, others: Record<string, string>, decisions = {}): string {
    const partly = cleanUpToBoilerplate(text, { steps: {}, decisions }, new Vocabulary())
    const found = analyseOverlap(partly.lines, indexOf(others), { mayDuplicate: () => true })
    return finishCleaning(partly, found, { steps: {}, decisions }).text
  }

  it('leaves out furniture and recurring lines, keeping paragraph breaks', () => {
    expect(finish(A, { b: B })).toBe(A.split('\n\nRelated Articles')[0])
  })

  it('keeps a line the user chose to keep', () => {
    const partly = cleanUpToBoilerplate(A, settings, new Vocabulary())
    const found = analyseOverlap(partly.lines, indexOf({ b: B }), { mayDuplicate: () => true })
    const { decisions } = finishCleaning(partly, found, settings)
    const disclaimer = decisions.find((d) => d.before === DISCLAIMER)
    expect(disclaimer).toMatchObject({
      step: 'boilerplate',
      applied: true,
      reason: 'recurs in “b”',
    })
    const kept = finish(A, { b: B }, { [disclaimer?.id ?? '']: false })
    expect(kept.endsWith(`\n\n${DISCLAIMER}`)).toBe(true)
    expect(kept).not.toContain('Related Articles')
  })

  it('never leaves out every line', () => {
    expect(finish('Related Articles\n\nBack to top', {})).toBe('Related Articles\n\nBack to top')
  })
})
