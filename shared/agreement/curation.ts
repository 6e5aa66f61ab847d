/**
 * Curation: building the curated (gold) layer from the annotators' layers.
 * Items that enough layers agree on are pre-accepted; the rest are
 * candidates the curator steps through, each accepted from one layer,
 * edited or rejected. A curated span or relation records in `sources` which
 * layers had it.
 */
import { z } from 'zod'
import { CodePointOffsetSchema, maxOffset, minOffset } from '../text/offsets.ts'
import { SpanSchema, type AttributeValue, type Relation, type Span } from '../contract/model.ts'
import { extentKey } from './extents.ts'
import type { LayerContent } from './compare.ts'

export const CurationThresholdSchema = z.enum(['all', 'majority'])
export type CurationThreshold = z.infer<typeof CurationThresholdSchema>

const spanKey = (s: Span): string => `${s.label}\u0000${extentKey(s)}`

/** Whether `count` of `layers` layers is enough: all of them, or more than half. */
function enough(count: number, layers: number, threshold: CurationThreshold): boolean {
  return threshold === 'all' ? count === layers : count * 2 > layers
}

interface Group {
  spans: { annotator: string; span: Span }[]
}

/** Spans grouped by label and extent over the layers, each layer counted once per group. */
function groupSpans(layers: ReadonlyMap<string, LayerContent>): Map<string, Group> {
  const groups = new Map<string, Group>()
  for (const [annotator, layer] of layers) {
    const seen = new Set<string>()
    for (const span of layer.spans) {
      const key = spanKey(span)
      if (seen.has(key)) continue
      seen.add(key)
      const group = groups.get(key)
      if (group) group.spans.push({ annotator, span })
      else groups.set(key, { spans: [{ annotator, span }] })
    }
  }
  return groups
}

/** Attribute values that enough of the layers gave (others are left for the curator). */
function agreedAttributes(
  group: Group,
  layers: number,
  threshold: CurationThreshold,
): Record<string, AttributeValue> | undefined {
  const ids = new Set(group.spans.flatMap(({ span }) => Object.keys(span.attributes ?? {})))
  const out: Record<string, AttributeValue> = {}
  for (const id of ids) {
    const votes = new Map<string, { value: AttributeValue; count: number }>()
    for (const { span } of group.spans) {
      const value = span.attributes?.[id] ?? null
      const vote = votes.get(JSON.stringify(value)) ?? { value, count: 0 }
      vote.count++
      votes.set(JSON.stringify(value), vote)
    }
    for (const { value, count } of votes.values())
      if (value !== null && enough(count, layers, threshold)) out[id] = value
  }
  return Object.keys(out).length ? out : undefined
}

/**
 * The curated layer's first content: every span whose label and extent
 * enough layers share (attributes where enough agree), and every relation
 * enough layers share between such spans. Ids are new (`c1`, `c2`, …; `cr1`… for relations).
 */
export function preAccept(
  layers: ReadonlyMap<string, LayerContent>,
  threshold: CurationThreshold,
): LayerContent {
  const n = layers.size
  const spans: Span[] = []
  const idOfKey = new Map<string, string>()
  for (const [key, group] of groupSpans(layers)) {
    if (!enough(group.spans.length, n, threshold)) continue
    const first = group.spans[0]?.span
    if (!first) continue
    const id = `c${spans.length + 1}`
    idOfKey.set(key, id)
    const attributes = agreedAttributes(group, n, threshold)
    spans.push({
      id,
      start: first.start,
      end: first.end,
      label: first.label,
      text: first.text,
      ...(attributes ? { attributes } : {}),
      ...(first.fragments ? { fragments: first.fragments } : {}),
      sources: group.spans.map((g) => g.annotator),
    })
  }
  const relations: Relation[] = []
  for (const vote of relationVotes(layers).values()) {
    const from = idOfKey.get(vote.fromKey)
    const to = idOfKey.get(vote.toKey)
    if (!from || !to || !enough(vote.sources.length, n, threshold)) continue
    relations.push({
      id: `cr${relations.length + 1}`,
      type: vote.relation.type,
      from,
      to,
      sources: vote.sources,
    })
  }
  return { spans, relations }
}

interface RelationVote {
  relation: Relation
  /** The span keys of its ends. */
  fromKey: string
  toKey: string
  /** The layer's own spans at its ends (in the first layer that had it). */
  fromSpan: Span
  toSpan: Span
  sources: string[]
}

/** Relations grouped by type and the label and extent of their ends. */
function relationVotes(layers: ReadonlyMap<string, LayerContent>): Map<string, RelationVote> {
  const votes = new Map<string, RelationVote>()
  for (const [annotator, layer] of layers) {
    const byId = new Map(layer.spans.map((s) => [s.id, s]))
    for (const relation of layer.relations) {
      const fromSpan = byId.get(relation.from)
      const toSpan = byId.get(relation.to)
      if (!fromSpan || !toSpan) continue
      const fromKey = spanKey(fromSpan)
      const toKey = spanKey(toSpan)
      const key = `${relation.type}\u0001${fromKey}\u0001${toKey}`
      const vote = votes.get(key) ?? { relation, fromKey, toKey, fromSpan, toSpan, sources: [] }
      if (!vote.sources.includes(annotator)) vote.sources.push(annotator)
      votes.set(key, vote)
    }
  }
  return votes
}

export const CurationCandidateSchema = z.object({
  kind: z.enum(['span', 'relation']),
  /** Where in the text (code points), for stepping through in order. */
  start: CodePointOffsetSchema,
  end: CodePointOffsetSchema,
  /** The layers that have it. */
  layers: z.array(z.string()),
  /** For a span: the span as the first of those layers has it (its id is that layer's). */
  span: SpanSchema.optional(),
  /** For a relation: its type and its ends as spans of the first layer that has it. */
  relation: z
    .object({
      type: z.string(),
      from: SpanSchema,
      to: SpanSchema,
      /** The curated layer's spans at its ends, when it has them (else accept the ends first). */
      curatedFrom: z.string().nullable(),
      curatedTo: z.string().nullable(),
    })
    .optional(),
})
export type CurationCandidate = z.infer<typeof CurationCandidateSchema>

/**
 * What the layers have and the curated layer does not yet: spans (by label
 * and extent) and relations (by type and ends), in text order. Items the
 * curator rejected stay listed: rejecting means leaving them out.
 */
export function curationCandidates(
  layers: ReadonlyMap<string, LayerContent>,
  curated: LayerContent,
): CurationCandidate[] {
  const curatedKeys = new Map(curated.spans.map((s) => [spanKey(s), s.id]))
  const out: CurationCandidate[] = []
  for (const [key, group] of groupSpans(layers)) {
    const first = group.spans[0]?.span
    if (!first || curatedKeys.has(key)) continue
    out.push({
      kind: 'span',
      start: first.start,
      end: first.end,
      layers: group.spans.map((g) => g.annotator),
      span: first,
    })
  }
  const curatedById = new Map(curated.spans.map((s) => [s.id, s]))
  const curatedRelations = new Set(
    curated.relations.flatMap((r) => {
      const from = curatedById.get(r.from)
      const to = curatedById.get(r.to)
      return from && to ? [`${r.type}\u0001${spanKey(from)}\u0001${spanKey(to)}`] : []
    }),
  )
  for (const [key, vote] of relationVotes(layers)) {
    if (curatedRelations.has(key)) continue
    out.push({
      kind: 'relation',
      start: minOffset(vote.fromSpan.start, vote.toSpan.start),
      end: maxOffset(vote.fromSpan.end, vote.toSpan.end),
      layers: vote.sources,
      relation: {
        type: vote.relation.type,
        from: vote.fromSpan,
        to: vote.toSpan,
        curatedFrom: curatedKeys.get(vote.fromKey) ?? null,
        curatedTo: curatedKeys.get(vote.toKey) ?? null,
      },
    })
  }
  return out.sort((p, q) => p.start - q.start || p.end - q.end)
}
