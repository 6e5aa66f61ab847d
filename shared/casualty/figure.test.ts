/// <reference types="vite/client" />
import { describe, expect, it } from 'vitest'
import {
  CASUALTY_CONVENTIONS,
  parseCasualtyFigure,
  sentenceAround,
  type CasualtyParse,
} from './figure.ts'
import { PHRASE_FIXTURES, SAMPLE_FIXTURES, type CasualtyFixture } from './figure.fixtures.ts'
import { findPart, flexible } from './accuracy.ts'

/** The sample articles, read as the app reads them (shared/ tests may not import node:fs). */
const SAMPLE_FILES = import.meta.glob<string>('../../assets/sample/*.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
})

function sample(prefix: string): string {
  const entry = Object.entries(SAMPLE_FILES).find(([path]) => path.includes(`/${prefix}_`))
  if (!entry) throw new Error(`no sample ${prefix} in assets/sample`)
  return entry[1]
}

const find = findPart

function parseIn(text: string, range: [number, number]): CasualtyParse {
  return parseCasualtyFigure(text, range[0], range[1])
}

const title = (f: CasualtyFixture): string =>
  `"${f.span}"${f.nth ? ` (#${f.nth})` : ''} in "${f.sentence.length > 70 ? `${f.sentence.slice(0, 70)}…` : f.sentence}"`

const ALL_FIXTURES = [...SAMPLE_FIXTURES, ...PHRASE_FIXTURES]

describe('fixtures', () => {
  it('cover at least 60 phrases, every one with its span in its sentence', () => {
    expect(ALL_FIXTURES.length).toBeGreaterThanOrEqual(60)
    for (const f of ALL_FIXTURES) expect(() => find(f.sentence, f.span, f.nth)).not.toThrow()
  })
})

describe('casualty figures in the sample articles, read in the whole document', () => {
  const cases = SAMPLE_FIXTURES.flatMap((f) => (f.samples ?? []).map((id) => ({ id, f })))
  it.each(cases.map(({ id, f }) => [`${id}: ${title(f)}`, id, f] as const))(
    '%s',
    (_name, id, f) => {
      const doc = sample(id)
      // The sentence must be one the document really has, bounded as sentenceAround bounds it.
      const placed = [...doc.matchAll(flexible(f.sentence))].flatMap((m) => {
        const sentence: [number, number] = [m.index, m.index + m[0].length]
        const span = find(doc, f.span, f.nth, ...sentence)
        const [s, e] = sentenceAround(doc, span[0], span[1])
        return s === sentence[0] && e === sentence[1] ? [span] : []
      })
      expect(placed, 'the sentence, as a whole sentence of the document').toHaveLength(1)
      const span = placed[0]
      if (span) expect(parseIn(doc, span)).toEqual(f.expected)
    },
  )

  it('lists figures from every sample article', () => {
    const covered = new Set(SAMPLE_FIXTURES.flatMap((f) => f.samples ?? []))
    const files = Object.keys(SAMPLE_FILES).map((path) => /\/(\d{3})_/.exec(path)?.[1])
    expect([...covered].sort()).toEqual(files.sort())
  })
})

/** Neighbouring sentences full of numbers and harms, which must not leak into the figure. */
const BEFORE = 'Clashes were reported on May 3 near the town, where 4 people were hurt. '
const AFTER = ' Separately, 9 militants were captured in Hama.'

describe('casualty figures in their sentence', () => {
  it.each(ALL_FIXTURES.map((f) => [title(f), f] as const))('%s', (_name, f) => {
    expect(parseIn(f.sentence, find(f.sentence, f.span, f.nth))).toEqual(f.expected)
  })

  it.each(ALL_FIXTURES.map((f) => [title(f), f] as const))(
    '%s, between other sentences',
    (_name, f) => {
      // A headline has no full stop, so it stands in its own paragraph.
      const ended = /[.!?…]["'”’)\]]*(\[\d+\])?$/.test(f.sentence)
      const before = ended ? BEFORE : `${BEFORE}\n\n`
      const text = `${before}${f.sentence}${ended ? AFTER : `\n\n${AFTER.trim()}`}`
      const offset = before.length
      const span = find(text, f.span, f.nth, offset, offset + f.sentence.length)
      expect(sentenceAround(text, span[0], span[1])).toEqual([offset, offset + f.sentence.length])
      expect(parseIn(text, span)).toEqual(f.expected)
    },
  )
})

describe('numbers', () => {
  const NUMBERS: readonly (readonly [string, number])[] = [
    ['zero', 0],
    ['one', 1],
    ['six', 6],
    ['seventeen', 17],
    ['twenty-three', 23],
    ['twenty three', 23],
    ['ninety-nine', 99],
    ['a hundred', 100],
    ['one hundred and five', 105],
    ['two hundred and fifty', 250],
    ['a thousand', 1000],
    ['two thousand five hundred', 2500],
    ['a dozen', 12],
    ['two dozen', 24],
    ['half a dozen', 6],
    ['half a million', 500_000],
    ['a quarter of a million', 250_000],
    ['three quarters of a million', 750_000],
    ['one and a half million', 1_500_000],
    ['1.1 million', 1_100_000],
    ['3.7 million', 3_700_000],
    ['1,5 million', 1_500_000],
    ['1.5m', 1_500_000],
    ['10k', 10_000],
    ['1,709', 1709],
    ['1709', 1709],
    ['1.709', 1709],
    ['1\u202f709', 1709],
    ['1,000,000', 1_000_000],
    ['2 million', 2_000_000],
    ['٣٣', 33],
    ['۱۲', 12],
  ]
  it.each(NUMBERS)('reads "%s" as %d', (words, value) => {
    const text = `Officials said ${words} soldiers were killed.`
    const [s] = find(text, words)
    expect(parseCasualtyFigure(text, s, s + words.length)).toEqual({
      low: value,
      best: value,
      high: value,
      qualifier: 'exact',
      outcome: 'killed',
    })
  })

  it.each([
    ['3.5 soldiers', 'a fraction'],
    ['27th', 'an ordinal'],
    ['5km', 'a distance'],
    ['500m', 'metres when no people follow'],
  ])('does not count "%s" (%s)', (words) => {
    const text = `The unit moved ${words} from the front on Monday.`
    const [s] = find(text, words)
    expect(parseCasualtyFigure(text, s, s + words.length)).toEqual({
      low: null,
      best: null,
      high: null,
      qualifier: null,
      outcome: null,
    })
  })
})

describe('CASUALTY_CONVENTIONS', () => {
  /** The value N stands for in the examples that spell it out. */
  const SPELLED: Record<string, number> = { '22 people': 22, six: 6, 'half a dozen': 6 }
  const cases = CASUALTY_CONVENTIONS.flatMap((row) =>
    [...row.wording.matchAll(/"([^"]+)"/g)].map((m) => [m[1] ?? '', row] as const),
  )

  it.each(cases)('"%s" is coded as documented', (example, row) => {
    const n = SPELLED[example] ?? 7
    const phrase = example.replace(/\bN\b/, String(n)).replace(/\bA\b/, '3').replace(/\bB\b/, '9')
    const text = `Officials said ${phrase}${phrase.endsWith('people') ? '' : ' fighters'} were killed.`
    const [s] = find(text, phrase)
    const value = (cell: string): number | null =>
      cell === '—' ? null : cell === 'N' ? n : cell === 'A' ? 3 : cell === 'B' ? 9 : Number(cell)
    expect(parseCasualtyFigure(text, s, s + phrase.length)).toEqual({
      low: value(row.low),
      best: value(row.best),
      high: value(row.high),
      qualifier: row.qualifier,
      outcome: 'killed',
    })
  })
})

describe('sentenceAround', () => {
  /** The sentence sentenceAround gives for the nth `part` of text. */
  function around(text: string, part: string, nth = 0): string {
    const [a, b] = find(text, part, nth)
    const [s, e] = sentenceAround(text, a, b)
    return text.slice(s, e)
  }

  it('splits at full stops, question and exclamation marks', () => {
    const text = 'Three died. Was it an airstrike? Nobody knows! Five fled.'
    expect(around(text, 'Three')).toBe('Three died.')
    expect(around(text, 'airstrike')).toBe('Was it an airstrike?')
    expect(around(text, 'Nobody')).toBe('Nobody knows!')
    expect(around(text, 'Five')).toBe('Five fled.')
  })

  it('keeps abbreviations, initials, decimals and URLs inside the sentence', () => {
    expect(around('Gen. Akar said 5 died. Next.', '5')).toBe('Gen. Akar said 5 died.')
    expect(around('U.S. forces killed 4 militants. Next.', '4')).toBe(
      'U.S. forces killed 4 militants.',
    )
    expect(around('There are 3.7 million refugees. Next.', '3.7')).toBe(
      'There are 3.7 million refugees.',
    )
    expect(around('See bbc.co.uk for 12 names. Next.', '12')).toBe('See bbc.co.uk for 12 names.')
    expect(around('It was approx. five people. Next.', 'five')).toBe('It was approx. five people.')
    expect(around('Brigade No. 5 lost 3 men. Next.', '3')).toBe('Brigade No. 5 lost 3 men.')
    expect(around('He said no. Then 3 men died.', '3')).toBe('Then 3 men died.')
  })

  it('takes closing quotes and footnote markers with the sentence they end', () => {
    const text = 'They hit 200 targets this morning.[1] Whilst 5 died.'
    expect(around(text, '200')).toBe('They hit 200 targets this morning.[1]')
    expect(around(text, '[1]')).toBe('They hit 200 targets this morning.[1]')
    expect(around(text, '5')).toBe('Whilst 5 died.')
    const quoted = '“We have three martyrs.” Erdogan said 20 died.'
    expect(around(quoted, 'three')).toBe('“We have three martyrs.”')
    expect(around(quoted, '20')).toBe('Erdogan said 20 died.')
    expect(around('“Is this war?” he asked. Yes.', 'war')).toBe('“Is this war?” he asked.')
  })

  it('ends a sentence at a blank line but not at a wrapped line', () => {
    const text =
      'Airstrike kills 3 soldiers\n\nAt least 6 members of  the\nterrorist group died. Next.'
    expect(around(text, '3')).toBe('Airstrike kills 3 soldiers')
    expect(around(text, '6')).toBe('At least 6 members of  the\nterrorist group died.')
    expect(around('Headline\n \t\nBody 5 died.', '5')).toBe('Body 5 died.')
    expect(around('one\u2029two 5 died', '5')).toBe('two 5 died')
    expect(around('It was approx.\nfive people. Next.', 'five')).toBe(
      'It was approx.\nfive people.',
    )
    expect(around('It ended etc.\n\nsome 5 died.', '5')).toBe('some 5 died.')
  })

  it('handles ellipses', () => {
    expect(around('He paused... Then 5 died.', '5')).toBe('Then 5 died.')
    expect(around('He paused… then 5 died.', '5')).toBe('He paused… then 5 died.')
  })

  it('joins the sentences a span crosses', () => {
    const text = 'First. Three died. Two fled. Last.'
    const [a] = find(text, 'died')
    const [, b] = find(text, 'Two')
    expect(sentenceAround(text, a, b)).toEqual([7, 28])
  })

  it('takes a caret to the sentence it ends or starts', () => {
    const text = 'Three died. Two fled.'
    expect(sentenceAround(text, 11, 11)).toEqual([0, 11])
    expect(sentenceAround(text, 12, 12)).toEqual([12, 21])
  })

  it('clamps and orders offsets', () => {
    const text = 'Three died. Two fled.'
    expect(sentenceAround(text, 100, 15)).toEqual([12, 21])
    expect(sentenceAround(text, -5, 2)).toEqual([0, 11])
    expect(sentenceAround('', 0, 0)).toEqual([0, 0])
  })

  it('counts offsets in UTF-16, across emoji', () => {
    const text = '🇹🇷 Report 😀. Three soldiers 👩‍👩‍👧 died. Next.'
    const [a, b] = find(text, 'Three soldiers')
    const [s, e] = sentenceAround(text, a, b)
    expect(text.slice(s, e)).toBe('Three soldiers 👩‍👩‍👧 died.')
    expect(parseCasualtyFigure(text, a, b)).toEqual({
      low: 3,
      best: 3,
      high: 3,
      qualifier: 'exact',
      outcome: 'killed',
    })
  })
})

describe('parseCasualtyFigure edge cases', () => {
  const NOTHING = { low: null, best: null, high: null, qualifier: null, outcome: null }

  it('returns nulls for empty, blank or out-of-range spans', () => {
    expect(parseCasualtyFigure('', 0, 0)).toEqual(NOTHING)
    expect(parseCasualtyFigure('Three died.', 5, 5)).toEqual(NOTHING)
    expect(parseCasualtyFigure('Three died.  Next', 11, 13)).toEqual(NOTHING)
    expect(parseCasualtyFigure('Three died.', 50, 60)).toEqual(NOTHING)
  })

  it('reads a partly selected token whole', () => {
    const text = 'They neutralized 1,709 soldiers.'
    const [a] = find(text, '709')
    expect(parseCasualtyFigure(text, a + 2, a + 5).best).toBe(1709)
    const road = 'He was killed on the M4 highway.'
    const [m] = find(road, 'M4')
    expect(parseCasualtyFigure(road, m + 1, m + 2)).toEqual(NOTHING)
  })

  it('accepts reversed offsets', () => {
    const text = 'At least 6 members died.'
    const [a, b] = find(text, '6 members')
    expect(parseCasualtyFigure(text, b, a)).toEqual(parseCasualtyFigure(text, a, b))
  })

  it('skips a date to reach the figure in a wide span', () => {
    const text = 'On May 27, 5 soldiers were killed.'
    expect(parseCasualtyFigure(text, 0, text.length)).toEqual({
      low: 5,
      best: 5,
      high: 5,
      qualifier: 'exact',
      outcome: 'killed',
    })
  })

  it('gives each figure of a whole-clause span the harm that governs the first', () => {
    const text = 'One Turkish soldier died and another was injured.'
    expect(parseCasualtyFigure(text, 0, text.length).outcome).toBe('killed')
  })

  it('reads a figure in a long text with no sentence ends', () => {
    const text = 'and 5 soldiers were killed near the town '.repeat(20_000)
    const at = text.length / 2
    expect(parseCasualtyFigure(text, at + 4, at + 14)).toEqual({
      low: 5,
      best: 5,
      high: 5,
      qualifier: 'exact',
      outcome: 'killed',
    })
  })

  it('reads British and American spellings and typographic quotes alike', () => {
    for (const verb of [
      'neutralised',
      'neutralized',
      '‘neutralised’',
      '"neutralized"',
      '“neutralises”',
    ]) {
      const text = `Turkey ${verb} 40 soldiers.`
      const [a, b] = find(text, '40 soldiers')
      expect(parseCasualtyFigure(text, a, b).outcome, verb).toBe('neutralised')
    }
  })
})

describe('every span of the sample articles', () => {
  /** Well-formed: values are counts, and they fit the qualifier as the conventions table says. */
  function wellFormed(r: CasualtyParse): boolean {
    const values = [r.low, r.best, r.high]
    if (!values.every((v) => v === null || (Number.isSafeInteger(v) && v >= 0))) return false
    switch (r.qualifier) {
      case null:
        return values.every((v) => v === null)
      case 'exact':
        return r.low !== null && r.low === r.best && r.best === r.high
      case 'at_least':
      case 'more_than':
        return r.low !== null && r.low === r.best && r.high === null
      case 'up_to':
        return r.low === null && r.high !== null && (r.best === null || r.best === r.high)
      case 'about':
        return r.low === null
          ? r.best !== null && r.high === null
          : r.best === null && r.high !== null && r.low <= r.high
      case 'vague':
        return r.low === r.best && r.high === null
    }
  }

  it.each(Object.keys(SAMPLE_FILES).map((path) => [path] as const))(
    'parses every run of up to five words in %s without throwing or malformed values',
    (path) => {
      const doc = SAMPLE_FILES[path] ?? ''
      const words = [...doc.matchAll(/\S+/g)].map((m) => [m.index, m.index + m[0].length])
      for (let i = 0; i < words.length; i++) {
        for (let j = i; j < Math.min(words.length, i + 5); j++) {
          const a = words[i]?.[0] ?? 0
          const b = words[j]?.[1] ?? 0
          const r = parseCasualtyFigure(doc, a, b)
          if (!wellFormed(r)) throw new Error(`"${doc.slice(a, b)}" gave ${JSON.stringify(r)}`)
          const [s, e] = sentenceAround(doc, a, b)
          if (s > a || e < b) throw new Error(`the sentence of "${doc.slice(a, b)}" misses it`)
        }
      }
    },
  )
})
