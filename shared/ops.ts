/**
 * Annotation edits as operations. The renderer applies them to its document
 * store, keeps them for undo/redo and sends them to the backend, which applies
 * the same function to the stored set: one definition of what an edit means.
 */
import { z } from 'zod'
import { DocumentStatusSchema, SpanSchema, type AnnotationSet, type Span } from './model.ts'

const SpanChangeSchema = z.object({
  label: z.string().optional(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().positive().optional(),
  text: z.string().optional(),
})

export const AnnotationOpSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('addSpan'), span: SpanSchema }),
  z.object({ op: z.literal('removeSpan'), span: SpanSchema }),
  z.object({
    op: z.literal('updateSpan'),
    id: z.string(),
    before: SpanChangeSchema,
    after: SpanChangeSchema,
  }),
  z.object({
    op: z.literal('setStatus'),
    before: DocumentStatusSchema,
    after: DocumentStatusSchema,
  }),
])
export type AnnotationOp = z.infer<typeof AnnotationOpSchema>

type Content = Pick<AnnotationSet, 'spans' | 'relations' | 'status'>

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

/** The operation that undoes `op`. */
export function invertOp(op: AnnotationOp): AnnotationOp {
  switch (op.op) {
    case 'addSpan':
      return { op: 'removeSpan', span: op.span }
    case 'removeSpan':
      return { op: 'addSpan', span: op.span }
    case 'updateSpan':
      return { op: 'updateSpan', id: op.id, before: op.after, after: op.before }
    case 'setStatus':
      return { op: 'setStatus', before: op.after, after: op.before }
  }
}

/** Applies operations in order; throws OpError naming the first one that does not fit. */
export function applyOps<T extends Content>(set: T, ops: readonly AnnotationOp[]): T {
  const spans = new Map(set.spans.map((s) => [s.id, s]))
  let relations = set.relations
  let status = set.status
  for (const op of ops) {
    switch (op.op) {
      case 'addSpan':
        if (spans.has(op.span.id)) throw new OpError(`span ${op.span.id} exists already`)
        spans.set(op.span.id, op.span)
        break
      case 'removeSpan':
        if (!spans.delete(op.span.id)) throw new OpError(`span ${op.span.id} does not exist`)
        relations = relations.filter((r) => r.from !== op.span.id && r.to !== op.span.id)
        break
      case 'updateSpan': {
        const span = spans.get(op.id)
        if (!span) throw new OpError(`span ${op.id} does not exist`)
        spans.set(op.id, { ...span, ...definedFields(op.after) })
        break
      }
      case 'setStatus':
        status = op.after
        break
    }
  }
  return { ...set, spans: [...spans.values()].sort(compareSpans), relations, status }
}

function definedFields(change: z.infer<typeof SpanChangeSchema>): Partial<Span> {
  return Object.fromEntries(Object.entries(change).filter(([, v]) => v !== undefined))
}
