/**
 * Linking two spans into a relation: from the selected span, pick a target
 * (click, or Tab/Shift+Tab through the spans a relation may point to, nearest
 * first), then a relation type when more than one is allowed.
 */
import type { LabelSchema, RelationTypeDef } from '../../shared/contract/model.ts'
import { allowedRelationTypes } from '../../shared/corpus/schema-check.ts'
import type { StoredSpan } from './document-store.ts'

export interface Linking {
  from: string
  /** Spans that some relation type may point to from `from`, nearest first. */
  candidates: string[]
  /** Index into candidates of the one Enter would choose, or -1. */
  index: number
  /** Set once a target is chosen and several types fit. */
  choosing: { to: string; types: RelationTypeDef[] } | null
}

export function startLinking(
  from: StoredSpan,
  spans: readonly StoredSpan[],
  schema: LabelSchema,
): Linking {
  const candidates = spans
    .filter((s) => s.id !== from.id && allowedRelationTypes(schema, from.label, s.label).length > 0)
    .sort((a, b) => distance(from, a) - distance(from, b) || a.start - b.start)
    .map((s) => s.id)
  return { from: from.id, candidates, index: candidates.length ? 0 : -1, choosing: null }
}

export function cycle(linking: Linking, delta: number): Linking {
  const n = linking.candidates.length
  if (n === 0 || linking.choosing) return linking
  return { ...linking, index: (((linking.index + delta) % n) + n) % n }
}

function distance(a: StoredSpan, b: StoredSpan): number {
  return b.start >= a.end ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0
}
