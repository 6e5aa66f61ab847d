/**
 * One open document: its spans, indexed by paragraph for painting, the
 * undo/redo log of operations, and autosave. Edits are operations from
 * shared/ops.ts; a change re-indexes only the paragraphs it touches, so only
 * those re-render.
 */
import type {
  AnnotationSet,
  DocumentRecord,
  DocumentStatus,
  Relation,
  Span,
} from '../../shared/model.ts'
import { changeSpan, compareRelations, invertOp, type AnnotationOp } from '../../shared/ops.ts'
import { OffsetMap } from '../../shared/offsets.ts'
import { Paragraphs } from './paragraphs.ts'
import { paragraphSegments, type Segment, type ViewSpan } from './segments.ts'
import { Saver, type SaveState, type SendOps } from './saver.ts'

export interface DocumentSnapshot {
  /** Bumps on every change to the spans; decorations are recomputed from it. */
  version: number
  spanCount: number
  relationCount: number
  selectedId: string | null
  status: DocumentStatus
  note: string
  canUndo: boolean
  canRedo: boolean
  save: SaveState
}

export interface StoredSpan extends ViewSpan {
  span: Span
}

/** A highlight as a Slate decoration: a range in one paragraph's text, with its segment. */
export interface HighlightRange {
  anchor: { path: number[]; offset: number }
  focus: { path: number[]; offset: number }
  hl: Segment
}

export class DocumentStore {
  readonly offsets: OffsetMap
  readonly paragraphs: Paragraphs
  private readonly spans = new Map<string, StoredSpan>()
  private readonly relations = new Map<string, Relation>()
  private readonly buckets = new Map<number, StoredSpan[]>()
  private readonly segmentCache = new Map<number, HighlightRange[]>()
  private readonly undoStack: AnnotationOp[][] = []
  private readonly redoStack: AnnotationOp[][] = []
  private readonly listeners = new Set<() => void>()
  private readonly saver: Saver
  private sortedCache: StoredSpan[] | null = null
  private spansChanged = false
  private state: DocumentSnapshot

  constructor(
    readonly doc: DocumentRecord,
    annotations: AnnotationSet,
    send: SendOps,
  ) {
    this.offsets = new OffsetMap(doc.text)
    this.paragraphs = new Paragraphs(doc.text)
    for (const span of annotations.spans) this.index(span)
    for (const relation of annotations.relations) this.relations.set(relation.id, relation)
    this.saver = new Saver(doc.id, annotations.revision, send, () => this.emit({}))
    this.state = {
      version: 0,
      spanCount: this.spans.size,
      relationCount: this.relations.size,
      selectedId: null,
      status: annotations.status,
      note: annotations.note ?? '',
      canUndo: false,
      canRedo: false,
      save: this.saver.state,
    }
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): DocumentSnapshot => this.state

  get text(): string {
    return this.doc.text
  }

  /** Highlights of one paragraph; the same array (and objects) until that paragraph changes. */
  highlights(paragraph: number): HighlightRange[] {
    let cached = this.segmentCache.get(paragraph)
    if (!cached) {
      const spans = this.buckets.get(paragraph) ?? []
      const path = [paragraph, 0]
      cached = spans.length
        ? paragraphSegments(
            spans,
            this.paragraphs.start(paragraph),
            this.paragraphs.end(paragraph),
          ).map((hl) => ({
            anchor: { path, offset: hl.start },
            focus: { path, offset: hl.end },
            hl,
          }))
        : EMPTY
      this.segmentCache.set(paragraph, cached)
    }
    return cached
  }

  /** All spans in reading order. */
  sortedSpans(): StoredSpan[] {
    this.sortedCache ??= [...this.spans.values()].sort(
      (a, b) => a.start - b.start || a.end - b.end || (a.id < b.id ? -1 : 1),
    )
    return this.sortedCache
  }

  span(id: string): StoredSpan | undefined {
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

  /** Spans with exactly these UTF-16 bounds and label. */
  findSame(start: number, end: number, label: string): StoredSpan | undefined {
    const [first] = this.paragraphs.range(start, end)
    return this.buckets
      .get(first)
      ?.find((s) => s.start === start && s.end === end && s.label === label)
  }

  /** Builds a stored span (code point offsets, exact quote) from UTF-16 bounds. */
  makeSpan(id: string, label: string, start16: number, end16: number): Span {
    const start = this.offsets.toCodePoint(start16)
    const end = this.offsets.toCodePoint(end16)
    return { id, start, end, label, text: this.offsets.slice(start, end) }
  }

  /** Applies a user edit: recorded for undo, saved in the background. */
  edit(ops: AnnotationOp[], select: string | null = this.state.selectedId): void {
    if (ops.length === 0) return
    this.applyLocal(ops)
    this.undoStack.push(ops)
    this.redoStack.length = 0
    this.saver.push(ops)
    this.emit({ selectedId: this.spans.has(select ?? '') ? select : null })
  }

  undo(): void {
    const ops = this.undoStack.pop()
    if (!ops) return
    const inverse = ops.map(invertOp).reverse()
    this.applyLocal(inverse)
    this.redoStack.push(ops)
    this.saver.push(inverse)
    this.emit({ selectedId: this.selectAfter(inverse) })
  }

  redo(): void {
    const ops = this.redoStack.pop()
    if (!ops) return
    this.applyLocal(ops)
    this.undoStack.push(ops)
    this.saver.push(ops)
    this.emit({ selectedId: this.selectAfter(ops) })
  }

  select(id: string | null): void {
    if (id !== this.state.selectedId)
      this.emit({ selectedId: id && this.spans.has(id) ? id : null })
  }

  /** Saves pending edits now; resolves when the backend has them. */
  flush(options: { keepalive?: boolean } = {}): Promise<void> {
    return this.saver.flush(options)
  }

  get hasUnsaved(): boolean {
    return this.saver.hasUnsaved
  }

  private selectAfter(ops: AnnotationOp[]): string | null {
    const last = ops[ops.length - 1]
    if (last?.op === 'addSpan') return last.span.id
    if (last?.op === 'updateSpan') return last.id
    if (last?.op === 'addRelation' || last?.op === 'removeRelation') return last.relation.from
    return this.state.selectedId && this.spans.has(this.state.selectedId)
      ? this.state.selectedId
      : null
  }

  private applyLocal(ops: readonly AnnotationOp[]): void {
    for (const op of ops) {
      switch (op.op) {
        case 'addSpan':
          this.index(op.span)
          for (const r of op.relations ?? []) this.relations.set(r.id, r)
          break
        case 'removeSpan':
          this.unindex(op.span.id)
          for (const [id, r] of this.relations) {
            if (r.from === op.span.id || r.to === op.span.id) this.relations.delete(id)
          }
          break
        case 'updateSpan': {
          const current = this.spans.get(op.id)
          if (!current) break
          this.unindex(op.id)
          this.index(changeSpan(current.span, op.after))
          break
        }
        case 'addRelation':
          this.relations.set(op.relation.id, op.relation)
          break
        case 'removeRelation':
          this.relations.delete(op.relation.id)
          break
        case 'setStatus':
          this.state = { ...this.state, status: op.after }
          break
        case 'setNote':
          this.state = { ...this.state, note: op.after }
          break
      }
    }
    this.sortedCache = null
    this.spansChanged = true
  }

  private index(span: Span): void {
    const stored: StoredSpan = {
      id: span.id,
      label: span.label,
      start: this.offsets.toUtf16(span.start),
      end: this.offsets.toUtf16(span.end),
      span,
    }
    this.spans.set(span.id, stored)
    const [first, last] = this.paragraphs.range(stored.start, stored.end)
    for (let p = first; p <= last; p++) {
      const bucket = this.buckets.get(p)
      if (bucket) bucket.push(stored)
      else this.buckets.set(p, [stored])
      this.segmentCache.delete(p)
    }
  }

  private unindex(id: string): void {
    const stored = this.spans.get(id)
    if (!stored) return
    this.spans.delete(id)
    const [first, last] = this.paragraphs.range(stored.start, stored.end)
    for (let p = first; p <= last; p++) {
      const bucket = this.buckets.get(p)?.filter((s) => s.id !== id)
      if (bucket?.length) this.buckets.set(p, bucket)
      else this.buckets.delete(p)
      this.segmentCache.delete(p)
    }
  }

  private emit(change: Partial<DocumentSnapshot>): void {
    this.state = {
      ...this.state,
      ...change,
      version: this.spansChanged ? this.state.version + 1 : this.state.version,
      spanCount: this.spans.size,
      relationCount: this.relations.size,
      canUndo: this.undoStack.length > 0,
      canRedo: this.redoStack.length > 0,
      save: this.saver.state,
    }
    this.spansChanged = false
    for (const listener of this.listeners) listener()
  }
}

const EMPTY: HighlightRange[] = []
