import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { FIGURE_LABEL } from '../../../shared/corpus/claims.ts'
import { AttributeValueSchema, type Span } from '../../../shared/contract/model.ts'
import { OffsetMap, type CodePointOffset } from '../../../shared/text/offsets.ts'
import { taggedStringsOf, type TrainedModel } from '../../../shared/suggestions/suggest-training.ts'
import {
  suggestSpans,
  type GazetteerEntry,
  type Suggestion,
  type SuggestionSource,
} from '../../../shared/suggestions/suggestions.ts'
import { assetsDir } from '../assets.ts'
import type { Corpus } from '../store/corpus.ts'
import { isCode } from '../store/atomic-file.ts'
import { addRejection, readRejections } from '../store/rejections-file.ts'
import { SpanbenchError } from '../store/errors.ts'
import type { HandlerSlice } from './handlers.ts'
import { geonamesGazetteer } from './geonames-source.ts'
import { suggestionModel } from './suggestion-model.ts'

/** Model suggestions less sure than this are not shown (chosen by measurement: docs/suggestions.md). */
export const MODEL_THRESHOLD = 0.5

const GazetteerSchema = z.object({
  entries: z.array(
    z.object({
      name: z.string().min(1),
      label: z.string(),
      aliases: z.array(z.string()).optional(),
      attributes: z.record(z.string(), AttributeValueSchema).optional(),
    }),
  ),
})

/** The shipped gazetteer plus the corpus's own `gazetteer.json`, if it has one. */
export async function loadGazetteer(corpus: Corpus): Promise<GazetteerEntry[]> {
  const labels = new Set(corpus.manifest.schema.labels.map((l) => l.id))
  const files = [join(assetsDir(), 'gazetteer.json'), join(corpus.dir, 'gazetteer.json')]
  const entries: GazetteerEntry[] = []
  for (const path of files) {
    let raw: string
    try {
      raw = await readFile(path, 'utf8')
    } catch (err) {
      if (isCode(err, 'ENOENT')) continue
      throw err
    }
    const parsed = GazetteerSchema.safeParse(parseJson(path, raw))
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      throw new SpanbenchError(
        'corrupt',
        `${path}: field ${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}`,
      )
    }
    entries.push(...parsed.data.entries.filter((e) => labels.has(e.label)))
  }
  // GeoNames comes last: where it names a place the files above have, theirs is kept.
  const geonames = await geonamesGazetteer()
  if (geonames) entries.push(...geonames.filter((e) => labels.has(e.label)))
  return entries
}

function parseJson(path: string, raw: string): unknown {
  try {
    return JSON.parse(raw)
  } catch (err) {
    throw new SpanbenchError(
      'corrupt',
      `${path} is not valid JSON (${err instanceof Error ? err.message : String(err)})`,
    )
  }
}

/** What the app shows for a document: the same function `spanbench suggest` prints. */
export function suggestionsFrom(
  text: string,
  existing: readonly Span[],
  inputs: {
    tagged: ReadonlyMap<string, ReadonlyMap<string, number>>
    gazetteer: readonly GazetteerEntry[]
    figureLabel: string | null
    model: TrainedModel | null
    only?: ReadonlySet<SuggestionSource>
  },
): Suggestion[] {
  const { model } = inputs
  return suggestSpans(text, existing, {
    ...inputs,
    model: model && {
      predict: (t: string) =>
        model.tagger.predict(t, model.names).filter((p) => p.confidence >= MODEL_THRESHOLD),
    },
  })
}

/** The figure label, when the corpus schema has it. */
export function figureLabelOf(corpus: Corpus): string | null {
  return corpus.manifest.schema.labels.some((l) => l.id === FIGURE_LABEL) ? FIGURE_LABEL : null
}

/** Gazetteer entries per corpus, read again when the corpus's gazetteer.json changes. */
const gazetteers = new WeakMap<Corpus, { stamp: string; entries: Promise<GazetteerEntry[]> }>()

async function cachedGazetteer(corpus: Corpus): Promise<GazetteerEntry[]> {
  const stamp = await stat(join(corpus.dir, 'gazetteer.json')).then(
    (s) => `${s.mtimeMs}:${s.size}`,
    () => 'none',
  )
  const cached = gazetteers.get(corpus)
  if (cached?.stamp === stamp) return cached.entries
  const entries = loadGazetteer(corpus)
  // A failed read is reported now and tried again next time.
  entries.catch(() => gazetteers.delete(corpus))
  gazetteers.set(corpus, { stamp, entries })
  return entries
}

export async function suggestionsFor(
  corpus: Corpus,
  annotator: string,
  docId: string,
): Promise<Suggestion[]> {
  const model = suggestionModel(corpus, annotator, () => cachedGazetteer(corpus))
  const [doc, set, gazetteer, trained, rejections] = await Promise.all([
    corpus.readDocument(docId),
    corpus.readAnnotations(docId, annotator),
    cachedGazetteer(corpus),
    model.current(),
    readRejections(corpus, annotator),
  ])
  const rejected = new Set(rejections.filter((r) => r.docId === docId).map(placeKey))
  return suggestionsFrom(doc.text, set?.spans ?? [], {
    tagged: taggedStringsOf(model.documents()),
    gazetteer,
    figureLabel: figureLabelOf(corpus),
    model: trained,
  }).filter((s) => !rejected.has(placeKey(s)))
}

const placeKey = (s: { start: number; end: number; label: string }): string =>
  `${s.start}:${s.end}:${s.label}`

/** Saves a rejection in the annotator's own file and teaches the model at once. */
async function rejectSuggestion(
  corpus: Corpus,
  annotator: string,
  rejection: { docId: string; start: CodePointOffset; end: CodePointOffset; label: string },
): Promise<Record<string, never>> {
  corpus.assertWritable()
  const { docId, start, end, label } = rejection
  const doc = await corpus.readDocument(docId)
  const offsets = new OffsetMap(doc.text)
  if (end > offsets.codePointLength || start >= end)
    throw new SpanbenchError(
      'bad_request',
      `${docId}: ${start}–${end} is not a stretch of its text`,
    )
  if (!corpus.manifest.schema.labels.some((l) => l.id === label))
    throw new SpanbenchError('bad_request', `no label ${label} in the schema`)
  await addRejection(corpus, annotator, {
    docId,
    start,
    end,
    label,
    text: offsets.slice(start, end),
  })
  await suggestionModel(corpus, annotator, () => cachedGazetteer(corpus)).rejected(docId, {
    start,
    end,
    label,
  })
  return {}
}

export const suggestionHandlers: HandlerSlice<'suggestions.list' | 'suggestions.reject'> = {
  'suggestions.list': ({ docId }, ctx) => suggestionsFor(ctx.corpus, ctx.annotator, docId),
  'suggestions.reject': (input, ctx) => rejectSuggestion(ctx.corpus, ctx.annotator, input),
}
