import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { FIGURE_LABEL } from '../../shared/claims.ts'
import { AttributeValueSchema } from '../../shared/model.ts'
import { suggestSpans, type GazetteerEntry, type Suggestion } from '../../shared/suggestions.ts'
import { assetsDir } from '../assets.ts'
import type { Corpus } from '../store/corpus.ts'
import { isCode } from '../store/atomic-file.ts'
import { SpanbenchError } from '../store/errors.ts'
import { mapLimited } from './documents-service.ts'
import type { HandlerSlice } from './handlers.ts'

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

/** Text → label → count, over one annotator's spans in the whole corpus. */
export async function taggedStrings(
  corpus: Corpus,
  annotator: string,
): Promise<Map<string, Map<string, number>>> {
  const tagged = new Map<string, Map<string, number>>()
  const sets = await mapLimited(await corpus.documentIds(), 16, (id) =>
    corpus.readAnnotations(id, annotator),
  )
  for (const set of sets) {
    for (const span of set?.spans ?? []) {
      if (span.label === FIGURE_LABEL || span.text.trim() !== span.text || span.text.length < 2)
        continue
      const labels = tagged.get(span.text) ?? new Map<string, number>()
      labels.set(span.label, (labels.get(span.label) ?? 0) + 1)
      tagged.set(span.text, labels)
    }
  }
  return tagged
}

export async function suggestionsFor(
  corpus: Corpus,
  annotator: string,
  docId: string,
): Promise<Suggestion[]> {
  const [doc, set, tagged, gazetteer] = await Promise.all([
    corpus.readDocument(docId),
    corpus.readAnnotations(docId, annotator),
    taggedStrings(corpus, annotator),
    loadGazetteer(corpus),
  ])
  const figureLabel = corpus.manifest.schema.labels.some((l) => l.id === FIGURE_LABEL)
    ? FIGURE_LABEL
    : null
  return suggestSpans(doc.text, set?.spans ?? [], { tagged, gazetteer, figureLabel })
}

export const suggestionHandlers: HandlerSlice<'suggestions.list'> = {
  'suggestions.list': ({ docId }, ctx) => suggestionsFor(ctx.corpus, ctx.annotator, docId),
}
