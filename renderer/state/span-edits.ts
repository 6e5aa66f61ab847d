/**
 * The operations behind span edits, built from the open document and the
 * schema. Kept apart from the workbench so each edit's rules read in one place.
 */
import type { AttributeValue, LabelDef, LabelSchema } from '../../shared/contract/model.ts'
import type { AnnotationOp } from '../../shared/corpus/ops.ts'
import { checkRelation } from '../../shared/corpus/schema-check.ts'
import { guessAttributes } from '../../shared/suggestions/auto-attributes.ts'
import type { DocumentStore } from './document-store.ts'

/**
 * Relabelling keeps the attributes the new label also has (the user's values
 * win over a fresh guess) and removes relations the new label cannot have.
 */
export function relabelOps(
  store: DocumentStore,
  schema: LabelSchema,
  id: string,
  label: string,
): { ops: AnnotationOp[]; removedRelations: number } {
  const stored = store.span(id)
  if (!stored) return { ops: [], removedRelations: 0 }
  const def: LabelDef | undefined = schema.labels.find((l) => l.id === label)
  const keep = new Set(def?.attributes.map((a) => a.id))
  const kept = Object.fromEntries(
    Object.entries(stored.span.attributes ?? {}).filter(([k]) => keep.has(k)),
  )
  const attributes = { ...guessAttributes(def, store.text, stored.start, stored.end), ...kept }
  const spans = new Map(store.sortedSpans().map((s) => [s.id, s.span]))
  spans.set(id, { ...stored.span, label })
  const broken = store.relationsOf(id).filter((r) => checkRelation(r, spans, schema) !== null)
  const ops: AnnotationOp[] = broken.map((relation) => ({ op: 'removeRelation', relation }))
  ops.push({
    op: 'updateSpan',
    id,
    before: { label: stored.label, attributes: stored.span.attributes ?? {} },
    after: { label, attributes },
  })
  return { ops, removedRelations: broken.length }
}

/** Sets (or, with an empty value, clears) one attribute of a span. */
export function attributeOps(
  store: DocumentStore,
  id: string,
  key: string,
  value: AttributeValue | undefined,
): AnnotationOp[] {
  const stored = store.span(id)
  if (!stored) return []
  const before = stored.span.attributes ?? {}
  const after = { ...before }
  if (value === undefined || value === null || value === '') delete after[key]
  else after[key] = value
  if (before[key] === after[key]) return []
  return [{ op: 'updateSpan', id, before: { attributes: before }, after: { attributes: after } }]
}

export function spanNoteOps(store: DocumentStore, id: string, note: string): AnnotationOp[] {
  const stored = store.span(id)
  if (!stored || (stored.span.note ?? '') === note) return []
  return [{ op: 'updateSpan', id, before: { note: stored.span.note ?? '' }, after: { note } }]
}

/** Deleting a span takes its relations along, so undo brings both back. */
export function removeSpanOps(store: DocumentStore, id: string): AnnotationOp[] {
  const stored = store.span(id)
  return stored ? [{ op: 'removeSpan', span: stored.span, relations: store.relationsOf(id) }] : []
}
