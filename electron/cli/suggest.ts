/**
 * `spanbench suggest`: hides the annotations of a seeded share of the
 * annotated documents, learns from the rest, and prints for each held-out
 * document what the app would suggest in it, offsets in code points; with
 * --evaluate, precision, recall and F1 per label and source against the
 * hidden annotations.
 */
import type { AnnotatedDocument } from '../../shared/suggestions/suggest-training.ts'
import { taggedStringsOf, trainModel } from '../../shared/suggestions/suggest-training.ts'
import {
  evaluate,
  formatEvaluation,
  heldOut,
  type EvaluationRow,
} from '../../shared/suggestions/suggest-eval.ts'
import {
  SUGGESTION_SOURCES,
  type Suggestion,
  type SuggestionSource,
} from '../../shared/suggestions/suggestions.ts'
import {
  parseCommand,
  requireCorpus,
  resolveAnnotator,
  type CliCommand,
  type CliIo,
} from './context.ts'
import { Corpus } from '../backend/store/corpus.ts'
import { SpanbenchError } from '../backend/store/errors.ts'
import { MIN_TRAINING_SPANS, annotatedDocuments } from '../backend/services/suggestion-model.ts'
import {
  figureLabelOf,
  loadGazetteer,
  suggestionsFrom,
} from '../backend/services/suggestions-service.ts'

const SUGGEST_HELP = `Usage: spanbench suggest --corpus DIR --holdout P --seed N [options]

Hides the annotations of a seeded P% of the annotated documents, learns from
the rest (strings tagged there, the gazetteer, the model), and prints one JSON
line per held-out document: {"id", "suggestions": [{"start", "end", "label",
"source", "confidence"}]}, offsets in code points, exactly what the app would
show in that document with no spans tagged.

Options:
  --holdout P           the share of annotated documents held out, 0 to 100 (default 20)
  --seed N              which documents: the same seed, the same ones (default 1)
  --sources A,B         only these sources: corpus, gazetteer, pattern, model (default all)
  --labels A,B          only these labels
  --annotator NAME      whose annotations (default the current annotator)
  --evaluate            print precision, recall and F1 per label and source, exact
                        extents and any overlap, instead of the suggestions
  --json                with --evaluate, the table as one JSON object`

const SUGGEST_OPTIONS = {
  holdout: { type: 'string' },
  seed: { type: 'string' },
  labels: { type: 'string' },
  sources: { type: 'string' },
  evaluate: { type: 'boolean' },
  json: { type: 'boolean' },
} as const

export interface SuggestValues {
  holdout?: string
  seed?: string
  sources?: string
  labels?: string
  evaluate?: boolean
  json?: boolean
}

function numberOption(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const n = Number(value)
  if (!Number.isFinite(n)) throw new SpanbenchError('bad_request', `--${name} ${value}: a number`)
  return n
}

function sourcesOption(value: string | undefined): Set<SuggestionSource> {
  if (value === undefined) return new Set(SUGGESTION_SOURCES)
  const out = new Set<SuggestionSource>()
  for (const name of value.split(',').map((s) => s.trim())) {
    const source = SUGGESTION_SOURCES.find((s) => s === name)
    if (!source)
      throw new SpanbenchError(
        'bad_request',
        `--sources ${name}: one of ${SUGGESTION_SOURCES.join(', ')}`,
      )
    out.add(source)
  }
  return out
}

/** What `suggest` computes: per held-out document, the suggestions of each source and of all. */
export interface SuggestRun {
  heldOut: AnnotatedDocument[]
  /** Per held-out document (same order): source or "all" → suggestions. */
  suggestions: Map<string, Suggestion[]>[]
  labels: string[]
}

export async function computeSuggestRun(
  corpus: Corpus,
  annotator: string,
  values: SuggestValues,
): Promise<SuggestRun> {
  const percent = numberOption('holdout', values.holdout, 20)
  if (percent < 0 || percent > 100)
    throw new SpanbenchError('bad_request', `--holdout ${values.holdout}: a share from 0 to 100`)
  const seed = numberOption('seed', values.seed, 1)
  const sources = sourcesOption(values.sources)
  const labelFilter = values.labels?.split(',').map((l) => l.trim())
  const docs = await annotatedDocuments(corpus, annotator)
  if (docs.length === 0)
    throw new SpanbenchError('bad_request', `${corpus.dir}: ${annotator} has annotated no document`)
  const hidden = heldOut(
    docs.map((d) => d.id),
    percent,
    seed,
  )
  const training = docs.filter((d) => !hidden.has(d.id))
  const gazetteer = await loadGazetteer(corpus)
  const inputs = {
    tagged: taggedStringsOf(training),
    gazetteer,
    figureLabel: figureLabelOf(corpus),
    // As in the app: no model until the annotator has tagged a few spans.
    model:
      sources.has('model') && training.reduce((n, d) => n + d.spans.length, 0) >= MIN_TRAINING_SPANS
        ? trainModel(training, gazetteer)
        : null,
  }
  const keep = (list: Suggestion[]): Suggestion[] =>
    labelFilter ? list.filter((s) => labelFilter.includes(s.label)) : list
  const held = docs.filter((d) => hidden.has(d.id))
  const suggestions = held.map((doc) => {
    const bySource = new Map<string, Suggestion[]>()
    bySource.set('all', keep(suggestionsFrom(doc.text, [], { ...inputs, only: sources })))
    if (values.evaluate) {
      for (const source of sources)
        bySource.set(
          source,
          keep(suggestionsFrom(doc.text, [], { ...inputs, only: new Set([source]) })),
        )
    }
    return bySource
  })
  const labels = (labelFilter ?? corpus.manifest.schema.labels.map((l) => l.id)).filter((l) =>
    docs.some((d) => d.spans.some((s) => s.label === l)),
  )
  return { heldOut: held, suggestions, labels }
}

/** Precision, recall and F1 of a run, per label and per source (and "all"). */
export function evaluateRun(run: SuggestRun): EvaluationRow[] {
  const sources = [...(run.suggestions[0]?.keys() ?? [])]
  const rows = sources.flatMap((source) =>
    evaluate(
      source,
      run.heldOut.map((doc, k) => ({
        gold: doc.spans,
        suggestions: run.suggestions[k]?.get(source) ?? [],
      })),
      run.labels,
    ),
  )
  // A source that never proposes a label (patterns and places) has nothing to report for it.
  return rows.filter((r) => r.source === 'all' || r.exact.suggested > 0)
}

export async function runSuggest(
  dir: string,
  annotator: string,
  values: SuggestValues,
  io: CliIo,
): Promise<number> {
  const corpus = await Corpus.open(dir, { readOnly: true })
  try {
    const run = await computeSuggestRun(corpus, annotator, values)
    if (values.evaluate) {
      const rows = evaluateRun(run)
      io.stdout.write(
        values.json
          ? `${JSON.stringify({ documents: run.heldOut.length, rows })}\n`
          : `${run.heldOut.length} held-out documents\n\n${formatEvaluation(rows)}`,
      )
      return 0
    }
    run.heldOut.forEach((doc, k) => {
      const suggestions = (run.suggestions[k]?.get('all') ?? []).map((s) => ({
        start: s.start,
        end: s.end,
        label: s.label,
        source: s.source,
        confidence: s.confidence ?? null,
        text: s.text,
        ...(s.attributes ? { attributes: s.attributes } : {}),
      }))
      io.stdout.write(`${JSON.stringify({ id: doc.id, suggestions })}\n`)
    })
    return 0
  } finally {
    corpus.close()
  }
}

export const command: CliCommand = {
  help: SUGGEST_HELP,
  async run(args, io) {
    const { values } = parseCommand(args, SUGGEST_OPTIONS)
    const dir = requireCorpus(values, 'suggest')
    return runSuggest(dir, await resolveAnnotator(values, io), values, io)
  },
}
