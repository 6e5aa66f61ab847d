/**
 * The suggestion model's speed on 1,000 short documents (about 280
 * characters each, cut from the evaluation corpus's annotated reporting,
 * every one numbered so no two texts are alike), through the real store and
 * services, files read from disk: the first training, the background
 * retraining after one edit, the suggestions for an opened document, and
 * `spanbench suggest` over the corpus. Not in `npm run bench`'s tables.
 *
 * On its own: npx tsx bench/backend/suggest-cases.ts [--documents 1000] [--runs 5] [--warmups 1] [--command-runs 1]
 * (the command is built first, so no run pays for the build)
 */
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs, promisify } from 'node:util'
import { AnnotationSetSchema, DocumentRecordSchema } from '../../shared/contract/model.ts'
import { codePoints } from '../../shared/text/offsets.ts'
import { defaultSchema } from '../../electron/backend/assets.ts'
import { SuggestionModel } from '../../electron/backend/services/suggestion-model.ts'
import {
  loadGazetteer,
  suggestionsFor,
} from '../../electron/backend/services/suggestions-service.ts'
import { Corpus } from '../../electron/backend/store/corpus.ts'
import { buildCli } from '../../scripts/build-cli.ts'
import { serialize } from '../../electron/backend/store/json-file.ts'
import { annotationSet, documentRecord } from '../data/records.ts'
import { repeat, since, summarize, type Summary } from '../lib/stats.ts'

const ANNOTATOR = 'bench'
const PIECE_LENGTH = 280
const ROOT = join(import.meta.dirname, '..', '..')

interface EvalSpan {
  start: number
  end: number
  label: string
  text: string
}

interface Piece {
  text: string
  spans: EvalSpan[]
}

/** The evaluation corpus's documents cut into pieces of at most 280 characters at sentence ends. */
async function pieces(): Promise<Piece[]> {
  const raw = await readFile(join(ROOT, 'bench', 'suggest-eval', 'corpus.jsonl'), 'utf8')
  const out: Piece[] = []
  for (const line of raw.split('\n').filter(Boolean)) {
    const doc = JSON.parse(line) as { text: string; spans: EvalSpan[] }
    const chars = Array.from(doc.text)
    let from = 0
    while (from < chars.length) {
      let to = Math.min(chars.length, from + PIECE_LENGTH)
      for (let k = to - 1; to < chars.length && k > from + 100; k--) {
        if (chars[k] === '.' && chars[k + 1] === ' ') {
          to = k + 1
          break
        }
      }
      const text = chars.slice(from, to).join('')
      const spans = doc.spans
        .filter((s) => s.start >= from && s.end <= to)
        .map((s) => ({ ...s, start: s.start - from, end: s.end - from }))
      if (spans.length) out.push({ text, spans })
      from = to + 1
    }
  }
  return out
}

/** A corpus of `size` numbered pieces with their spans, written as the store writes it. */
export async function makeCorpus(dir: string, size: number): Promise<string[]> {
  await Corpus.create(dir, `Suggest bench ${size}`, await defaultSchema())
  await mkdir(join(dir, 'annotations', ANNOTATOR), { recursive: true })
  const all = await pieces()
  const ids: string[] = []
  for (let n = 0; n < size; n++) {
    const piece = all[n % all.length] ?? { text: '', spans: [] }
    const prefix = `Report ${n + 1}. `
    const doc = documentRecord(`${prefix}${piece.text}`, {
      fileName: `report-${n + 1}.txt`,
      importedAt: new Date(Date.UTC(2024, 0, 1)).toISOString(),
    })
    const spans = piece.spans.map((s, k) => ({
      id: `s${k}`,
      start: codePoints(s.start + prefix.length),
      end: codePoints(s.end + prefix.length),
      label: s.label,
      text: s.text,
    }))
    const set = annotationSet(doc, ANNOTATOR, spans, 'done', doc.source.importedAt)
    await writeFile(join(dir, 'documents', `${doc.id}.json`), serialize(DocumentRecordSchema, doc))
    await writeFile(
      join(dir, 'annotations', ANNOTATOR, `${doc.id}.json`),
      serialize(AnnotationSetSchema, set),
    )
    ids.push(doc.id)
  }
  return ids
}

/** One edit as the annotator makes it: the document's first span removed. */
async function removeFirstSpan(corpus: Corpus, id: string): Promise<void> {
  const set = await corpus.readAnnotations(id, ANNOTATOR)
  if (set) await corpus.writeAnnotations({ ...set, spans: set.spans.slice(1) })
}

export interface SuggestRuns {
  documents: number
  spans: number
  firstTrainingMs: Summary
  retrainAfterEditMs: Summary
  learnEditMs: Summary
  suggestionsForDocumentMs: Summary
  suggestCommandMs: Summary
}

export async function runSuggestCases(
  work: string,
  documents: number,
  options: { warmups: number; runs: number; commandRuns: number },
): Promise<SuggestRuns> {
  const dir = join(work, `suggest-${documents}`)
  const ids = await makeCorpus(dir, documents)
  const corpus = await Corpus.open(dir)
  const gazetteer = await loadGazetteer(corpus)
  const spans = (
    await Promise.all(
      ids.map(async (id) => (await corpus.readAnnotations(id, ANNOTATOR))?.spans.length ?? 0),
    )
  ).reduce((a, b) => a + b, 0)

  const first = await repeat(options.warmups, options.runs, async () => {
    const model = new SuggestionModel(corpus, ANNOTATOR, () => Promise.resolve(gazetteer))
    const start = performance.now()
    await model.current()
    return since(start)
  })

  const model = new SuggestionModel(corpus, ANNOTATOR, () => Promise.resolve(gazetteer))
  await model.current()
  const learnt: number[] = []
  const retrained = await repeat(options.warmups, options.runs, async (run) => {
    const id = ids[((run + options.warmups + 1) * 7) % ids.length] ?? ''
    await removeFirstSpan(corpus, id)
    let start = performance.now()
    await model.edited(id)
    if (run >= 0) learnt.push(since(start))
    model.dispose()
    start = performance.now()
    await model.retrain()
    return since(start)
  })
  model.dispose()

  await suggestionsFor(corpus, ANNOTATOR, ids[0] ?? '')
  const opened = await repeat(options.warmups, options.runs, async (run) => {
    const start = performance.now()
    await suggestionsFor(corpus, ANNOTATOR, ids[((run + 5) * 13) % ids.length] ?? '')
    return since(start)
  })
  corpus.close()

  await buildCli()
  const command = await repeat(0, options.commandRuns, async () => {
    const start = performance.now()
    await promisify(execFile)(
      process.execPath,
      [
        join(ROOT, 'bin', 'spanbench.js'),
        'suggest',
        '--corpus',
        dir,
        '--annotator',
        ANNOTATOR,
        '--holdout',
        '20',
        '--seed',
        '1',
      ],
      { maxBuffer: 1 << 28 },
    )
    return since(start)
  })

  return {
    documents,
    spans,
    firstTrainingMs: summarize(first),
    retrainAfterEditMs: summarize(retrained),
    learnEditMs: summarize(learnt),
    suggestionsForDocumentMs: summarize(opened),
    suggestCommandMs: summarize(command),
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      documents: { type: 'string', default: '1000' },
      runs: { type: 'string', default: '5' },
      warmups: { type: 'string', default: '1' },
      'command-runs': { type: 'string', default: '1' },
    },
  })
  const work = await mkdtemp(join(tmpdir(), 'spanbench-suggest-'))
  try {
    const runs = await runSuggestCases(work, Number(values.documents), {
      runs: Number(values.runs),
      warmups: Number(values.warmups),
      commandRuns: Number(values['command-runs']),
    })
    console.log(JSON.stringify({ ...runs, loadAverage: loadavg() }, null, 2))
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
