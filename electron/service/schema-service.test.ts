import { afterEach, describe, expect, it } from 'vitest'
import type { LabelSchema } from '../../shared/model.ts'
import { Corpus } from '../store/corpus.ts'
import { cleanup, makeCorpus, openBackend, spanAt } from '../test-support.ts'
import { finishMigration } from './schema-service.ts'

afterEach(cleanup)

const TEXT = 'The Sham Legion shelled Saraqib.'

async function annotated() {
  const { dir, docIds } = await makeCorpus({ 'a.txt': TEXT })
  for (const who of ['alice', 'bob']) {
    const backend = await openBackend(dir, who)
    await backend.invoke('annotations.apply', {
      docId: docIds[0],
      revision: 0,
      ops: [
        { op: 'addSpan', span: spanAt(TEXT, 4, 15, 'ACTOR', 'a1') },
        { op: 'addSpan', span: spanAt(TEXT, 24, 31, 'PLACE', 'p1') },
      ],
    })
    backend.ctx.corpus.close()
  }
  return { dir, docId: docIds[0] ?? '' }
}

function renameActor(schema: LabelSchema): LabelSchema {
  const swap = (l: string) => (l === 'ACTOR' ? 'PARTY' : l)
  return {
    labels: schema.labels.map((l) => (l.id === 'ACTOR' ? { ...l, id: 'PARTY', name: 'Party' } : l)),
    relationTypes: schema.relationTypes.map((t) => ({
      ...t,
      from: t.from.map(swap),
      to: t.to.map(swap),
    })),
  }
}

describe('schema.impact and schema.update', () => {
  it('says what removing a label touches before anything changes, then changes every annotator’s files', async () => {
    const { dir, docId } = await annotated()
    const backend = await openBackend(dir, 'alice')
    const schema = backend.ctx.corpus.manifest.schema
    const withoutPlace = {
      labels: schema.labels.filter((l) => l.id !== 'PLACE'),
      relationTypes: schema.relationTypes.filter((t) => !t.to.includes('PLACE')),
    }
    const renames = { labels: {}, relationTypes: {}, attributes: {} }
    const impact = await backend.invoke('schema.impact', { schema: withoutPlace, renames })
    expect(impact).toMatchObject({ ok: true, value: { spansRemoved: 2, files: 2 } })
    expect((await backend.ctx.corpus.readAnnotations(docId, 'bob'))?.spans).toHaveLength(2)
    const updated = await backend.invoke('schema.update', { schema: withoutPlace, renames })
    expect(updated.ok).toBe(true)
    for (const who of ['alice', 'bob']) {
      expect(
        (await backend.ctx.corpus.readAnnotations(docId, who))?.spans.map((s) => s.label),
      ).toEqual(['ACTOR'])
    }
  })

  it('renames a label id in the schema and in every annotation', async () => {
    const { dir, docId } = await annotated()
    const backend = await openBackend(dir, 'alice')
    const schema = renameActor(backend.ctx.corpus.manifest.schema)
    const result = await backend.invoke('schema.update', {
      schema,
      renames: { labels: { ACTOR: 'PARTY' } },
    })
    expect(result).toMatchObject({ ok: true })
    expect(backend.ctx.corpus.manifest.schema.labels.map((l) => l.id)).toContain('PARTY')
    expect(
      (await backend.ctx.corpus.readAnnotations(docId, 'bob'))?.spans.map((s) => s.label),
    ).toEqual(['PARTY', 'PLACE'])
  })

  it('refuses an invalid schema with the reason, changing nothing', async () => {
    const { dir } = await annotated()
    const backend = await openBackend(dir, 'alice')
    const schema = backend.ctx.corpus.manifest.schema
    const bad = { ...schema, labels: schema.labels.map((l) => ({ ...l, hotkey: '1' })) }
    const result = await backend.invoke('schema.update', { schema: bad, renames: {} })
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'bad_request',
        message: 'the schema cannot be saved: two labels have the hotkey 1',
      },
    })
  })

  it('finishes a migration that a crash interrupted, on the next open', async () => {
    const { dir, docId } = await annotated()
    const corpus = await Corpus.open(dir)
    const schema = renameActor(corpus.manifest.schema)
    // The state a crash leaves: the manifest has the new schema and the pending renames, no file is migrated.
    await corpus.writeManifest({
      ...corpus.manifest,
      schema,
      pendingMigration: { labels: { ACTOR: 'PARTY' }, relationTypes: {}, attributes: {} },
    })
    corpus.close()
    const reopened = await Corpus.open(dir)
    const impact = await finishMigration(reopened)
    expect(impact.files).toBe(2)
    expect(reopened.manifest.pendingMigration).toBeUndefined()
    expect((await reopened.readAnnotations(docId, 'alice'))?.spans.map((s) => s.label)).toEqual([
      'PARTY',
      'PLACE',
    ])
    reopened.close()
  })
})
