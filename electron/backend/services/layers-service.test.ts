import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AnnotationSetSchema } from '../../../shared/contract/model.ts'
import { makeTeamCorpus } from '../../../tests/support/team.ts'
import { cleanup, openBackend, invokeOk } from '../../../tests/support/backend.ts'

afterEach(cleanup)

const call = invokeOk

describe('other layers', () => {
  it('lists every annotator with their counts for a document, and shows any layer', async () => {
    const { dir, ids } = await makeTeamCorpus()
    const backend = await openBackend(dir, 'alice')
    const { layers } = await call(backend, 'layers.list', { docId: ids['d1'] })
    expect(layers.map((l) => [l.annotator, l.spans, l.relations, l.status])).toEqual([
      ['alice', 4, 2, 'done'],
      ['bob', 4, 2, 'done'],
      ['carol', 3, 2, 'done'],
    ])
    const carol = await call(backend, 'layers.get', { docId: ids['d1'], annotator: 'carol' })
    expect(carol.spans.map((s) => s.text)).toEqual(['soldiers', 'Afrin on Monday', '5 civilians'])
    expect(layers.find((l) => l.annotator === 'carol')?.revision).toBe(carol.revision)
    const none = await call(backend, 'layers.get', { docId: ids['d3'], annotator: 'carol' })
    expect([none.spans, none.revision]).toEqual([[], 0])
    const { layers: d3 } = await call(backend, 'layers.list', { docId: ids['d3'] })
    expect(d3.find((l) => l.annotator === 'carol')?.revision).toBe(0)
  })

  it('compares two layers by kind of disagreement', async () => {
    const { dir, ids } = await makeTeamCorpus()
    const backend = await openBackend(dir, 'alice')
    const { disagreements } = await call(backend, 'layers.compare', {
      docId: ids['d4'],
      a: 'alice',
      b: 'bob',
    })
    expect(disagreements.map((d) => [d.kind, d.message])).toEqual([
      ['label', '"Saraqib": PLACE in a, ACTOR in b'],
    ])
    const unknown = await backend.invoke('layers.compare', {
      docId: ids['d4'],
      a: 'alice',
      b: 'zoe',
    })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'bad_request' } })
  })
})

describe('curation', () => {
  it('starts the curated layer with what a majority agrees on, recording the sources', async () => {
    const { dir, ids } = await makeTeamCorpus()
    const backend = await openBackend(dir, 'alice')
    const docId = ids['d2'] ?? ''
    const started = await call(backend, 'curation.start', { docId, threshold: 'majority' })
    expect([started.created, started.preAccepted]).toEqual([true, { spans: 3, relations: 0 }])
    const stored = AnnotationSetSchema.parse(
      JSON.parse(await readFile(join(dir, 'annotations', 'curation', `${docId}.json`), 'utf8')),
    )
    expect(stored.spans.map((s) => [s.text, s.sources])).toEqual([
      ['Kurdish fighters', ['alice', 'bob', 'carol']],
      ['3 people were wounded', ['alice', 'carol']],
      ['Manbij', ['alice', 'bob']],
    ])
    const again = await call(backend, 'curation.start', { docId, threshold: 'all' })
    expect([again.created, again.annotations.spans.length]).toEqual([false, 3])
  })

  it('accepts a candidate from one layer, marks the document curated, and undoes', async () => {
    const { dir, ids } = await makeTeamCorpus()
    const backend = await openBackend(dir, 'alice')
    const docId = ids['d2'] ?? ''
    const { annotations } = await call(backend, 'curation.start', { docId, threshold: 'all' })
    const { candidates } = await call(backend, 'curation.candidates', { docId })
    const fromCarol = candidates.find((c) => c.span?.label === 'ATTRIBUTION')
    expect(fromCarol?.layers).toEqual(['carol'])
    const span = { ...fromCarol?.span, id: 'k1', sources: ['carol'] }
    const added = await call(backend, 'curation.apply', {
      docId,
      revision: annotations.revision,
      ops: [
        { op: 'addSpan', span },
        { op: 'setStatus', before: 'in_progress', after: 'curated' },
      ],
    })
    expect(added.spanCount).toBe(2)
    const curated = await call(backend, 'layers.get', { docId, annotator: 'curation' })
    expect(curated.status).toBe('curated')
    expect(curated.spans.find((s) => s.id === 'k1')?.sources).toEqual(['carol'])
    // The current annotator's own layer is untouched.
    const own = await call(backend, 'documents.get', { id: docId })
    expect(own.annotations.spans).toHaveLength(3)
    const undone = await call(backend, 'curation.apply', {
      docId,
      revision: added.revision,
      ops: [{ op: 'removeSpan', span }],
    })
    expect(undone.spanCount).toBe(1)
  })
})
