/**
 * The user's edits to the open document: tagging the text selection (or
 * relabelling the selected span), a span's attributes and note, deleting it,
 * moving the selection, and the document's status and note.
 */
import { guessAttributes } from '../../shared/suggestions/auto-attributes.ts'
import { DocumentStatusSchema } from '../../shared/contract/model.ts'
import type { AttributeValue, DocumentStatus } from '../../shared/contract/model.ts'
import type { Utf16Offset } from '../../shared/text/offsets.ts'
import { count } from '../../shared/text/plural.ts'
import { snapToWords, trimRange } from '../../shared/text/text.ts'
import type { DocumentStore } from './document-store.ts'
import { newId } from './id.ts'
import type { Notices } from './notices.ts'
import { attributeOps, relabelOps, removeSpanOps, spanNoteOps } from './span-edits.ts'
import type { WorkbenchState } from './workbench-state.ts'

/** Reads the reader's current text selection as UTF-16 offsets into the document. */
export type SelectionReader = () => {
  range: [Utf16Offset, Utf16Offset] | null
  /** Drops the selection, leaving a caret at `caretAt` (UTF-16, in the text) when given. */
  clear: (caretAt?: Utf16Offset) => void
}

export class EditingController {
  private selectionReader: SelectionReader | null = null

  constructor(
    private readonly state: WorkbenchState,
    private readonly notices: Notices,
  ) {}

  setSelectionReader(reader: SelectionReader | null): void {
    this.selectionReader = reader
  }

  /** Widens selections to whole words when tagging, or not. */
  toggleSnap(): void {
    this.state.set({ snapToWords: !this.state.getSnapshot().snapToWords })
  }

  /** Tags the text selection with `label`, or relabels the selected span. */
  tag(label: string): void {
    const store = this.state.writableStore()
    if (!store) return
    const selection = this.selectionReader?.()
    if (selection?.range) return this.tagSelection(store, label, selection.range, selection.clear)
    const selected = store.getSnapshot().selectedId
    const span = selected ? store.span(selected) : undefined
    const schema = this.state.schema
    if (span && schema && span.label !== label) {
      const { ops, removedRelations } = relabelOps(store, schema, span.id, label)
      store.edit(ops, span.id)
      if (removedRelations) {
        this.notices.notify(
          'info',
          `Relabelling removed ${count(removedRelations, 'relation')} that ${label} cannot have.`,
        )
      }
    } else if (!span) {
      this.notices.notify('info', 'Select some text first, then press a label key.')
    }
  }

  deleteSelected(): void {
    const store = this.state.writableStore()
    const id = store?.getSnapshot().selectedId
    if (store && id) store.edit(removeSpanOps(store, id), null)
  }

  setAttribute(spanId: string, key: string, value: AttributeValue | undefined): void {
    const store = this.state.writableStore()
    if (store) store.edit(attributeOps(store, spanId, key, value), spanId)
  }

  setSpanNote(spanId: string, note: string): void {
    const store = this.state.writableStore()
    if (store) store.edit(spanNoteOps(store, spanId, note), spanId)
  }

  /** Moves the span selection to the next (+1) or previous (-1) span in reading order. */
  stepSpan(delta: number): void {
    const store = this.state.current
    const spans = store?.sortedSpans() ?? []
    if (!store || spans.length === 0) return
    const at = spans.findIndex((s) => s.id === store.getSnapshot().selectedId)
    const next =
      at < 0
        ? delta > 0
          ? 0
          : spans.length - 1
        : Math.min(spans.length - 1, Math.max(0, at + delta))
    const id = spans[next]?.id
    if (id) store.select(id)
  }

  setStatus(status: DocumentStatus): void {
    const store = this.state.writableStore()
    const before = store?.getSnapshot().status
    if (store && before && before !== status)
      store.edit([{ op: 'setStatus', before, after: status }])
  }

  /** Moves the open document to the next status: new → in progress → done → needs review (→ curated, in the curated layer). */
  cycleStatus(): void {
    const current = this.state.current
    const curating = current?.layer.kind === 'curation'
    const order = DocumentStatusSchema.options.filter((s) => curating || s !== 'curated')
    const status = current?.getSnapshot().status
    if (status) this.setStatus(order[(order.indexOf(status) + 1) % order.length] ?? 'new')
  }

  setDocumentNote(note: string): void {
    const store = this.state.writableStore()
    const before = store?.getSnapshot().note ?? ''
    if (store && before !== note) store.edit([{ op: 'setNote', before, after: note }])
  }

  /** A new span over the selection (snapped or trimmed), or the same one selected again. */
  private tagSelection(
    store: DocumentStore,
    label: string,
    [from, to]: [Utf16Offset, Utf16Offset],
    clear: (caretAt?: Utf16Offset) => void,
  ): void {
    const bounds = this.state.getSnapshot().snapToWords
      ? snapToWords(store.text, from, to)
      : trimRange(store.text, from, to)
    clear(bounds?.[1] ?? to)
    if (!bounds) return this.notices.notify('info', 'The selection holds no words to tag.')
    const existing = store.findSame(bounds[0], bounds[1], label)
    if (existing) return store.select(existing.id)
    const span = store.makeSpan(newId('s'), label, bounds[0], bounds[1])
    const attributes = guessAttributes(this.state.labelDef(label), store.text, bounds[0], bounds[1])
    store.edit([{ op: 'addSpan', span: attributes ? { ...span, attributes } : span }], span.id)
  }
}
