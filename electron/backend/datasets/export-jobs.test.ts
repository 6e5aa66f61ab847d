import { once } from 'node:events'
import { createServer, get } from 'node:http'
import type { AddressInfo } from 'node:net'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterEach, describe, expect, it } from 'vitest'
import { ExportJobSchema, type ExportJob } from '../../../shared/datasets/export-options.ts'
import { FIXTURE_ANNOTATOR } from '../../../shared/datasets/test-corpus.fixtures.ts'
import { makeFixtureCorpus } from '../../../tests/support/datasets.ts'
import { Corpus } from '../store/corpus.ts'
import {
  cleanup,
  http,
  listFiles,
  makeCorpus,
  openBackend,
  tempDir,
} from '../../../tests/support/backend.ts'
import { sendExportJob } from '../../server/web-export.ts'
import { Backend } from '../services/backend.ts'

afterEach(cleanup)

async function backend(pickSavePath?: (name: string) => Promise<string | null>): Promise<Backend> {
  const { dir } = await makeFixtureCorpus()
  const corpus = await Corpus.open(dir)
  const home = await tempDir()
  return new Backend({
    corpus,
    annotator: FIXTURE_ANNOTATOR,
    home,
    ...(pickSavePath ? { pickSavePath } : {}),
  })
}

async function finished(b: Backend, job: string): Promise<ExportJob> {
  for (;;) {
    const result = await b.invoke('export.progress', { job })
    if (!result.ok) throw new Error(result.error.message)
    const status = ExportJobSchema.parse(result.value)
    if (status.state !== 'running') return status
    await new Promise((r) => setTimeout(r, 20))
  }
}

describe('export jobs', () => {
  it('writes where the desktop save dialog says, with progress and a summary', async () => {
    const out = await tempDir()
    const asked: string[] = []
    const b = await backend((name) => {
      asked.push(name)
      return Promise.resolve(join(out, name))
    })
    try {
      const started = await b.invoke('export.start', {
        format: 'conll',
        options: { labels: ['PLACE'], split: { ratios: [2, 1, 0], seed: 4, stratify: false } },
        to: 'path',
      })
      expect(started.ok).toBe(true)
      const job = (started as { value: { job: string } }).value.job
      const status = await finished(b, job)
      expect(status).toMatchObject({ state: 'done', done: 3, total: 3, documents: 3, spans: 6 })
      expect(asked).toEqual(['Fixture-corpus-conll'])
      expect(await listFiles(join(out, 'Fixture-corpus-conll'))).toEqual([
        'README.md',
        'dev.conll',
        'report.tsv',
        'train.conll',
      ])
    } finally {
      b.ctx.corpus.close()
    }
  })

  it('returns no job when the save dialog is cancelled, and names a failed export', async () => {
    const b = await backend(() => Promise.resolve(null))
    try {
      expect(await b.invoke('export.start', { format: 'jsonl', to: 'path' })).toEqual({
        ok: true,
        value: { job: null },
      })
      const bad = await b.invoke('export.progress', { job: 'nope' })
      expect(bad).toMatchObject({ ok: false, error: { code: 'not_found' } })
    } finally {
      b.ctx.corpus.close()
    }
  })
})

describe('the quick export of the whole corpus (toolbar, menu, Ctrl/⌘+E)', () => {
  const quick = { format: 'jsonl', options: { untouched: true } } as const

  async function twoDocuments(): Promise<Backend> {
    const { dir } = await makeCorpus({
      'a.txt': 'Shelling hit Idlib.',
      'b.txt': 'Shelling hit Hama.',
    })
    return openBackend(dir)
  }

  it('is refused without a save dialog (browser mode downloads instead)', async () => {
    const b = await twoDocuments()
    const result = await b.invoke('export.start', { ...quick, to: 'path' })
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } })
  })

  it('writes the dataset where the dialog says, and nothing when it is cancelled', async () => {
    const b = await twoDocuments()
    const out = join(await tempDir(), 'out.jsonl')
    const suggested: string[] = []
    b.ctx.pickSavePath = (name) => {
      suggested.push(name)
      return Promise.resolve(suggested.length === 1 ? out : null)
    }
    const saved = await b.invoke('export.start', { ...quick, to: 'path' })
    const job = (saved as { value: { job: string } }).value.job
    expect(await finished(b, job)).toMatchObject({
      state: 'done',
      path: out,
      documents: 2,
      spans: 0,
    })
    expect(suggested).toEqual(['Test-corpus.jsonl'])
    expect((await readFile(out, 'utf8')).trim().split('\n')).toHaveLength(2)
    const cancelled = await b.invoke('export.start', { ...quick, to: 'path' })
    expect(cancelled).toEqual({ ok: true, value: { job: null } })
  })
})

/** Runs a browser-mode export of `format` and downloads it as sendExportJob serves it. */
async function downloaded(
  b: Backend,
  format: 'brat' | 'conll',
): Promise<{ zip: JSZip; port: number; close: () => void }> {
  const server = createServer(
    (req, res) => void sendExportJob(res, (req.url ?? '').slice('/export/job/'.length)),
  )
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const started = await b.invoke('export.start', { format, to: 'download' })
  const job = (started as { value: { job: string } }).value.job
  const status = await finished(b, job)
  expect(status.download).toBe(`export/job/${job}`)
  const port = (server.address() as AddressInfo).port
  const res = await new Promise<Buffer>((resolve, reject) => {
    get(`http://127.0.0.1:${port}/${status.download ?? ''}`, (r) => {
      const chunks: Buffer[] = []
      r.on('data', (c: Buffer) => chunks.push(c))
      r.on('end', () => resolve(Buffer.concat(chunks)))
      r.on('error', reject)
    }).on('error', reject)
  })
  return { zip: await JSZip.loadAsync(res), port, close: () => server.close() }
}

describe('browser-mode downloads', () => {
  it('zips a single-file export with its dataset card and report', async () => {
    const b = await backend()
    const { zip, close } = await downloaded(b, 'conll')
    try {
      expect(Object.keys(zip.files).sort()).toEqual([
        'Fixture-corpus-conll.conll',
        'Fixture-corpus-conll.conll.card.md',
        'Fixture-corpus-conll.conll.report.tsv',
      ])
      const report = await zip.file('Fixture-corpus-conll.conll.report.tsv')?.async('string')
      expect(report).toMatch(/^kind\tdocument\tspan\twhat\n(dropped|changed)\t/)
    } finally {
      close()
      b.ctx.corpus.close()
    }
  })

  it('lets browser mode download a folder export as a zip', async () => {
    const b = await backend()
    const { zip, port, close } = await downloaded(b, 'brat')
    try {
      const names = Object.keys(zip.files).sort()
      expect(names).toContain('Fixture-corpus-brat/annotation.conf')
      expect(names.filter((n) => n.endsWith('.ann'))).toHaveLength(3)
      const card = await zip.file('Fixture-corpus-brat/README.md')?.async('string')
      expect(card).toContain('# Fixture corpus: brat export')
      expect((await http({ port, path: '/export/job/unknown' })).status).toBe(404)
    } finally {
      close()
      b.ctx.corpus.close()
    }
  })
})
