/**
 * Proposed highlights for a document, from four sources: strings tagged
 * elsewhere in the corpus, a gazetteer of places and actors, casualty figure
 * patterns, and a span tagger trained on the corpus's annotations. Each comes
 * with its source and a confidence from 0 to 1. Nothing is applied: the user
 * accepts or rejects each.
 */
import { findFigureCandidates } from './figure-patterns.ts'
import type { AttributeValue, Span } from './model.ts'
import { OffsetMap } from './offsets.ts'
import { PhraseMatcher } from './phrase-matcher.ts'
import type { PredictedSpan } from './span-tagger.ts'

export const SUGGESTION_SOURCES = ['corpus', 'gazetteer', 'pattern', 'model'] as const
export type SuggestionSource = (typeof SUGGESTION_SOURCES)[number]

export interface Suggestion {
  /** Code points, like stored spans. */
  start: number
  end: number
  label: string
  text: string
  source: SuggestionSource
  /** Why it is proposed: "tagged 3 times in the corpus", "gazetteer: sy-idlib". */
  reason: string
  /** From 0 to 1: the model's own, or the measured precision of the source's kind of evidence. */
  confidence?: number
  attributes?: Record<string, AttributeValue>
}

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
  /** The trained span tagger, when there is one: spans in UTF-16 offsets. */
  model?: { predict(text: string): PredictedSpan[] } | null
  /** Only these sources (default all). */
  only?: ReadonlySet<SuggestionSource>
}

/**
 * How often each kind of evidence is right, exact extent, as measured with
 * `spanbench suggest --evaluate` (docs/suggestions.md): the confidence shown
 * for sources that have no model of their own.
 */
const GAZETTEER_CONFIDENCE = 0.85
const PATTERN_CONFIDENCE = 0.8

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

  const use = (source: SuggestionSource): boolean => !sources.only || sources.only.has(source)

  const corpus = new PhraseMatcher<{ label: string; count: number; total: number }>()
  for (const [phrase, labels] of use('corpus') ? sources.tagged : []) {
    const [label, count] = [...labels].sort((a, b) => b[1] - a[1])[0] ?? []
    const total = [...labels.values()].reduce((a, b) => a + b, 0)
    if (label && count) corpus.add(phrase, { label, count, total })
  }
  for (const m of corpus.match(text)) {
    const { label, count, total } = m.payload
    const times = count === 1 ? 'once' : `${count} times`
    add(m.start, m.end, {
      label,
      source: 'corpus',
      reason: `tagged ${label} ${times} in the corpus`,
      // Laplace's rule: tagged so every time of n, (n + 1) / (n + 2).
      confidence: round((count + 1) / (total + 2)),
    })
  }

  const gazetteer = new PhraseMatcher<GazetteerEntry>()
  for (const entry of use('gazetteer') ? sources.gazetteer : []) {
    for (const name of [entry.name, ...(entry.aliases ?? [])]) gazetteer.add(name, entry)
  }
  for (const m of gazetteer.match(text)) {
    add(m.start, m.end, {
      label: m.payload.label,
      source: 'gazetteer',
      reason: `gazetteer: ${m.payload.name}`,
      confidence: GAZETTEER_CONFIDENCE,
      ...(m.payload.attributes ? { attributes: m.payload.attributes } : {}),
    })
  }

  if (sources.figureLabel && use('pattern')) {
    for (const c of findFigureCandidates(text)) {
      const attributes = Object.fromEntries(Object.entries(c.parse).filter(([, v]) => v !== null))
      add(c.start, c.end, {
        label: sources.figureLabel,
        source: 'pattern',
        reason: 'number pattern',
        confidence: PATTERN_CONFIDENCE,
        attributes,
      })
    }
  }

  for (const p of use('model') ? (sources.model?.predict(text) ?? []) : []) {
    add(p.start, p.end, {
      label: p.label,
      source: 'model',
      reason: `learnt from the corpus (${Math.round(p.confidence * 100)}% sure)`,
      confidence: p.confidence,
    })
  }
  widenToCompass(text, out, offsets, compassLabels(sources.tagged))
  return dedupe(deferToModel(out)).filter(
    (s) => !existing.some((e) => e.label === s.label && e.start < s.end && s.start < e.end),
  )
}

const COMPASS =
  '(?:north|south|east|west|central|(?:north|south)(?:east|west)?(?:ern)?|eastern|western|northwestern|northeastern|southeastern|southwestern)'
const COMPASS_START = new RegExp(`^${COMPASS}\\s`, 'iu')
const COMPASS_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${COMPASS})\\s+$`, 'iu')

/** Labels the corpus tags with a compass word in front ("southern Idlib"): its annotators' convention. */
function compassLabels(tagged: SuggestionSources['tagged']): Set<string> {
  const out = new Set<string>()
  for (const [text, labels] of tagged) {
    if (!COMPASS_START.test(text)) continue
    for (const label of labels.keys()) out.add(label)
  }
  return out
}

/** "southern Idlib", not "Idlib", where the corpus tags places so. */
function widenToCompass(
  text: string,
  list: Suggestion[],
  offsets: OffsetMap,
  labels: ReadonlySet<string>,
): void {
  for (const s of list) {
    if (!labels.has(s.label) || (s.source !== 'corpus' && s.source !== 'gazetteer')) continue
    const start16 = offsets.toUtf16(s.start)
    const from = Math.max(0, start16 - 16)
    const m = COMPASS_BEFORE.exec(text.slice(from, start16))
    if (!m?.[1]) continue
    s.start = offsets.toCodePoint(from + m.index + m[0].indexOf(m[1]))
    s.text = offsets.slice(s.start, s.end)
  }
}

const round = (x: number): number => Math.round(x * 1000) / 1000

/**
 * Where name lists and the model disagree: a corpus or gazetteer name inside a
 * longer name is dropped ("al-Quds" in "Liwa al-Quds"), and so is one the
 * model, having read the context, reads otherwise: inside a longer model span
 * of its label ("Raqqa" in "Raqqa city"), or overlapping a model span of
 * another label ("Turkey" acting, an ACTOR, where the gazetteer has a PLACE).
 */
function deferToModel(list: Suggestion[]): Suggestion[] {
  const named = (s: Suggestion): boolean => s.source === 'corpus' || s.source === 'gazetteer'
  const model = list.filter((s) => s.source === 'model')
  const names = list.filter(named)
  const inside = (a: Suggestion, b: Suggestion): boolean =>
    b.start <= a.start && a.end <= b.end && b.end - b.start > a.end - a.start
  const overlap = (a: Suggestion, b: Suggestion): boolean => a.start < b.end && b.start < a.end
  return list.filter(
    (s) =>
      !named(s) ||
      // "al-Quds" of "Liwa al-Quds": the longer name is the one meant.
      (!names.some((n) => inside(s, n)) &&
        !model.some((m) => (m.label === s.label ? inside(s, m) : overlap(s, m)))),
  )
}

/** One suggestion per place and label: corpus evidence first, then the gazetteer, patterns, the model. */
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
