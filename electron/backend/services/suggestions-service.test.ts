import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Suggestion } from '../../../shared/suggestions/suggestions.ts'
import {
  cleanup,
  findCodePoints,
  makeCorpus,
  openBackend,
  renameLabel,
  spanAt,
} from '../../../tests/support/backend.ts'
import { SuggestionModel } from './suggestion-model.ts'

afterEach(cleanup)

const ARTICLE =
  'Clashes near Saraqib. The Sham Legion said at least 4 fighters were killed in Idlib.'

describe('suggestions.list', () => {
  it('proposes gazetteer places and actors, figures, and strings tagged in other documents', async () => {
    const { dir, docIds } = await makeCorpus({
      'a.txt': ARTICLE,
      'b.txt': 'Fighting in Ariha. A Dummy Brigade commander spoke.',
    })
    const backend = await openBackend(dir)
    const other = 'Fighting in Ariha. A Dummy Brigade commander spoke.'
    const [s, e] = findCodePoints(other, 'Dummy Brigade')
    await backend.invoke('annotations.apply', {
      docId: docIds[1],
      revision: 0,
      ops: [{ op: 'addSpan', span: spanAt(other, s, e, 'ACTOR', 's1') }],
    })
    await writeFile(
      join(dir, 'gazetteer.json'),
      JSON.stringify({ entries: [{ name: 'Idlib', label: 'PLACE' }] }),
    )
    const result = await backend.invoke('suggestions.list', { docId: docIds[0] })
    expect(result.ok).toBe(true)
    const found = (result.ok ? result.value : []) as Suggestion[]
    expect(found.map((x) => `${x.label}:${x.text}:${x.source}`)).toEqual([
      'PLACE:Saraqib:gazetteer',
      'ACTOR:Sham Legion:gazetteer',
      'CASUALTY_FIGURE:at least 4 fighters:pattern',
      'PLACE:Idlib:gazetteer',
    ])
    const second = await backend.invoke('suggestions.list', { docId: docIds[1] })
    const names = ((second.ok ? second.value : []) as Suggestion[]).map((x) => x.text)
    expect(names).toEqual(['Ariha'])
  })

  it('names the corpus gazetteer file and field when it is malformed', async () => {
    const { dir, docIds } = await makeCorpus({ 'a.txt': ARTICLE })
    await writeFile(join(dir, 'gazetteer.json'), JSON.stringify({ entries: [{ label: 'PLACE' }] }))
    const backend = await openBackend(dir)
    const result = await backend.invoke('suggestions.list', { docId: docIds[0] })
    expect(result).toMatchObject({ ok: false, error: { code: 'corrupt' } })
    expect(result.ok ? '' : result.error.message).toMatch(/gazetteer\.json: field entries\.0\.name/)
  })
})

describe('suggestions from the model', () => {
  /** Made-up names, so neither the gazetteer nor the corpus knows the new ones. */
  const TEXTS = [
    'Shelling hit Tel Zorba on Monday. The Falcon Brigade said it held Tel Zorba.',
    'Shelling hit Kafr Miran on Monday. The Dawn Legion said it held Kafr Miran.',
    'Shelling hit Ain Dalfa on Monday. The Hawks Front said it held Ain Dalfa.',
    'Fighters of the Liberation Corps entered Umm Jurn after a week of shelling.',
    'Fighters of the Martyrs Battalion entered Rasm Tawil after a week of shelling.',
  ]

  /** Tags a document's place (both times) and group. */
  function tagOps(text: string, place: string, group: string) {
    const [s, e] = findCodePoints(text, place)
    const last = text.lastIndexOf(place)
    const [gs, ge] = findCodePoints(text, group)
    const spans = [spanAt(text, s, e, 'PLACE', 'p1'), spanAt(text, gs, ge, 'ACTOR', 'a1')]
    if (last !== s) spans.push(spanAt(text, last, last + place.length, 'PLACE', 'p2'))
    return spans.map((span) => ({ op: 'addSpan' as const, span }))
  }

  async function list(
    backend: Awaited<ReturnType<typeof openBackend>>,
    docId: string | undefined,
  ): Promise<Suggestion[]> {
    const result = await backend.invoke('suggestions.list', { docId })
    if (!result.ok) throw new Error(result.error.message)
    return result.value as Suggestion[]
  }

  it('appear, with their confidence, once a few spans are tagged, and follow what is accepted', async () => {
    const { dir, docIds } = await makeCorpus(
      Object.fromEntries(TEXTS.map((t, k) => [`${k}.txt`, t])),
    )
    const backend = await openBackend(dir)
    const last = docIds[4]
    expect((await list(backend, last)).filter((s) => s.source === 'model')).toEqual([])

    const places = ['Tel Zorba', 'Kafr Miran', 'Ain Dalfa']
    const groups = ['Falcon Brigade', 'Dawn Legion', 'Hawks Front']
    for (const [k, place] of places.entries()) {
      const ops = tagOps(TEXTS[k] ?? '', place, groups[k] ?? '')
      const done = await backend.invoke('annotations.apply', { docId: docIds[k], revision: 0, ops })
      expect(done.ok).toBe(true)
    }
    const model = (await list(backend, docIds[3])).filter((s) => s.source === 'model')
    expect(model.length).toBeGreaterThan(0)
    for (const s of model) {
      expect(s.confidence).toBeGreaterThan(0)
      expect(s.confidence).toBeLessThanOrEqual(1)
      expect(s.reason).toMatch(/learnt from the corpus/)
    }
    const shown = async (): Promise<string[]> =>
      (await list(backend, last))
        .filter((s) => s.source === 'model')
        .map((s) => `${s.label} ${s.text}`)
    expect(await shown()).not.toContain('ACTOR Martyrs Battalion')

    // Accepting suggestions in document 4 (and correcting them) saves its spans; the model
    // learns from them, and the group of document 5, said the same way, is suggested.
    const accepted = await backend.invoke('annotations.apply', {
      docId: docIds[3],
      revision: 0,
      ops: tagOps(TEXTS[3] ?? '', 'Umm Jurn', 'Liberation Corps'),
    })
    expect(accepted).toMatchObject({ ok: true })
    await vi.waitFor(async () => expect(await shown()).toContain('ACTOR Martyrs Battalion'), {
      timeout: 30_000,
      interval: 200,
    })
  })

  it('follow a label renamed in the schema', async () => {
    const { dir, docIds } = await makeCorpus(
      Object.fromEntries(TEXTS.map((t, k) => [`${k}.txt`, t])),
    )
    const backend = await openBackend(dir)
    const places = ['Tel Zorba', 'Kafr Miran']
    const groups = ['Falcon Brigade', 'Dawn Legion']
    for (const [k, place] of places.entries()) {
      const ops = tagOps(TEXTS[k] ?? '', place, groups[k] ?? '')
      await backend.invoke('annotations.apply', { docId: docIds[k], revision: 0, ops })
    }
    const labels = async (docId: string | undefined): Promise<string[]> =>
      [...new Set((await list(backend, docId)).map((s) => s.label))].sort()
    expect(await labels(docIds[2])).toContain('PLACE')
    const renamed = await backend.invoke('schema.update', renameLabel(backend, 'PLACE', 'LOCATION'))
    expect(renamed.ok).toBe(true)
    const after = await labels(docIds[2])
    expect(after).toContain('LOCATION')
    expect(after).not.toContain('PLACE')
  })
  it('are the same after a retraining that follows an edit as from a model trained from nothing', async () => {
    const { dir, docIds } = await makeCorpus(
      Object.fromEntries(TEXTS.map((t, k) => [`${k}.txt`, t])),
    )
    const backend = await openBackend(dir)
    const corpus = backend.ctx.corpus
    const tag = async (k: number, place: string, group: string) => {
      const ops = tagOps(TEXTS[k] ?? '', place, group)
      const done = await backend.invoke('annotations.apply', { docId: docIds[k], revision: 0, ops })
      expect(done.ok).toBe(true)
    }
    await tag(0, 'Tel Zorba', 'Falcon Brigade')
    await tag(1, 'Kafr Miran', 'Dawn Legion')
    const gazetteer = () => Promise.resolve([])
    const warm = new SuggestionModel(corpus, 'tester', gazetteer)
    await warm.current()

    // Tagging document 3 makes Hawks Front a corpus name and adds its words: features change.
    await tag(2, 'Ain Dalfa', 'Hawks Front')
    await warm.edited(docIds[2] ?? '')
    warm.dispose()
    await warm.retrain()
    const cold = new SuggestionModel(corpus, 'tester', gazetteer)
    const read = async (model: SuggestionModel) => {
      const trained = await model.current()
      return TEXTS.map((t) => trained?.tagger.predict(t, trained.names))
    }
    const expected = await read(cold)
    expect(expected.flat().length).toBeGreaterThan(0)
    expect(await read(warm)).toEqual(expected)
  })
})
