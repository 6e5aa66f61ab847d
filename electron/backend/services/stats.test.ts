import { afterEach, describe, expect, it } from 'vitest'
import { FIXTURE_ANNOTATOR } from '../../../shared/datasets/test-corpus.fixtures.ts'
import { makeFixtureCorpus } from '../../../tests/support/datasets.ts'
import { Corpus } from '../store/corpus.ts'
import { cleanup } from '../../../tests/support/backend.ts'
import { corpusStats, formatStats } from './stats.ts'

afterEach(cleanup)

describe('corpusStats', () => {
  it('counts spans per label, documents per status, relations per type and attribute values', async () => {
    const { dir } = await makeFixtureCorpus()
    const stats = await corpusStats(await Corpus.open(dir, { readOnly: true }), FIXTURE_ANNOTATOR)
    expect(stats).toMatchObject({
      documents: 3,
      spans: 24,
      byLabel: { ACTOR: 9, PLACE: 6, CASUALTY_FIGURE: 5, ATTRIBUTION: 4 },
      byStatus: { done: 1, in_progress: 1, needs_review: 1 },
      relations: 11,
      byRelation: { victim: 1, location: 5, claimed_by: 3, source: 2 },
    })
    expect(stats.byAttribute['outcome']).toEqual({ killed: 3, injured: 1, neutralised: 1 })
    expect(stats.byAttribute['best']).toEqual({ '(any value)': 4 })
    expect(formatStats(stats)).toContain('\nrelations: 11\n  victim: 1\n')
  })
})
