/**
 * Proposed highlights for a document, from three sources: strings tagged
 * elsewhere in the corpus, a gazetteer of places and actors, and casualty
 * figure patterns. Nothing is applied: the user accepts or rejects each.
 */
import { findFigureCandidates } from './figure-patterns.ts'
import { z } from 'zod'
import { AttributeValueSchema, IdSchema, type AttributeValue, type Span } from './model.ts'
import { OffsetMap } from './offsets.ts'
import { PhraseMatcher } from './phrase-matcher.ts'

/** `layers`: another annotator's layer (compare view) or the layers being curated. */
export const SuggestionSourceSchema = z.enum(['corpus', 'gazetteer', 'pattern', 'layers'])
export type SuggestionSource = z.infer<typeof SuggestionSourceSchema>

export const SuggestionSchema = z.object({
  /** Code points, like stored spans. */
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  label: IdSchema,
  text: z.string(),
  source: SuggestionSourceSchema,
  /** Why it is proposed: "tagged 3 times in the corpus", "gazetteer: sy-idlib". */
  reason: z.string(),
  attributes: z.record(z.string(), AttributeValueSchema).optional(),
  /** For `layers`: the annotators whose layers have it; accepted as is, with these as its sources. */
  layers: z.array(z.string()).optional(),
  note: z.string().optional(),
})
export type Suggestion = z.infer<typeof SuggestionSchema>

export interface GazetteerEntry {
  name: string
  label: string
  aliases?: string[]
  attributes?: Record<string, AttributeValue>
}

export interface SuggestionSources {
  /** Text → label → how often the corpus has it tagged so. */
  tagged: ReadonlyMap<string, ReadonlyMap<string, number>>
  gazetteer: readonly GazetteerEntry[]
  /** The label casualty patterns propose, when the schema has it. */
  figureLabel: string | null
}

export function suggestSpans(
  text: string,
  existing: readonly Span[],
  sources: SuggestionSources,
): Suggestion[] {
  const offsets = new OffsetMap(text)
  const out: Suggestion[] = []
  const add = (start16: number, end16: number, s: Omit<Suggestion, 'start' | 'end' | 'text'>) => {
    const start = offsets.toCodePoint(start16)
    const end = offsets.toCodePoint(end16)
    out.push({ start, end, text: offsets.slice(start, end), ...s })
  }

  const corpus = new PhraseMatcher<{ label: string; count: number }>()
  for (const [phrase, labels] of sources.tagged) {
    const [label, count] = [...labels].sort((a, b) => b[1] - a[1])[0] ?? []
    if (label && count) corpus.add(phrase, { label, count })
  }
  for (const m of corpus.match(text)) {
    const times = m.payload.count === 1 ? 'once' : `${m.payload.count} times`
    add(m.start, m.end, {
      label: m.payload.label,
      source: 'corpus',
      reason: `tagged ${m.payload.label} ${times} in the corpus`,
    })
  }

  const gazetteer = new PhraseMatcher<GazetteerEntry>()
  for (const entry of sources.gazetteer) {
    for (const name of [entry.name, ...(entry.aliases ?? [])]) gazetteer.add(name, entry)
  }
  for (const m of gazetteer.match(text)) {
    add(m.start, m.end, {
      label: m.payload.label,
      source: 'gazetteer',
      reason: `gazetteer: ${m.payload.name}`,
      ...(m.payload.attributes ? { attributes: m.payload.attributes } : {}),
    })
  }

  if (sources.figureLabel) {
    for (const c of findFigureCandidates(text)) {
      const attributes = Object.fromEntries(Object.entries(c.parse).filter(([, v]) => v !== null))
      add(c.start, c.end, {
        label: sources.figureLabel,
        source: 'pattern',
        reason: 'number pattern',
        attributes,
      })
    }
  }
  return dedupe(out).filter(
    (s) => !existing.some((e) => e.label === s.label && e.start < s.end && s.start < e.end),
  )
}

/** One suggestion per place and label: corpus evidence first, then the gazetteer, then patterns. */
function dedupe(list: Suggestion[]): Suggestion[] {
  const seen = new Set<string>()
  return list
    .filter((s) => {
      const key = `${s.start}:${s.end}:${s.label}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .sort((a, b) => a.start - b.start || a.end - b.end)
}
