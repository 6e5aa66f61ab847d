import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ApiOutput, ImportResult } from '../../../shared/contract/api.ts'
import { DocumentRecordSchema } from '../../../shared/contract/model.ts'
import { cleanup, listFiles, makeCorpus, openBackend } from '../../../tests/support/backend.ts'
import type { Backend } from '../services/backend.ts'
import { Corpus } from '../store/corpus.ts'
import { commitStaged, importSources, previewStaged, stageImport } from './import-service.ts'
import { sha256 } from './import-sources.ts'

afterEach(cleanup)

const REPORT =
  'Turkish soldier killed in Idlib\nOne Turkish soldier was killed, the ministry said.\n'

function file(name: string, bytes: Uint8Array | string): { name: string; base64: string } {
  const buffer = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : Buffer.from(bytes)
  return { name, base64: buffer.toString('base64') }
}

async function importAll(
  backend: Backend,
  files: { name: string; base64: string }[],
): Promise<ImportResult[]> {
  const result = await backend.invoke('import.files', { files })
  if (!result.ok) throw new Error(result.error.message)
  return result.value as ApiOutput<'import.files'>
}

async function setup(): Promise<{ dir: string; backend: Backend }> {
  const { dir } = await makeCorpus()
  return { dir, backend: await openBackend(dir) }
}

async function storedText(backend: Backend, docId: string | undefined): Promise<string> {
  const got = await backend.invoke('documents.get', { id: docId ?? '' })
  if (!got.ok) throw new Error(got.error.message)
  return (got.value as ApiOutput<'documents.get'>).document.text
}

describe('import.files', () => {
  it('imports UTF-8 text as it is, titled by its first line', async () => {
    const { backend, dir } = await setup()
    const [result] = await importAll(backend, [file('report.txt', REPORT)])
    expect(result).toMatchObject({
      file: 'report.txt',
      status: 'imported',
      title: 'Turkish soldier killed in Idlib',
    })
    expect(await storedText(backend, result?.docId)).toBe(REPORT)
    const raw = await readFile(join(dir, 'documents', `${result?.docId ?? ''}.json`), 'utf8')
    const doc = DocumentRecordSchema.parse(JSON.parse(raw))
    expect(doc.source).toMatchObject({ fileName: 'report.txt', format: 'txt', encoding: 'utf-8' })
  })

  it('strips a UTF-8 BOM', async () => {
    const { backend } = await setup()
    const [result] = await importAll(backend, [file('bom.txt', `\ufeff${REPORT}`)])
    expect(result?.status).toBe('imported')
    expect(await storedText(backend, result?.docId)).toBe(REPORT)
  })

  it('stores CRLF and lone CR line ends as \\n, and text composed to NFC', async () => {
    const { backend } = await setup()
    const [crlf, nfd] = await importAll(backend, [
      file('windows.txt', 'Line one\r\nLine two\rLine three\r\n'),
      file('nfd.txt', 'Re\u0301sume\u0301 q\u0307'),
    ])
    expect(await storedText(backend, crlf?.docId)).toBe('Line one\nLine two\nLine three\n')
    expect(await storedText(backend, nfd?.docId)).toBe('R\u00e9sum\u00e9 q\u0307')
  })

  it('reports each bad file with its reason and goes on with the batch', async () => {
    const { backend, dir } = await setup()
    const latin1 = Buffer.from('caf\xe9 au lait', 'latin1') // é is byte 3
    const results = await importAll(backend, [
      file('empty.txt', ''),
      file('blank.txt', ' \n\t\n'),
      file('first.txt', REPORT),
      file('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a])),
      file('latin1.txt', latin1),
      file('truncated.txt', new Uint8Array([0x61, 0x62, 0xe2, 0x82])),
      file('report.pdf', '%PDF-1.7'),
      file('README', 'no extension'),
      file('copy.txt', REPORT),
      file('copy-crlf.txt', REPORT.replace(/\n/g, '\r\n')),
      file('second.txt', 'Another report.'),
    ])
    const summary = results.map((r) => [r.file, r.status, r.message ?? ''])
    expect(summary).toEqual([
      ['empty.txt', 'error', 'empty.txt: the file is empty'],
      ['blank.txt', 'error', 'blank.txt: holds no text'],
      ['first.txt', 'imported', ''],
      ['image.txt', 'error', expect.stringMatching(/^image\.txt: .*binary.*NUL/)],
      ['latin1.txt', 'imported', ''],
      ['truncated.txt', 'error', expect.stringMatching(/^truncated\.txt: .* byte 2\)/)],
      ['report.pdf', 'error', expect.stringMatching(/^report\.pdf: not a valid PDF/)],
      ['README', 'error', expect.stringMatching(/^README: cannot import/)],
      ['copy.txt', 'duplicate', expect.stringContaining('copy.txt')],
      ['copy-crlf.txt', 'duplicate', expect.stringContaining('already')],
      ['second.txt', 'imported', ''],
    ])
    expect(results[8]?.docId).toBe(results[2]?.docId)
    // Latin-1 bytes that are not UTF-8 are read as Windows-1252, and say so.
    expect(await storedText(backend, results[4]?.docId)).toBe('café au lait')
    // Only the three good files are in the corpus, and nothing half-written.
    const good = [results[2], results[4], results[10]].map((r) => r?.docId ?? '')
    const documents = await listFiles(join(dir, 'documents'))
    expect(documents).toEqual(good.map((id) => `${id}.json`).sort())
    expect(await listFiles(dir)).not.toContainEqual(expect.stringMatching(/\.tmp$/))
    const list = await backend.invoke('documents.list', {})
    expect(list.ok && (list.value as unknown[]).length).toBe(3)
  })

  it('names a bad byte in the middle of a long file by its offset', async () => {
    const { backend } = await setup()
    const bytes = Buffer.concat([Buffer.from('é'.repeat(1000)), Buffer.from([0xff, 0x41])])
    const [result] = await importAll(backend, [file('long.txt', bytes)])
    expect(result?.message).toMatch(
      /^long\.txt: not valid UTF-8 \(invalid byte sequence at byte 2000\); .*--encoding NAME/,
    )
  })

  it('keeps only the base name of a path as the file name', async () => {
    const { backend } = await setup()
    const [result] = await importAll(backend, [file('folder/sub/deep.txt', 'Deep text.')])
    const got = await backend.invoke('documents.get', { id: result?.docId ?? '' })
    expect(got).toMatchObject({ ok: true, value: { document: { title: 'Deep text.' } } })
    expect(got.ok && (got.value as ApiOutput<'documents.get'>).document.source.fileName).toBe(
      'deep.txt',
    )
  })
})

describe('reading each file once', () => {
  it('reads a file on disk once per import, and keeps exactly those bytes as its original', async () => {
    const { dir } = await makeCorpus()
    const corpus = await Corpus.open(dir)
    try {
      let reads = 0
      const bytes = Buffer.from(REPORT, 'utf8')
      const source = {
        name: 'report.txt',
        size: bytes.length,
        read: () => {
          reads += 1
          return Promise.resolve(bytes)
        },
      }
      const [result] = await importSources(corpus, [source])
      expect([result?.status, reads]).toEqual(['imported', 1])
      const originals = (await listFiles(dir)).filter((f) => f.startsWith('originals/'))
      expect(originals).toEqual([`originals/${sha256(bytes)}.txt`])
    } finally {
      corpus.close()
    }
  })

  it('reads a staged file once through its previews and its commit', async () => {
    const { dir } = await makeCorpus()
    const corpus = await Corpus.open(dir)
    try {
      let reads = 0
      const bytes = Buffer.from(`${REPORT}\nSubscribe to our newsletter\n`, 'utf8')
      const source = {
        name: 'report.txt',
        read: () => {
          reads += 1
          return Promise.resolve(bytes)
        },
      }
      const { stage, preview } = await stageImport(corpus, [source])
      const raw = { steps: { boilerplate: false } }
      const again = await previewStaged(corpus, stage, raw)
      expect(again.files[0]?.documents[0]?.text).not.toBe(preview.files[0]?.documents[0]?.text)
      const [result] = await commitStaged(corpus, stage, raw)
      expect([result?.status, result?.docId, reads]).toEqual([
        'imported',
        again.files[0]?.documents[0]?.docId,
        1,
      ])
      const original = await readFile(join(dir, 'originals', `${sha256(bytes)}.txt`))
      expect(original.equals(bytes)).toBe(true)
    } finally {
      corpus.close()
    }
  })
})
