/**
 * One open document as the reader and the commands see it: the annotation
 * model and its undo log (annotation-model.ts), the spans in UTF-16 for the
 * view, the highlights by paragraph (reader/highlight-index.ts), the proposed
 * highlights (suggestion-list.ts), the selection and focus, and autosave
 * (saver.ts). A change re-indexes only the paragraphs it touches, so only
 * those re-render.
 */
import type {
  AnnotationSet,
  DocumentRecord,
  DocumentStatus,
  Relation,
  Span,
} from '../../shared/contract/model.ts'
import type { AnnotationOp } from '../../shared/corpus/ops.ts'
import { OffsetMap, type Utf16Offset } from '../../shared/text/offsets.ts'
import type { Suggestion } from '../../shared/suggestions/suggestions.ts'
import { HighlightIndex, type HighlightRange } from '../reader/highlight-index.ts'
import type { Paragraphs } from '../reader/paragraphs.ts'
import type { ViewSpan } from '../reader/segments.ts'
import { AnnotationModel } from './annotation-model.ts'
import { SuggestionList, type PlacedSuggestion, type StoredSuggestion } from './suggestion-list.ts'
import { Saver, type SaveState, type SendOps } from './saver.ts'

export type { HighlightRange } from '../reader/highlight-index.ts'
export type { PlacedSuggestion, StoredSuggestion } from './suggestion-list.ts'

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

/** A stored span (code points) with its bounds in UTF-16 for the view. */
export interface StoredSpan extends ViewSpan {
  span: Span
}

export class DocumentStore {
  readonly offsets: OffsetMap
  private readonly view: HighlightIndex
  private readonly proposals: SuggestionList
  private readonly model: AnnotationModel
  private readonly spans = new Map<string, StoredSpan>()
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
    this.view = new HighlightIndex(doc.text)
    this.proposals = new SuggestionList(this.view)
    this.model = new AnnotationModel(annotations, {
      put: (span) => this.index(span),
      deleted: (id) => this.unindex(id),
    })
    this.saver = new Saver(doc.id, annotations.revision, send, () => this.emit({}))
    this.state = {
      version: 0,
      spanCount: this.model.spanCount,
      relationCount: this.model.relationCount,
      selectedId: null,
      focusedSuggestion: null,
      suggestionCount: 0,
      status: this.model.status,
      note: this.model.note,
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

  get paragraphs(): Paragraphs {
    return this.view.paragraphs
  }

  /** Highlights of one paragraph; the same array (and objects) until that paragraph changes. */
  highlights(paragraph: number): HighlightRange[] {
    return this.view.highlights(paragraph)
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
    this.placeSuggestions(
      list.map((suggestion) => ({
        suggestion,
        start: this.offsets.toUtf16(suggestion.start),
        end: this.offsets.toUtf16(suggestion.end),
      })),
    )
  }

  /** The same, for proposals found in this text: their UTF-16 bounds are known already. */
  placeSuggestions(list: readonly PlacedSuggestion[]): void {
    this.proposals.replace(list)
    this.spansChanged = true
    this.emit({ focusedSuggestion: null })
  }

  /** Removes one proposal (accepted or rejected) and focuses the next one after it. */
  removeSuggestion(id: string): void {
    const next = this.proposals.remove(id)
    this.spansChanged = true
    this.emit({ focusedSuggestion: next })
  }

  suggestion(id: string): StoredSuggestion | undefined {
    return this.proposals.get(id)
  }

  sortedSuggestions(): StoredSuggestion[] {
    return this.proposals.sorted()
  }

  /** Focuses a proposal (and clears the span selection, so keys act on the proposal). */
  focusSuggestion(id: string | null): void {
    this.emit({ focusedSuggestion: id && this.proposals.has(id) ? id : null, selectedId: null })
  }

  /** The proposal `delta` steps from `id` in reading order (or the first/last). */
  neighbourSuggestion(id: string | null, delta: number): string | null {
    return this.proposals.neighbour(id, delta)
  }

  /** All relations, by id. */
  allRelations(): Relation[] {
    return this.model.allRelations()
  }

  /** Relations from or to a span. */
  relationsOf(spanId: string): Relation[] {
    return this.model.relationsOf(spanId)
  }

  /** Spans with exactly these UTF-16 bounds and label. */
  findSame(start: Utf16Offset, end: Utf16Offset, label: string): StoredSpan | undefined {
    const same = this.view.find(
      start,
      end,
      (s) => !s.suggested && s.start === start && s.end === end && s.label === label,
    )
    return same ? this.spans.get(same.id) : undefined
  }

  /** Builds a stored span (code point offsets, exact quote) from UTF-16 bounds. */
  makeSpan(id: string, label: string, start16: Utf16Offset, end16: Utf16Offset): Span {
    const start = this.offsets.toCodePoint(start16)
    const end = this.offsets.toCodePoint(end16)
    return { id, start, end, label, text: this.offsets.slice(start, end) }
  }

  /** Applies a user edit: recorded for undo, saved in the background. */
  edit(ops: AnnotationOp[], select: string | null = this.state.selectedId): void {
    if (ops.length === 0) return
    this.changed(() => this.model.edit(ops))
    this.saver.push(ops)
    this.emit({ selectedId: this.spans.has(select ?? '') ? select : null })
  }

  undo(): void {
    const inverse = this.changed(() => this.model.undo())
    if (!inverse) return
    this.saver.push(inverse)
    this.emit({ selectedId: this.selectAfter(inverse) })
  }

  redo(): void {
    const ops = this.changed(() => this.model.redo())
    if (!ops) return
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
    this.changed(() => this.model.replaceWith(set))
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

  /** Runs a change of the model; the spans' order and the decorations are then recomputed. */
  private changed<T>(change: () => T): T {
    const result = change()
    this.sortedCache = null
    this.spansChanged = true
    return result
  }

  private index(span: Span): void {
    this.unindex(span.id)
    const stored: StoredSpan = {
      id: span.id,
      label: span.label,
      start: this.offsets.toUtf16(span.start),
      end: this.offsets.toUtf16(span.end),
      span,
    }
    this.spans.set(span.id, stored)
    this.view.place(stored)
    this.proposals.dropCoveredBy(stored)
  }

  private unindex(id: string): void {
    const stored = this.spans.get(id)
    if (!stored) return
    this.spans.delete(id)
    this.view.displace(stored)
  }

  private emit(change: Partial<DocumentSnapshot>): void {
    this.state = {
      ...this.state,
      ...change,
      version: this.spansChanged ? this.state.version + 1 : this.state.version,
      spanCount: this.model.spanCount,
      relationCount: this.model.relationCount,
      suggestionCount: this.proposals.size,
      status: this.model.status,
      note: this.model.note,
      canUndo: this.model.canUndo,
      canRedo: this.model.canRedo,
      save: this.saver.state,
    }
    this.spansChanged = false
    for (const listener of this.listeners) listener()
  }
}
