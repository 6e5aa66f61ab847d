/**
 * The corpus cases, run in this process against the real store and services:
 * open and list, open one document, save after one edit, full-text search,
 * and (in a child process, for its peak memory) JSONL export of everything.
 */
import { execFile } from 'node:child_process'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { z } from 'zod'
import type { ApiOutput } from '../../shared/contract/api.ts'
import { Backend } from '../../electron/backend/services/backend.ts'
import { Corpus } from '../../electron/backend/store/corpus.ts'
import { SPANS_PER_ARTICLE, type GeneratedCorpus } from '../data/corpora.ts'
import { repeat, since } from '../lib/stats.ts'

export const ANNOTATOR = 'bench'
const QUERIES = ['Prince Andrew', 'Napoleon', 'the old count', 'Moscow', 'Natásha', 'battle']

export interface CorpusRuns {
  documents: number
  annotations: number
  listCold: number[]
  list: number[]
  open: number[]
  save: number[]
  searchCold: number[]
  searchFromCache: number[]
  search: number[]
  exportTime: number[]
  exportPeakRssMB: number[]
  exportStartRssMB: number[]
}

async function openBackend(dir: string, home: string): Promise<Backend> {
  const corpus = await Corpus.open(dir)
  return new Backend({ corpus, annotator: ANNOTATOR, home })
}

async function call<
  M extends
    'documents.list' | 'documents.get' | 'documents.search' | 'annotations.apply' | 'corpus.info',
>(backend: Backend, method: M, input: unknown): Promise<ApiOutput<M>> {
  const result = await backend.invoke(method, input)
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
  return result.value as ApiOutput<M>
}

/** Opens the corpus as the app does on start: corpus info and the document list. */
async function openAndList(dir: string, home: string): Promise<{ ms: number; backend: Backend }> {
  const start = performance.now()
  const backend = await openBackend(dir, home)
  await call(backend, 'corpus.info', {})
  await call(backend, 'documents.list', {})
  return { ms: since(start), backend }
}

/** Runs one case (a name and its measurements); null when it failed or timed out. */
export type Attempt = <T>(name: string, task: () => Promise<T>) => Promise<T | null>

/** Above this many documents the slow cases (cold caches, export) run once, without warm-up. */
const ONCE_ABOVE = 10_000

export async function runCorpusCases(
  corpus: GeneratedCorpus,
  options: { warmups: number; runs: number; home: string; work: string; attempt: Attempt },
): Promise<Partial<CorpusRuns>> {
  const { dir, docIds } = corpus
  const { home, attempt } = options
  const size = docIds.length
  const once = size > ONCE_ABOVE ? { warmups: 0, runs: 1 } : options
  /** A different document for each run (and each case), spread over the corpus. */
  const pick = (n: number): string => docIds[((((n + 11) * 7919) % size) + size) % size] ?? ''
  /** Closes after the check of the files that follows a listing from the cache, so no run overlaps the last one's. */
  const close = async (b: Backend): Promise<void> => {
    await b.ctx.corpus.index.checked()
    b.ctx.corpus.close()
  }
  const measure = (
    name: string,
    runs: { warmups: number; runs: number },
    task: (run: number) => Promise<number>,
  ) => attempt(name, () => repeat(runs.warmups, runs.runs, task))

  const listCold = await measure('open and list, no cache', once, async () => {
    await rm(join(dir, '.cache'), { recursive: true, force: true })
    const { ms, backend } = await openAndList(dir, home)
    await close(backend)
    return ms
  })
  const list = await measure('open and list', options, async () => {
    const { ms, backend } = await openAndList(dir, home)
    await close(backend)
    return ms
  })

  // The cases below time an open corpus: after the check of the files that follows its first listing.
  const opened = await attempt('open the corpus', async () => {
    const result = await openAndList(dir, home)
    await result.backend.ctx.corpus.index.checked()
    return result
  })
  const backend = opened?.backend
  const open = backend
    ? await measure('open one document', options, async (run) => {
        const start = performance.now()
        await call(backend, 'documents.get', { id: pick(run) })
        return since(start)
      })
    : null
  const save = backend
    ? await measure('save after one edit', options, (run) => saveOneEdit(backend, pick(run + 3)))
    : null
  if (backend) await close(backend)

  const searchIn = async (b: Backend, run: number): Promise<number> => {
    const start = performance.now()
    const { total } = await call(b, 'documents.search', { query: QUERIES[(run + 6) % 6] })
    if (total === 0) throw new Error('search found nothing')
    return since(start)
  }
  const searchCold = await measure('search, first ever', once, async (run) => {
    await rm(join(dir, '.cache', 'search-index.json'), { force: true })
    const b = await openBackend(dir, home)
    await call(b, 'documents.list', {})
    const ms = await searchIn(b, run)
    await close(b)
    return ms
  })
  const searchFromCache = await measure('search, first after opening', options, async (run) => {
    const b = await openBackend(dir, home)
    await call(b, 'documents.list', {})
    const ms = await searchIn(b, run)
    await close(b)
    return ms
  })
  const search = await attempt('full-text search', async () => {
    const warm = await openBackend(dir, home)
    try {
      await searchIn(warm, 0)
      return await repeat(options.warmups, options.runs, (run) => searchIn(warm, run + 1))
    } finally {
      await close(warm)
    }
  })

  const exports = await attempt('export everything as JSONL', () =>
    repeat(once.warmups, once.runs, () => exportInChild(dir, options.work)),
  )
  return {
    documents: size,
    annotations: size * SPANS_PER_ARTICLE,
    ...(listCold ? { listCold } : {}),
    ...(list ? { list } : {}),
    ...(open ? { open } : {}),
    ...(save ? { save } : {}),
    ...(searchCold ? { searchCold } : {}),
    ...(searchFromCache ? { searchFromCache } : {}),
    ...(search ? { search } : {}),
    ...(exports
      ? {
          exportTime: exports.map((e) => e.ms),
          exportPeakRssMB: exports.map((e) => e.peakRssMB),
          exportStartRssMB: exports.map((e) => e.startRssMB),
        }
      : {}),
  }
}

/** Adds one span to a document (a new id each time, so a reused corpus takes it too); the time of the save. */
async function saveOneEdit(backend: Backend, id: string): Promise<number> {
  const { document, annotations } = await call(backend, 'documents.get', { id })
  const span = {
    id: `bench-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`,
    start: 0,
    end: 6,
    label: 'ACTOR',
    text: document.text.slice(0, 6),
  }
  const start = performance.now()
  await call(backend, 'annotations.apply', {
    docId: id,
    revision: annotations.revision,
    ops: [{ op: 'addSpan', span }],
  })
  return since(start)
}

const ExportReportSchema = z.object({
  ms: z.number(),
  peakRssMB: z.number(),
  startRssMB: z.number(),
  bytes: z.number(),
})

/** Exports in a fresh Node process, so its peak resident memory is the export's alone. */
async function exportInChild(
  dir: string,
  work: string,
): Promise<z.infer<typeof ExportReportSchema>> {
  const script = join(import.meta.dirname, 'export-child.ts')
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', script, dir, ANNOTATOR, join(work, 'export.jsonl')],
    { maxBuffer: 1024 * 1024 },
  )
  return ExportReportSchema.parse(JSON.parse(stdout))
}
