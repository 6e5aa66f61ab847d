/**
 * One open document: its spans, indexed by paragraph for painting, the
 * undo/redo log of operations, and autosave. Edits are operations from
 * shared/corpus/ops.ts; a change re-indexes only the paragraphs it touches, so only
 * those re-render.
 */
import type {
  AnnotationSet,
  DocumentRecord,
  DocumentStatus,
  Relation,
  Span,
} from '../../shared/contract/model.ts'
import {
  applyOpsTo,
  compareRelations,
  invertOp,
  type AnnotationOp,
  type OpTarget,
} from '../../shared/corpus/ops.ts'
import { OffsetMap } from '../../shared/text/offsets.ts'
import type { Suggestion } from '../../shared/suggestions/suggestions.ts'
import { Paragraphs } from './paragraphs.ts'
import { paragraphSegments, type Segment, type ViewSpan } from './segments.ts'
import { Saver, type SaveState, type SendOps } from './saver.ts'

/** The layer an open document shows. */
export type LayerOf = { kind: 'own' } | { kind: 'annotator'; name: string } | { kind: 'curation' }

export interface DocumentSnapshot {
  /** Bumps on every change to the spans; decorations are recomputed from it. */
  version: number
  spanCount: number
  relationCount: number
  selectedId: string | null
  /** The proposed highlight that a (accept) and x (reject) act on. */
  focusedSuggestion: string | null
  suggestionCount: number
  status: DocumentStatus
  note: string
  canUndo: boolean
  canRedo: boolean
  save: SaveState
}

export interface StoredSpan extends ViewSpan {
  span: Span
}

export interface StoredSuggestion extends ViewSpan {
  suggested: true
  suggestion: Suggestion
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
  private readonly suggestions = new Map<string, StoredSuggestion>()
  private readonly buckets = new Map<number, ViewSpan[]>()
  private readonly segmentCache = new Map<number, HighlightRange[]>()
  private readonly undoStack: AnnotationOp[][] = []
  private readonly redoStack: AnnotationOp[][] = []
  private readonly listeners = new Set<() => void>()
  private readonly saver: Saver
  private sortedCache: StoredSpan[] | null = null
  private spansChanged = false
  private state: DocumentSnapshot

  /** Whose layer this is: the user's own, another annotator's (read-only), or the curated layer. */
  readonly layer: LayerOf
  /** Another annotator's layer: shown, never edited. */
  readonly readOnly: boolean

  constructor(
    readonly doc: DocumentRecord,
    annotations: AnnotationSet,
    send: SendOps,
    layer: LayerOf = { kind: 'own' },
  ) {
    this.layer = layer
    this.readOnly = layer.kind === 'annotator'
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
      focusedSuggestion: null,
      suggestionCount: 0,
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

  /** Calls `listener` with `select(snapshot)` each time that changes. Returns the unsubscribe. */
  watch<T>(select: (snapshot: DocumentSnapshot) => T, listener: (value: T) => void): () => void {
    let last = select(this.state)
    return this.subscribe(() => {
      const next = select(this.state)
      if (next === last) return
      last = next
      listener(next)
    })
  }

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

  /** Replaces the proposed highlights (shown dashed until accepted or rejected). */
  setSuggestions(list: readonly Suggestion[]): void {
    for (const id of [...this.suggestions.keys()]) this.dropSuggestion(id)
    list.forEach((suggestion, i) => {
      const entry: StoredSuggestion = {
        id: `g${i}`,
        label: suggestion.label,
        start: this.offsets.toUtf16(suggestion.start),
        end: this.offsets.toUtf16(suggestion.end),
        suggested: true,
        suggestion,
      }
      this.suggestions.set(entry.id, entry)
      this.place(entry)
    })
    this.spansChanged = true
    this.emit({ focusedSuggestion: null })
  }

  /** Removes one proposal (accepted or rejected) and focuses the next one after it. */
  removeSuggestion(id: string): void {
    const next = this.neighbourSuggestion(id, 1)
    this.dropSuggestion(id)
    this.emit({
      focusedSuggestion: next && next !== id ? next : (this.sortedSuggestions()[0]?.id ?? null),
    })
  }

  suggestion(id: string): StoredSuggestion | undefined {
    return this.suggestions.get(id)
  }

  sortedSuggestions(): StoredSuggestion[] {
    return [...this.suggestions.values()].sort((a, b) => a.start - b.start || a.end - b.end)
  }

  /** Focuses a proposal (and clears the span selection, so keys act on the proposal). */
  focusSuggestion(id: string | null): void {
    this.emit({ focusedSuggestion: id && this.suggestions.has(id) ? id : null, selectedId: null })
  }

  /** The proposal `delta` steps from `id` in reading order (or the first/last). */
  neighbourSuggestion(id: string | null, delta: number): string | null {
    const list = this.sortedSuggestions()
    if (list.length === 0) return null
    const at = list.findIndex((s) => s.id === id)
    if (at < 0) return (delta > 0 ? list[0] : list[list.length - 1])?.id ?? null
    return list[Math.min(list.length - 1, Math.max(0, at + delta))]?.id ?? null
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
    const same = this.buckets
      .get(first)
      ?.find((s) => !s.suggested && s.start === start && s.end === end && s.label === label)
    return same ? this.spans.get(same.id) : undefined
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
    if (id !== this.state.selectedId || this.state.focusedSuggestion) {
      this.emit({ selectedId: id && this.spans.has(id) ? id : null, focusedSuggestion: null })
    }
  }

  /** Saves pending edits now; resolves when the backend has them. */
  flush(options: { keepalive?: boolean } = {}): Promise<void> {
    return this.saver.flush(options)
  }

  get hasUnsaved(): boolean {
    return this.saver.hasUnsaved
  }

  /** The layer's revision on disk as of the last save (or the opening). */
  get savedRevision(): number {
    return this.saver.savedRevision
  }

  /**
   * Takes the layer as it now is on disk (changed by a pull or a sync), when
   * nothing here waits to be saved: only what changed is re-indexed and
   * repainted; undo starts afresh. False when there was nothing new.
   */
  reloadFrom(set: AnnotationSet): boolean {
    if (this.saver.hasUnsaved || set.revision === this.saver.savedRevision) return false
    const ops = replacementOps(
      { spans: this.sortedSpans().map((s) => s.span), relations: this.allRelations() },
      set,
    )
    this.applyLocal(ops)
    this.state = { ...this.state, status: set.status, note: set.note ?? '' }
    this.undoStack.length = 0
    this.redoStack.length = 0
    this.saver.rebase(set.revision)
    this.emit({
      selectedId: this.spans.has(this.state.selectedId ?? '') ? this.state.selectedId : null,
    })
    return true
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

  /** The store's index as the place edits apply: shared/corpus/ops.ts alone says what an edit means. */
  private readonly target: OpTarget = {
    span: (id) => this.spans.get(id)?.span,
    hasRelation: (id) => this.relations.has(id),
    relations: () => this.relations.values(),
    putSpan: (span) => {
      this.unindex(span.id)
      this.index(span)
    },
    deleteSpan: (id) => this.unindex(id),
    putRelation: (relation) => this.relations.set(relation.id, relation),
    deleteRelation: (id) => this.relations.delete(id),
    setStatus: (status) => (this.state = { ...this.state, status }),
    setNote: (note) => (this.state = { ...this.state, note: note ?? '' }),
  }

  private applyLocal(ops: readonly AnnotationOp[]): void {
    applyOpsTo(this.target, ops)
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
    this.place(stored)
    // An accepted or hand-made span replaces the proposal it covers.
    for (const s of this.suggestions.values()) {
      if (s.label === stored.label && s.start < stored.end && stored.start < s.end)
        this.dropSuggestion(s.id)
    }
  }

  private unindex(id: string): void {
    const stored = this.spans.get(id)
    if (!stored) return
    this.spans.delete(id)
    this.displace(stored)
  }

  /** Puts an entry in the buckets of the paragraphs it touches. */
  private place(entry: ViewSpan): void {
    const [first, last] = this.paragraphs.range(entry.start, entry.end)
    for (let p = first; p <= last; p++) {
      const bucket = this.buckets.get(p)
      if (bucket) bucket.push(entry)
      else this.buckets.set(p, [entry])
      this.segmentCache.delete(p)
    }
  }

  private displace(entry: ViewSpan): void {
    const [first, last] = this.paragraphs.range(entry.start, entry.end)
    for (let p = first; p <= last; p++) {
      const bucket = this.buckets.get(p)?.filter((s) => s !== entry)
      if (bucket?.length) this.buckets.set(p, bucket)
      else this.buckets.delete(p)
      this.segmentCache.delete(p)
    }
  }

  private dropSuggestion(id: string): void {
    const entry = this.suggestions.get(id)
    if (!entry) return
    this.suggestions.delete(id)
    this.displace(entry)
    this.spansChanged = true
  }

  private emit(change: Partial<DocumentSnapshot>): void {
    this.state = {
      ...this.state,
      ...change,
      version: this.spansChanged ? this.state.version + 1 : this.state.version,
      spanCount: this.spans.size,
      relationCount: this.relations.size,
      suggestionCount: this.suggestions.size,
      canUndo: this.undoStack.length > 0,
      canRedo: this.redoStack.length > 0,
      save: this.saver.state,
    }
    this.spansChanged = false
    for (const listener of this.listeners) listener()
  }
}

const EMPTY: HighlightRange[] = []

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
  return [
    ...from.relations
      .filter(
        (r) =>
          newRelations.get(r.id) !== oldRelations.get(r.id) ||
          changedSpans.has(r.from) ||
          changedSpans.has(r.to),
      )
      .map((relation): AnnotationOp => ({ op: 'removeRelation', relation })),
    ...from.spans
      .filter((s) => changedSpans.has(s.id))
      .map((span): AnnotationOp => ({ op: 'removeSpan', span })),
    ...to.spans
      .filter((s) => oldSpans.get(s.id) !== newSpans.get(s.id))
      .map((span): AnnotationOp => ({ op: 'addSpan', span })),
    ...to.relations
      .filter(
        (r) =>
          oldRelations.get(r.id) !== newRelations.get(r.id) ||
          changedSpans.has(r.from) ||
          changedSpans.has(r.to),
      )
      .map((relation): AnnotationOp => ({ op: 'addRelation', relation })),
  ]
}
