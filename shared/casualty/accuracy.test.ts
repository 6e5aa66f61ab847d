import { describe, expect, it } from 'vitest'
import { accuracy, findPart, formatAccuracy } from './accuracy.ts'
import { PHRASE_FIXTURES, SAMPLE_FIXTURES } from './figure.fixtures.ts'
import { HELD_OUT_FIXTURES } from './heldout.fixtures.ts'
import { REAL_PHRASE_FIXTURES } from './phrases.fixtures.ts'
import { MORE_PHRASE_FIXTURES } from './phrases-more.fixtures.ts'

describe('real casualty phrases', () => {
  const tuning = [
    ...SAMPLE_FIXTURES,
    ...PHRASE_FIXTURES,
    ...REAL_PHRASE_FIXTURES,
    ...MORE_PHRASE_FIXTURES,
  ]

  it('number at least 200 in the tuning set, each sourced phrase with its span in it', () => {
    expect(tuning.length).toBeGreaterThanOrEqual(200)
    for (const f of [...REAL_PHRASE_FIXTURES, ...MORE_PHRASE_FIXTURES, ...HELD_OUT_FIXTURES]) {
      expect(f.source).toMatch(/^https?:\/\//)
      expect(() => findPart(f.sentence, f.span, f.nth)).not.toThrow()
    }
  })

  it('are all read fully right in the tuning set', () => {
    const report = accuracy(tuning)
    expect(report.misses, formatAccuracy('tuning set', report)).toEqual([])
  })

  it('are read fully right at least 95% of the time in the held-out set', () => {
    const report = accuracy(HELD_OUT_FIXTURES)
    expect(HELD_OUT_FIXTURES.length).toBeGreaterThanOrEqual(40)
    expect(
      report.overall.right / report.overall.total,
      formatAccuracy('held out', report),
    ).toBeGreaterThanOrEqual(0.95)
  })
})
