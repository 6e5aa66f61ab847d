/**
 * Proposed highlights for a document, from four sources: strings tagged
 * elsewhere in the corpus, a gazetteer of places and actors, casualty figure
 * patterns, and a span tagger trained on the corpus's annotations. Each comes
 * with its source and a confidence from 0 to 1. Nothing is applied: the user
 * accepts or rejects each.
 */
import { findFigureCandidates } from '../casualty/figure-patterns.ts'
import { z } from 'zod'
import {
  AttributeValueSchema,
  IdSchema,
  type AttributeValue,
  type Span,
} from '../contract/model.ts'
import {
  CodePointEndSchema,
  CodePointOffsetSchema,
  OffsetMap,
  type UnbrandedOffset,
  type Utf16Offset,
} from '../text/offsets.ts'
import { PhraseMatcher } from './phrase-matcher.ts'
import type { PredictedSpan } from './span-tagger.ts'

/** Where suggestions come from in the backend (`spanbench suggest --sources`). */
export const SUGGESTION_SOURCES = ['corpus', 'gazetteer', 'pattern', 'model'] as const
/** `layers`: another annotator's layer (compare view) or the layers being curated. */
export const SuggestionSourceSchema = z.enum([...SUGGESTION_SOURCES, 'layers'])
export type SuggestionSource = z.infer<typeof SuggestionSourceSchema>

export const SuggestionSchema = z.object({
  /** Code points, like stored spans. */
  start: CodePointOffsetSchema,
  end: CodePointEndSchema,
  label: IdSchema,
  text: z.string(),
  source: SuggestionSourceSchema,
  /** Why it is proposed: "tagged 3 times in the corpus", "gazetteer: sy-idlib". */
  reason: z.string(),
  /** From 0 to 1: the model's own, or the measured precision of the source's kind of evidence. */
  confidence: z.number().min(0).max(1).optional(),
  attributes: z.record(z.string(), AttributeValueSchema).optional(),
  /** For `layers`: the annotators whose layers have it; accepted as is, with these as its sources. */
  layers: z.array(z.string()).optional(),
  note: z.string().optional(),
})
export type Suggestion = z.infer<typeof SuggestionSchema>

/** A UTF-16 offset from a matcher or the model. */
type Utf16Like = Utf16Offset | UnbrandedOffset

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
 * The confidence shown for sources that have no model of their own: for the
 * gazetteer, its exact-extent precision measured with `spanbench suggest
 * --evaluate` (docs/suggestions.md); for patterns, a prior (the evaluation
 * corpus has no casualty figures tagged).
 */
const GAZETTEER_CONFIDENCE = 0.82
const PATTERN_CONFIDENCE = 0.8

/** The gazetteer's matcher, built once per gazetteer (the same entries, the same array): it is large. */
const gazetteerMatchers = new WeakMap<readonly GazetteerEntry[], PhraseMatcher<GazetteerEntry>>()

export function gazetteerMatcherOf(
  entries: readonly GazetteerEntry[],
): PhraseMatcher<GazetteerEntry> {
  let matcher = gazetteerMatchers.get(entries)
  if (!matcher) {
    matcher = new PhraseMatcher<GazetteerEntry>()
    for (const entry of entries) {
      for (const name of [entry.name, ...(entry.aliases ?? [])]) matcher.add(name, entry)
    }
    gazetteerMatchers.set(entries, matcher)
  }
  return matcher
}

export function suggestSpans(
  text: string,
  existing: readonly Span[],
  sources: SuggestionSources,
): Suggestion[] {
  const offsets = new OffsetMap(text)
  const out: Suggestion[] = []
  const add = (
    start16: Utf16Like,
    end16: Utf16Like,
    s: Omit<Suggestion, 'start' | 'end' | 'text'>,
  ) => {
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

  for (const m of use('gazetteer') ? gazetteerMatcherOf(sources.gazetteer).match(text) : []) {
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
  const whole = out.filter((s) => s.source !== 'gazetteer' || !partOfLongerName(text, offsets, s))
  return dedupe(deferToModel(whole)).filter(
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

/** Capitalised words that do not make a name longer: sentence openers, days, months. */
const NOT_NAME_PARTS = new Set(
  `The A An In On At Of From Near And But As By For To With After Before Since While When Where
   Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
   July August September October November December`.split(/\s+/),
)

/**
 * A gazetteer name written inside a longer proper name, "Baghdad" of "New
 * Baghdad", "Raqqa" of "Raqqa Post Office", "Maan" of "Saad Maan": a
 * capitalised word right before or after it, other than a sentence opener, a
 * day or a month.
 */
function partOfLongerName(text: string, offsets: OffsetMap, s: Suggestion): boolean {
  const start = offsets.toUtf16(s.start)
  const end = offsets.toUtf16(s.end)
  const before = /(^|[^\p{L}])(\p{Lu}[\p{L}\p{M}]*) $/u.exec(
    text.slice(Math.max(0, start - 30), start),
  )
  const after = /^ (\p{Lu}[\p{L}\p{M}]*)/u.exec(text.slice(end, end + 30))
  if (titleCase(text, start)) return false
  const named = (w: string | undefined): boolean => w !== undefined && !NOT_NAME_PARTS.has(w)
  const opensSentence =
    before !== null && /(^|[.!?:"“]\s*)$/.test(text.slice(0, start - (before[2]?.length ?? 0) - 1))
  return (named(before?.[2]) && !opensSentence) || named(after?.[1])
}

/** Whether the line around `at` is a headline in title case, where every word is capitalised. */
function titleCase(text: string, at: number): boolean {
  const from = text.lastIndexOf('\n', at) + 1
  const to = text.indexOf('\n', at)
  const words = text.slice(from, to < 0 ? text.length : to).match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? []
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length
  return words.length >= 3 && capitalised >= 0.75 * words.length
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
