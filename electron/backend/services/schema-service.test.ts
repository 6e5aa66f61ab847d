import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { AnnotationSet, LabelSchema, Manifest } from '../../../shared/contract/model.ts'
import { Corpus } from '../store/corpus.ts'
import {
  cleanup,
  makeCorpus,
  openBackend,
  spanAt,
  invokeOk,
} from '../../../tests/support/backend.ts'
import { corpusStats } from './stats.ts'

afterEach(cleanup)

const call = invokeOk

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

  it('opens a corpus that the older format left mid-migration, and reads every file with the new ids', async () => {
    const { dir, docId } = await annotated()
    const manifestPath = join(dir, 'spanbench.json')
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest
    // What the older Spanbench wrote before it rewrote the files, and then crashed.
    const legacy = {
      ...manifest,
      schema: renameActor(manifest.schema),
      pendingMigration: { labels: { ACTOR: 'PARTY' }, relationTypes: {}, attributes: {} },
    }
    await writeFile(manifestPath, JSON.stringify(legacy, null, 2))
    const reopened = await Corpus.open(dir)
    for (const who of ['alice', 'bob'])
      expect((await reopened.readAnnotations(docId, who))?.spans.map((s) => s.label)).toEqual([
        'PARTY',
        'PLACE',
      ])
    const stored = JSON.parse(await readFile(manifestPath, 'utf8')) as Manifest
    expect(stored.pendingMigration).toBeUndefined()
    expect(stored.version).toBe(2)
    expect(stored.migrations?.map((m) => m.renames.labels)).toEqual([{ ACTOR: 'PARTY' }])
    reopened.close()
  })

  it('never rewrites an annotation file: each keeps its ids until its annotator saves it', async () => {
    const { dir, docId } = await annotated()
    const backend = await openBackend(dir, 'alice')
    const bobPath = backend.ctx.corpus.annotationPath(docId, 'bob')
    const bobBefore = await readFile(bobPath)
    const schema = renameActor(backend.ctx.corpus.manifest.schema)
    await backend.invoke('schema.update', { schema, renames: { labels: { ACTOR: 'PARTY' } } })
    expect(await readFile(bobPath)).toEqual(bobBefore)
    const doc = await call(backend, 'documents.get', { id: docId })
    expect(doc.annotations.spans.map((s) => s.label)).toEqual(['PARTY', 'PLACE'])
    const saved = await backend.invoke('annotations.apply', {
      docId,
      revision: 1,
      ops: [{ op: 'setStatus', before: 'in_progress', after: 'done' }],
    })
    expect(saved.ok).toBe(true)
    const alice = JSON.parse(
      await readFile(backend.ctx.corpus.annotationPath(docId, 'alice'), 'utf8'),
    ) as AnnotationSet
    expect(alice.schemaGeneration).toBe(1)
    expect(alice.spans.map((s) => s.label)).toEqual(['PARTY', 'PLACE'])
  })

  it('a corrupt annotation file is named, and the schema change, the corpus and the rest still work', async () => {
    const { dir, docIds } = await makeCorpus({ 'a.txt': TEXT, 'b.txt': `${TEXT} Again.` })
    for (const [i, docId] of docIds.entries()) {
      const backend = await openBackend(dir, 'alice')
      await backend.invoke('annotations.apply', {
        docId,
        revision: 0,
        ops: [{ op: 'addSpan', span: spanAt(TEXT, 4, 15, 'ACTOR', `a${i}`) }],
      })
      backend.ctx.corpus.close()
    }
    const backend = await openBackend(dir, 'alice')
    const damaged = backend.ctx.corpus.annotationPath(docIds[1] ?? '', 'alice')
    await writeFile(damaged, '{"format": "spanbench.annotations", "spans": [')
    const schema = renameActor(backend.ctx.corpus.manifest.schema)
    const change = {
      schema,
      renames: { labels: { ACTOR: 'PARTY' }, relationTypes: {}, attributes: {} },
    }
    const impact = await call(backend, 'schema.impact', change)
    expect(impact).toMatchObject({ files: 1, spansRelabelled: 1 })
    expect(impact.problems).toEqual([expect.stringContaining(damaged)])
    expect((await backend.invoke('schema.update', change)).ok).toBe(true)
    backend.ctx.corpus.close()
    const reopened = await openBackend(dir, 'alice')
    const doc = await call(reopened, 'documents.get', { id: docIds[0] ?? '' })
    expect(doc.annotations.spans.map((s) => s.label)).toEqual(['PARTY'])
    expect((await reopened.invoke('claims.list', {})).ok).toBe(true)
    const stats = await corpusStats(reopened.ctx.corpus, 'alice')
    expect(stats.byLabel.PARTY).toBe(1)
    expect(stats.problems).toEqual([expect.stringContaining(damaged)])
  })

  it('a save racing schema changes is never lost: every confirmed span is in the file', async () => {
    const { dir, docId } = await annotated()
    const backend = await openBackend(dir, 'alice')
    const base = backend.ctx.corpus.manifest.schema
    const renamed = renameActor(base)
    const confirmed: string[] = []
    let revision = 1
    const saves = (async () => {
      for (let i = 0; i < 60; i++) {
        const id = `s${i}`
        const result = await call(backend, 'annotations.apply', {
          docId,
          revision,
          ops: [{ op: 'addSpan', span: spanAt(TEXT, 24, 31, 'PLACE', id) }],
        })
        revision = result.revision
        confirmed.push(id)
      }
    })()
    const changes = (async () => {
      for (let i = 0; i < 10; i++) {
        const forward = i % 2 === 0
        await backend.invoke('schema.update', {
          schema: forward ? renamed : base,
          renames: { labels: forward ? { ACTOR: 'PARTY' } : { PARTY: 'ACTOR' } },
        })
      }
    })()
    await Promise.all([saves, changes])
    const set = await backend.ctx.corpus.readAnnotations(docId, 'alice')
    const ids = new Set(set?.spans.map((s) => s.id))
    expect(confirmed.filter((id) => !ids.has(id))).toEqual([])
    expect(set?.spans.find((s) => s.id === 'a1')?.label).toBe('ACTOR')
  })
})
