/**
 * Annotation edits as operations. The renderer applies them to its document
 * store, keeps them for undo/redo and sends them to the backend, which applies
 * the same function to the stored set: one definition of what an edit means.
 * Every operation carries what it replaces or removes, so its inverse needs
 * no lookup: removing a span also carries the relations that go with it.
 */
import { z } from 'zod'
import {
  AttributeValueSchema,
  DocumentStatusSchema,
  RelationSchema,
  SpanSchema,
  type AnnotationSet,
  type DocumentStatus,
  type Relation,
  type Span,
} from '../contract/model.ts'
import { CodePointEndSchema, CodePointOffsetSchema } from '../text/offsets.ts'

const SpanChangeSchema = z.object({
  label: z.string().optional(),
  start: CodePointOffsetSchema.optional(),
  end: CodePointEndSchema.optional(),
  text: z.string().optional(),
  /** The whole attribute map; absent means unchanged, {} clears it. */
  attributes: z.record(z.string(), AttributeValueSchema).optional(),
  /** The span's note; "" clears it. */
  note: z.string().optional(),
})
export type SpanChange = z.infer<typeof SpanChangeSchema>

export const AnnotationOpSchema = z.discriminatedUnion('op', [
  z.object({
    op: z.literal('addSpan'),
    span: SpanSchema,
    relations: z.array(RelationSchema).optional(),
  }),
  z.object({
    op: z.literal('removeSpan'),
    span: SpanSchema,
    relations: z.array(RelationSchema).optional(),
  }),
  z.object({
    op: z.literal('updateSpan'),
    id: z.string(),
    before: SpanChangeSchema,
    after: SpanChangeSchema,
  }),
  z.object({ op: z.literal('addRelation'), relation: RelationSchema }),
  z.object({ op: z.literal('removeRelation'), relation: RelationSchema }),
  z.object({
    op: z.literal('setStatus'),
    before: DocumentStatusSchema,
    after: DocumentStatusSchema,
  }),
  z.object({ op: z.literal('setNote'), before: z.string(), after: z.string() }),
])
export type AnnotationOp = z.infer<typeof AnnotationOpSchema>

type Content = Pick<AnnotationSet, 'spans' | 'relations' | 'status' | 'note'>

export class OpError extends Error {}

/** Order of spans on disk and in exports: start, end, label, id. */
export function compareSpans(a: Span, b: Span): number {
  return (
    a.start - b.start ||
    a.end - b.end ||
    (a.label < b.label ? -1 : a.label > b.label ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  )
}

/** Order of relations on disk: by id. */
export function compareRelations(a: Relation, b: Relation): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** The operation that undoes `op`. */
export function invertOp(op: AnnotationOp): AnnotationOp {
  switch (op.op) {
    case 'addSpan':
      return { ...op, op: 'removeSpan' }
    case 'removeSpan':
      return { ...op, op: 'addSpan' }
    case 'updateSpan':
      return { op: 'updateSpan', id: op.id, before: op.after, after: op.before }
    case 'addRelation':
      return { op: 'removeRelation', relation: op.relation }
    case 'removeRelation':
      return { op: 'addRelation', relation: op.relation }
    case 'setStatus':
      return { op: 'setStatus', before: op.after, after: op.before }
    case 'setNote':
      return { op: 'setNote', before: op.after, after: op.before }
  }
}

/** A span with a change applied; empty attributes and notes are dropped, not stored. */
export function changeSpan(span: Span, change: SpanChange): Span {
  const next: Span = { ...span }
  if (change.label !== undefined) next.label = change.label
  if (change.start !== undefined) next.start = change.start
  if (change.end !== undefined) next.end = change.end
  // A resized span is whatever the annotator selected now: contiguous.
  if (change.start !== undefined || change.end !== undefined) delete next.fragments
  if (change.text !== undefined) next.text = change.text
  if (change.attributes !== undefined) {
    if (Object.keys(change.attributes).length) next.attributes = change.attributes
    else delete next.attributes
  }
  if (change.note !== undefined) {
    if (change.note) next.note = change.note
    else delete next.note
  }
  return next
}

/**
 * Where operations apply: the stored set on the backend (see `applyOps`), the
 * open document's index in the renderer. `applyOpsTo` alone says what each
 * operation means; a target only stores.
 */
export interface OpTarget {
  span(id: string): Span | undefined
  hasRelation(id: string): boolean
  relations(): Iterable<Relation>
  putSpan(span: Span): void
  deleteSpan(id: string): void
  putRelation(relation: Relation): void
  deleteRelation(id: string): void
  setStatus(status: DocumentStatus): void
  setNote(note: string | undefined): void
}

/** Applies operations in order to `target`; throws OpError naming the first one that does not fit. */
export function applyOpsTo(target: OpTarget, ops: readonly AnnotationOp[]): void {
  const addRelation = (r: Relation) => {
    if (target.hasRelation(r.id)) throw new OpError(`relation ${r.id} exists already`)
    if (!target.span(r.from) || !target.span(r.to))
      throw new OpError(`relation ${r.id} links a span that does not exist`)
    target.putRelation(r)
  }
  for (const op of ops) {
    switch (op.op) {
      case 'addSpan':
        if (target.span(op.span.id)) throw new OpError(`span ${op.span.id} exists already`)
        target.putSpan(op.span)
        for (const r of op.relations ?? []) addRelation(r)
        break
      case 'removeSpan':
        if (!target.span(op.span.id)) throw new OpError(`span ${op.span.id} does not exist`)
        for (const r of [...target.relations()])
          if (r.from === op.span.id || r.to === op.span.id) target.deleteRelation(r.id)
        target.deleteSpan(op.span.id)
        break
      case 'updateSpan': {
        const span = target.span(op.id)
        if (!span) throw new OpError(`span ${op.id} does not exist`)
        target.putSpan(changeSpan(span, op.after))
        break
      }
      case 'addRelation':
        addRelation(op.relation)
        break
      case 'removeRelation':
        if (!target.hasRelation(op.relation.id))
          throw new OpError(`relation ${op.relation.id} does not exist`)
        target.deleteRelation(op.relation.id)
        break
      case 'setStatus':
        target.setStatus(op.after)
        break
      case 'setNote':
        target.setNote(op.after || undefined)
        break
    }
  }
}

/** Applies operations in order to a copy of `set`; throws OpError naming the first one that does not fit. */
export function applyOps<T extends Content>(set: T, ops: readonly AnnotationOp[]): T {
  const spans = new Map(set.spans.map((s) => [s.id, s]))
  const relations = new Map(set.relations.map((r) => [r.id, r]))
  let status = set.status
  let note = set.note
  applyOpsTo(
    {
      span: (id) => spans.get(id),
      hasRelation: (id) => relations.has(id),
      relations: () => relations.values(),
      putSpan: (span) => spans.set(span.id, span),
      deleteSpan: (id) => spans.delete(id),
      putRelation: (relation) => relations.set(relation.id, relation),
      deleteRelation: (id) => relations.delete(id),
      setStatus: (next) => (status = next),
      setNote: (next) => (note = next),
    },
    ops,
  )
  const next: T = {
    ...set,
    spans: [...spans.values()].sort(compareSpans),
    relations: [...relations.values()].sort(compareRelations),
    status,
  }
  if (note) next.note = note
  else delete next.note
  return next
}
