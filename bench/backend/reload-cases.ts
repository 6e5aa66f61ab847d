/**
 * Reloading after a pull: a colleague's layer of 100 documents arrives on
 * disk (files written as git writes them) in a corpus of 1,000 documents,
 * while the app is open. Timed: what the app does when it notices — the
 * change token, the document list, who codes what, and the open document's
 * layers and its own layer again (target < 1 s).
 *
 * On its own: npx tsx bench/backend/reload-cases.ts [--documents 1000] [--changed 100] [--runs 5]
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { AnnotationSetSchema } from '../../shared/contract/model.ts'
import { Backend } from '../../electron/backend/services/backend.ts'
import { Corpus } from '../../electron/backend/store/corpus.ts'
import { serialize } from '../../electron/backend/store/json-file.ts'
import { generateCorpus } from '../data/corpora.ts'
import { repeat, since, summarize, type Summary } from '../lib/stats.ts'

export interface ReloadRuns {
  documents: number
  changed: number
  ms: Summary
}

async function call(backend: Backend, method: string, input: unknown): Promise<void> {
  const result = await backend.invoke(method, input)
  if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result)}`)
}

export async function runReloadCases(
  work: string,
  documents: number,
  changed: number,
  source: string,
  options: { warmups: number; runs: number },
): Promise<ReloadRuns> {
  const dir = join(work, 'corpora', `reload-${documents}`)
  const { docIds } = await generateCorpus(dir, documents, source, 'alice', documents + 29)
  const open = docIds[0] ?? ''
  const corpus = await Corpus.open(dir)
  const home = await mkdtemp(join(tmpdir(), 'spanbench-bench-home-'))
  const backend = new Backend({ corpus, annotator: 'alice', home })
  try {
    await call(backend, 'documents.list', {})
    let round = 0
    const runs = await repeat(options.warmups, options.runs, async () => {
      // The pull: bob's layer of `changed` documents, written anew each round.
      round++
      await mkdir(join(dir, 'annotations', 'bob'), { recursive: true })
      for (const id of docIds.slice(0, changed)) {
        const alice = AnnotationSetSchema.parse(
          JSON.parse(await readFile(join(dir, 'annotations', 'alice', `${id}.json`), 'utf8')),
        )
        const bob = { ...alice, annotator: 'bob', revision: round, spans: alice.spans.slice(round) }
        await writeFile(
          join(dir, 'annotations', 'bob', `${id}.json`),
          serialize(AnnotationSetSchema, bob),
        )
      }
      const start = performance.now()
      await call(backend, 'corpus.changes', { docId: open })
      await Promise.all([
        call(backend, 'documents.list', {}),
        call(backend, 'annotators.progress', {}),
        call(backend, 'assignment.get', {}),
      ])
      await call(backend, 'layers.get', { docId: open, annotator: 'alice' })
      await call(backend, 'layers.list', { docId: open })
      return since(start)
    })
    return { documents, changed, ms: summarize(runs) }
  } finally {
    corpus.close()
    await rm(home, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      documents: { type: 'string', default: '1000' },
      changed: { type: 'string', default: '100' },
      runs: { type: 'string', default: '5' },
      warmups: { type: 'string', default: '1' },
    },
  })
  const bench = join(fileURLToPath(import.meta.url), '..', '..')
  const source = await readFile(join(bench, 'fixtures', 'long.txt'), 'utf8')
  const result = await runReloadCases(
    join(bench, 'results'),
    Number(values.documents),
    Number(values.changed),
    source,
    { warmups: Number(values.warmups), runs: Number(values.runs) },
  )
  const { median, min, max } = result.ms
  process.stdout.write(
    `reload after a pull changed ${result.changed} of ${result.documents} documents' files: ` +
      `${median.toFixed(0)} ms median [${min.toFixed(0)}–${max.toFixed(0)}] over ${result.ms.runs.length} runs (target < 1 s)\n`,
  )
}
