/**
 * The open layer's annotations as data: spans, relations, status and note,
 * with the undo/redo log of operations. Every change goes through
 * shared/corpus/ops.ts's `applyOpsTo`, the one definition of what an edit means; the
 * model tells its listener which spans it put and deleted, so views follow.
 */
import type { AnnotationSet, DocumentStatus, Relation, Span } from '../../shared/contract/model.ts'
import {
  applyOpsTo,
  compareRelations,
  compareSpans,
  invertOp,
  type AnnotationOp,
  type OpTarget,
} from '../../shared/corpus/ops.ts'

/** Told of each span the model stores (added or changed) and deletes. */
export interface SpanListener {
  put(span: Span): void
  deleted(id: string): void
}

export class AnnotationModel {
  private readonly spans = new Map<string, Span>()
  private readonly relations = new Map<string, Relation>()
  private readonly undoStack: AnnotationOp[][] = []
  private readonly redoStack: AnnotationOp[][] = []
  private currentStatus: DocumentStatus
  private currentNote: string

  constructor(
    set: AnnotationSet,
    private readonly listener: SpanListener,
  ) {
    for (const span of set.spans) {
      this.spans.set(span.id, span)
      listener.put(span)
    }
    for (const relation of set.relations) this.relations.set(relation.id, relation)
    this.currentStatus = set.status
    this.currentNote = set.note ?? ''
  }

  get status(): DocumentStatus {
    return this.currentStatus
  }

  get note(): string {
    return this.currentNote
  }

  get spanCount(): number {
    return this.spans.size
  }

  get relationCount(): number {
    return this.relations.size
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0
  }

  span(id: string): Span | undefined {
    return this.spans.get(id)
  }

  /** All relations, by id. */
  allRelations(): Relation[] {
    return [...this.relations.values()].sort(compareRelations)
  }

  /** Relations from or to a span. */
  relationsOf(spanId: string): Relation[] {
    return this.allRelations().filter((r) => r.from === spanId || r.to === spanId)
  }

  /** Applies a user edit and records it for undo. */
  edit(ops: AnnotationOp[]): void {
    this.apply(ops)
    this.undoStack.push(ops)
    this.redoStack.length = 0
  }

  /** Undoes the last edit; returns the operations that did it, or null when there was none. */
  undo(): AnnotationOp[] | null {
    const ops = this.undoStack.pop()
    if (!ops) return null
    const inverse = ops.map(invertOp).reverse()
    this.apply(inverse)
    this.redoStack.push(ops)
    return inverse
  }

  /** Redoes the last undone edit; returns its operations, or null when there was none. */
  redo(): AnnotationOp[] | null {
    const ops = this.redoStack.pop()
    if (!ops) return null
    this.apply(ops)
    this.undoStack.push(ops)
    return ops
  }

  /** Becomes `set`, changing only the spans and relations that differ; the history starts afresh. */
  replaceWith(set: AnnotationSet): void {
    const current = {
      spans: [...this.spans.values()].sort(compareSpans),
      relations: this.allRelations(),
    }
    this.apply(replacementOps(current, set))
    this.currentStatus = set.status
    this.currentNote = set.note ?? ''
    this.undoStack.length = 0
    this.redoStack.length = 0
  }

  /** The model as the place edits apply: shared/corpus/ops.ts alone says what an edit means. */
  private readonly target: OpTarget = {
    span: (id) => this.spans.get(id),
    hasRelation: (id) => this.relations.has(id),
    relations: () => this.relations.values(),
    putSpan: (span) => {
      this.spans.set(span.id, span)
      this.listener.put(span)
    },
    deleteSpan: (id) => {
      this.spans.delete(id)
      this.listener.deleted(id)
    },
    putRelation: (relation) => this.relations.set(relation.id, relation),
    deleteRelation: (id) => this.relations.delete(id),
    setStatus: (status) => (this.currentStatus = status),
    setNote: (note) => (this.currentNote = note ?? ''),
  }

  private apply(ops: readonly AnnotationOp[]): void {
    applyOpsTo(this.target, ops)
  }
}

/** Operations that turn `from` into `to`, touching only the spans and relations that differ. */
function replacementOps(
  from: { spans: readonly Span[]; relations: readonly Relation[] },
  to: { spans: readonly Span[]; relations: readonly Relation[] },
): AnnotationOp[] {
  const same = <T extends { id: string }>(list: readonly T[]) =>
    new Map(list.map((x) => [x.id, JSON.stringify(x)]))
  const oldSpans = same(from.spans)
  const newSpans = same(to.spans)
  const oldRelations = same(from.relations)
  const newRelations = same(to.relations)
  const changedSpans = new Set(
    from.spans.filter((s) => newSpans.get(s.id) !== oldSpans.get(s.id)).map((s) => s.id),
  )
  // A relation goes and comes back when it, or a span it links, changed.
  const relationChanged = (r: Relation) =>
    newRelations.get(r.id) !== oldRelations.get(r.id) ||
    changedSpans.has(r.from) ||
    changedSpans.has(r.to)
  return [
    ...from.relations
      .filter(relationChanged)
      .map((relation): AnnotationOp => ({ op: 'removeRelation', relation })),
    ...from.spans
      .filter((s) => changedSpans.has(s.id))
      .map((span): AnnotationOp => ({ op: 'removeSpan', span })),
    ...to.spans
      .filter((s) => oldSpans.get(s.id) !== newSpans.get(s.id))
      .map((span): AnnotationOp => ({ op: 'addSpan', span })),
    ...to.relations
      .filter(relationChanged)
      .map((relation): AnnotationOp => ({ op: 'addRelation', relation })),
  ]
}
