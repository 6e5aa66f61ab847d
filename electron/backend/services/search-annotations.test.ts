import { afterEach, describe, expect, it } from 'vitest'
import type { Span } from '../../../shared/contract/model.ts'
import {
  cleanup,
  findCodePoints,
  makeCorpus,
  openBackend,
  spanAt,
} from '../../../tests/support/backend.ts'
import { searchCorpus } from './search-service.ts'

afterEach(cleanup)

const TEXT =
  'Idlib 🇹🇷 report\nAt least 33 Turkish soldiers were killed and 4 civilians wounded near Idlib.'

function span(quote: string, label: string, id: string, attributes: Span['attributes']): Span {
  const [start, end] = findCodePoints(TEXT, quote)
  return { ...spanAt(TEXT, start, end, label, id), attributes }
}

async function annotated() {
  const { dir, docIds } = await makeCorpus({ 'a.txt': TEXT, 'b.txt': 'Nothing here.' })
  const backend = await openBackend(dir)
  const docId = docIds[0] ?? ''
  const ops = [
    span('33 Turkish soldiers', 'CASUALTY_FIGURE', 's1', { outcome: 'killed', best: 33 }),
    span('4 civilians', 'CASUALTY_FIGURE', 's2', { outcome: 'injured', best: 4 }),
    span('Idlib', 'PLACE', 's3', {}),
  ].map((s) => ({ op: 'addSpan' as const, span: s }))
  const applied = await backend.invoke('annotations.apply', { docId, revision: 0, ops })
  expect(applied.ok).toBe(true)
  return { corpus: backend.ctx.corpus, docId }
}

describe('searching annotations', () => {
  it('finds spans by label and attribute conditions, with their place in the text', async () => {
    const { corpus, docId } = await annotated()
    const found = await searchCorpus(
      corpus,
      'tester',
      'label:CASUALTY_FIGURE outcome:killed best>10',
      50,
    )
    expect(found.total).toBe(1)
    expect(found.hits).toEqual([
      expect.objectContaining({
        docId,
        spanId: 's1',
        label: 'CASUALTY_FIGURE',
        start: 25,
        end: 44,
      }),
    ])
    expect(found.hits[0]?.snippet).toContain('33 Turkish soldiers were killed')
    expect((await searchCorpus(corpus, 'tester', 'label:casualty_figure', 50)).total).toBe(2)
    expect((await searchCorpus(corpus, 'tester', 'best<5', 50)).hits.map((h) => h.spanId)).toEqual([
      's2',
    ])
    expect(
      (await searchCorpus(corpus, 'tester', 'label:PLACE idlib', 50)).hits.map((h) => h.spanId),
    ).toEqual(['s3'])
    expect((await searchCorpus(corpus, 'other', 'label:PLACE', 50)).total).toBe(0)
  })

  it('refuses a comparison without a number, saying which', async () => {
    const { corpus } = await annotated()
    await expect(searchCorpus(corpus, 'tester', 'best>many', 50)).rejects.toThrow(
      'best>many: a comparison needs a number',
    )
  })
})
