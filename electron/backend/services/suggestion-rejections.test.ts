import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  cleanup,
  findCodePoints,
  invokeOk,
  listFiles,
  makeCorpus,
  openBackend,
  renameLabel,
  spanAt,
} from '../../../tests/support/backend.ts'
import { Backend } from './backend.ts'
import { Corpus } from '../store/corpus.ts'
import { readRejections } from '../store/rejections-file.ts'
import { existingSuggestionModel } from './suggestion-model.ts'

afterEach(cleanup)

const ARTICLE = 'Clashes near Saraqib. The Sham Legion said fighters were seen in Idlib.'

async function shown(backend: Backend, docId: string): Promise<string[]> {
  const list = await invokeOk(backend, 'suggestions.list', { docId })
  return list.map((s) => `${s.label} ${s.text}`)
}

function rejection(docId: string, quote: string, label: string) {
  const [start, end] = findCodePoints(ARTICLE, quote)
  return { docId, start, end, label }
}

describe('suggestions.reject', () => {
  it('saves the rejection in the annotator’s own file, which keeps it from coming back after a restart', async () => {
    const { dir, docIds } = await makeCorpus({ 'a.txt': ARTICLE })
    const docId = docIds[0] ?? ''
    const backend = await openBackend(dir, 'alice')
    expect(await shown(backend, docId)).toContain('PLACE Saraqib')
    await invokeOk(backend, 'suggestions.reject', rejection(docId, 'Saraqib', 'PLACE'))
    expect(await shown(backend, docId)).not.toContain('PLACE Saraqib')
    expect(await shown(backend, docId)).toContain('PLACE Idlib')

    const lines = (await readFile(join(dir, 'rejections', 'alice.jsonl'), 'utf8')).split('\n')
    expect(lines).toEqual([
      `{"docId":"${docId}","start":13,"end":20,"label":"PLACE","text":"Saraqib"}`,
      '',
    ])
    // Rejecting alone does not make alice an annotator of the corpus.
    expect(await backend.ctx.corpus.annotators()).toEqual([])
    const progress = await invokeOk(backend, 'annotators.progress', {})
    expect(JSON.stringify(progress)).not.toContain('alice')

    backend.ctx.corpus.close()
    const restarted = await openBackend(dir, 'alice')
    expect(await shown(restarted, docId)).not.toContain('PLACE Saraqib')
    // Another annotator's suggestions are their own.
    restarted.ctx.corpus.close()
    expect(await shown(await openBackend(dir, 'bob'), docId)).toContain('PLACE Saraqib')
  })

  it('is refused in a corpus opened read-only, and nothing is written', async () => {
    const { dir, docIds } = await makeCorpus({ 'a.txt': ARTICLE })
    const before = await listFiles(dir)
    const corpus = await Corpus.open(dir, { readOnly: true })
    try {
      const backend = new Backend({ corpus, annotator: 'alice', home: dir })
      const result = await backend.invoke(
        'suggestions.reject',
        rejection(docIds[0] ?? '', 'Saraqib', 'PLACE'),
      )
      expect(result).toMatchObject({ ok: false, error: { code: 'read_only' } })
    } finally {
      corpus.close()
    }
    expect(await listFiles(dir)).toEqual(before)
  })

  it('names the file and line of a damaged rejections file, and never writes over it', async () => {
    const { dir, docIds } = await makeCorpus({ 'a.txt': ARTICLE })
    const docId = docIds[0] ?? ''
    const backend = await openBackend(dir, 'alice')
    await invokeOk(backend, 'suggestions.reject', rejection(docId, 'Saraqib', 'PLACE'))
    const path = join(dir, 'rejections', 'alice.jsonl')
    const damaged = `${await readFile(path, 'utf8')}{"docId":"${docId}","start":3,"label":"PLACE","text":"x"}\n`
    await writeFile(path, damaged)

    const listed = await backend.invoke('suggestions.list', { docId })
    expect(listed).toMatchObject({ ok: false, error: { code: 'corrupt' } })
    expect(listed.ok ? '' : listed.error.message).toContain(`${path}, line 2: field end`)
    const rejected = await backend.invoke('suggestions.reject', rejection(docId, 'Idlib', 'PLACE'))
    expect(rejected).toMatchObject({ ok: false, error: { code: 'corrupt' } })
    expect(await readFile(path, 'utf8')).toBe(damaged)
  })

  it('refuses a stretch outside the text or a label the schema does not have', async () => {
    const { dir, docIds } = await makeCorpus({ 'a.txt': ARTICLE })
    const backend = await openBackend(dir, 'alice')
    const docId = docIds[0] ?? ''
    const outside = { docId, start: 60, end: 200, label: 'PLACE' }
    expect(await backend.invoke('suggestions.reject', outside)).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    })
    expect(
      await backend.invoke('suggestions.reject', { ...rejection(docId, 'Idlib', 'WEAPON') }),
    ).toMatchObject({ ok: false, error: { code: 'bad_request' } })
    expect(await listFiles(dir)).not.toContain('rejections/alice.jsonl')
  })

  it('keeps a rejection under its label renamed in the schema', async () => {
    const { dir, docIds } = await makeCorpus({ 'a.txt': ARTICLE })
    const docId = docIds[0] ?? ''
    const backend = await openBackend(dir, 'alice')
    await invokeOk(backend, 'suggestions.reject', rejection(docId, 'Saraqib', 'PLACE'))
    await invokeOk(backend, 'schema.update', renameLabel(backend, 'PLACE', 'LOCATION'))
    await invokeOk(backend, 'suggestions.reject', rejection(docId, 'Idlib', 'LOCATION'))
    const read = await readRejections(backend.ctx.corpus, 'alice')
    expect(read.map((r) => `${r.label} ${r.text}`)).toEqual(['LOCATION Saraqib', 'LOCATION Idlib'])
    // The file keeps what was written, each line with the schema generation of its label.
    const lines = (await readFile(join(dir, 'rejections', 'alice.jsonl'), 'utf8')).split('\n')
    expect(lines[0]).toContain('"label":"PLACE","text":"Saraqib"}')
    expect(lines[1]).toContain('"label":"LOCATION","text":"Idlib","schemaGeneration":1}')
  })
})

describe('a rejected model suggestion', () => {
  const TEXTS = [
    'Shelling hit Tel Zorba on Monday. The Falcon Brigade said it held Tel Zorba.',
    'Shelling hit Kafr Miran on Monday. The Dawn Legion said it held Kafr Miran.',
    'Shelling hit Ain Dalfa on Monday. The Hawks Front said it held Ain Dalfa.',
    'Shelling hit Umm Jurn on Monday. The Liberation Corps said it held Umm Jurn.',
  ]

  it('teaches the model at once, and the model retrained with it leaves it out elsewhere too', async () => {
    const same = `${TEXTS[3] ?? ''} More later.`
    const { dir, docIds } = await makeCorpus(
      Object.fromEntries([...TEXTS, same].map((t, k) => [`${k}.txt`, t])),
    )
    const backend = await openBackend(dir, 'alice')
    for (const [k, text] of TEXTS.slice(0, 3).entries()) {
      const [ps, pe] = findCodePoints(text, text.slice(13, text.indexOf(' on ')))
      const group = text.slice(text.indexOf('The ') + 4, text.indexOf(' said'))
      const [gs, ge] = findCodePoints(text, group)
      const ops = [spanAt(text, ps, pe, 'PLACE', 'p1'), spanAt(text, gs, ge, 'ACTOR', 'a1')].map(
        (span) => ({ op: 'addSpan' as const, span }),
      )
      await invokeOk(backend, 'annotations.apply', { docId: docIds[k], revision: 0, ops })
    }
    const fromModel = async (docId: string | undefined): Promise<string[]> =>
      (await invokeOk(backend, 'suggestions.list', { docId }))
        .filter((s) => s.source === 'model')
        .map((s) => `${s.label} ${s.text}`)
    expect(await fromModel(docIds[4])).toContain('ACTOR Liberation Corps')
    const [start, end] = findCodePoints(TEXTS[3] ?? '', 'Liberation Corps')
    await invokeOk(backend, 'suggestions.reject', { docId: docIds[3], start, end, label: 'ACTOR' })
    // Rejected in one document, the same sentence in another is read otherwise at once …
    expect(await fromModel(docIds[4])).not.toContain('ACTOR Liberation Corps')
    // … and after the model is trained again from the corpus and the saved rejections.
    await existingSuggestionModel(backend.ctx.corpus, 'alice')?.retrain()
    expect(await fromModel(docIds[4])).not.toContain('ACTOR Liberation Corps')
    expect(await fromModel(docIds[4])).toContain('PLACE Umm Jurn')
  })
})
