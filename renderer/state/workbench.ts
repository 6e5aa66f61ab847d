/**
 * The workbench controller: the open corpus, its document list, the open
 * document and the user's settings for this session. Commands act on it;
 * components read its snapshot.
 */
import type { CorpusInfo } from '../../shared/api.ts'
import { DocumentStatusSchema } from '../../shared/model.ts'
import type {
  AttributeValue,
  DocumentStatus,
  DocumentSummary,
  LabelDef,
  Span,
} from '../../shared/model.ts'
import { allowedRelationTypes } from '../../shared/schema-check.ts'
import { PhraseMatcher } from '../../shared/phrase-matcher.ts'
import type { Suggestion } from '../../shared/suggestions.ts'
import type { Utf16Offset } from '../../shared/offsets.ts'
import { snapToWords, trimRange } from '../../shared/text.ts'
import { guessAttributes } from '../../shared/auto-attributes.ts'
import { cycle, startLinking, type Linking } from './linking.ts'
import { attributeOps, relabelOps, removeSpanOps, spanNoteOps } from './span-edits.ts'
import { call, exportDataset } from '../api.ts'
import { ImportSession, type ImportOutcome } from '../import/import-session.ts'
import type {
  DocumentStore,
  LayerOf,
  PlacedSuggestion,
  StoredSuggestion,
} from './document-store.ts'
import { TeamController, layerName } from './team.ts'
import { newId } from './id.ts'
import { count } from '../../shared/plural.ts'

export interface Notice {
  kind: 'info' | 'error'
  text: string
}

export interface WorkbenchSnapshot {
  info: CorpusInfo | null
  documents: DocumentSummary[]
  current: DocumentStore | null
  snapToWords: boolean
  notice: Notice | null
  /** The import being previewed or stored, if any. */
  importing: ImportSession | null
  importResults: ImportOutcome | null
  loading: boolean
  linking: Linking | null
  view: 'reader' | 'claims' | 'agreement' | 'dashboard' | 'map'
  /** Whether proposed highlights are shown for the open document. */
  suggesting: boolean
  editingSchema: boolean
  /** Whether the corpus search (Ctrl/⌘+F) is open. */
  searching: boolean
}

/** Reads the reader's current text selection as UTF-16 offsets into the document. */
export type SelectionReader = () => {
  range: [Utf16Offset, Utf16Offset] | null
  /** Drops the selection, leaving a caret at `caretAt` (UTF-16, in the text) when given. */
  clear: (caretAt?: Utf16Offset) => void
}

export class Workbench {
  readonly team = new TeamController(
    () => this.state.info?.annotator ?? '',
    (text) => this.notify('info', text),
    (docId, proposal) => this.rejectedFor(docId).has(proposalKey(proposal)),
  )
  private state: WorkbenchSnapshot = {
    info: null,
    documents: [],
    current: null,
    snapToWords: true,
    notice: null,
    importing: null,
    importResults: null,
    loading: true,
    linking: null,
    view: 'reader',
    suggesting: false,
    editingSchema: false,
    searching: false,
  }
  private readonly listeners = new Set<() => void>()
  private selectionReader: SelectionReader | null = null
  private filePicker: (() => void) | null = null
  /** Proposals the user rejected in this session, by document: not proposed again. */
  private readonly rejected = new Map<string, Set<string>>()
  private unsubscribeCurrent: (() => void) | null = null

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): WorkbenchSnapshot => this.state

  get labels(): LabelDef[] {
    return this.state.info?.schema.labels ?? []
  }

  labelDef(id: string): LabelDef | undefined {
    return this.labels.find((l) => l.id === id)
  }

  setSelectionReader(reader: SelectionReader | null): void {
    this.selectionReader = reader
  }

  /** The UI's way to ask the user for files (a hidden file input). */
  setFilePicker(picker: (() => void) | null): void {
    this.filePicker = picker
  }

  pickFilesToImport(): void {
    this.filePicker?.()
  }

  async load(): Promise<void> {
    await this.guard(async () => {
      const [info, documents] = await Promise.all([
        call('corpus.info', {}),
        call('documents.list', {}),
      ])
      this.set({ info, documents, loading: false })
      await this.team.loadProgress()
      const first = documents.find((d) => d.id === info.lastDocument) ?? documents[0]
      if (first && !this.state.current) await this.openDocument(first.id)
    })
    this.set({ loading: false })
  }

  async openDocument(id: string): Promise<void> {
    await this.guard(async () => {
      await this.state.current?.flush()
      const { document, annotations } = await call('documents.get', { id })
      const store = await this.team.openStore(document, annotations)
      this.unsubscribeCurrent?.()
      this.unsubscribeCurrent = store.subscribe(() => this.syncSummary(store))
      this.set({ current: store, linking: null, view: 'reader' })
      await this.team.opened(store)
      void call('corpus.setLastDocument', { id }).catch(() => undefined)
      if (this.state.suggesting && store.layer.kind === 'own') await this.loadSuggestions()
    })
  }

  /**
   * Files changed on disk (a pull, a sync): the list, the layers and the
   * comparison are read again, and the open layer is brought up to date
   * where nothing in it waits to be saved (a pending edit is saved as usual;
   * if the file moved on under it, the save says so).
   */
  async corpusChanged(): Promise<void> {
    await this.guard(async () => {
      const documents = await call('documents.list', {})
      this.set({ documents })
      await this.team.loadProgress()
      await this.reloadOpenLayer()
      const store = this.state.current
      if (store) await this.team.opened(store)
    })
  }

  /** Only the user's own file of the open document moved (their saves, or a sync of their own work). */
  async ownLayerChanged(): Promise<void> {
    await this.guard(() => this.reloadOpenLayer())
  }

  /** The open layer as it is on disk, when nothing of it waits to be saved. */
  private async reloadOpenLayer(): Promise<void> {
    const store = this.state.current
    if (!store || store.hasUnsaved) return
    const annotator = layerName(store.layer, this.state.info?.annotator ?? '')
    const set = await call('layers.get', { docId: store.doc.id, annotator })
    if (store.reloadFrom(set))
      this.notify('info', `${annotator}'s layer changed on disk: reloaded.`)
  }

  /** Shows the open document (and the next ones) in another layer. */
  async showLayer(layer: LayerOf): Promise<void> {
    this.team.chooseLayer(layer)
    const open = this.state.current?.doc.id
    if (open) await this.openDocument(open)
  }

  async compareWith(annotator: string | null): Promise<void> {
    await this.guard(() => this.team.compareWith(annotator, this.state.current))
  }

  stepDisagreement(delta: number): void {
    const store = this.state.current
    if (store) this.team.step(delta, store)
  }

  /** Moves to the next (+1) or previous (-1) document in the list. */
  async step(delta: number): Promise<void> {
    const { documents, current } = this.state
    const at = documents.findIndex((d) => d.id === current?.doc.id)
    const next = documents[at + delta]
    if (next) await this.openDocument(next.id)
  }

  /** Tags the text selection with `label`, or relabels the selected span. */
  tag(label: string): void {
    const store = this.state.current
    if (!store || this.state.info?.readOnly || store.readOnly) return
    const selection = this.selectionReader?.()
    if (selection?.range) {
      const [from, to] = selection.range
      const bounds = this.state.snapToWords
        ? snapToWords(store.text, from, to)
        : trimRange(store.text, from, to)
      selection.clear(bounds?.[1] ?? to)
      if (!bounds) return this.notify('info', 'The selection holds no words to tag.')
      const existing = store.findSame(bounds[0], bounds[1], label)
      if (existing) return store.select(existing.id)
      const span = store.makeSpan(newId('s'), label, bounds[0], bounds[1])
      const attributes = guessAttributes(this.labelDef(label), store.text, bounds[0], bounds[1])
      store.edit([{ op: 'addSpan', span: attributes ? { ...span, attributes } : span }], span.id)
      return
    }
    const selected = store.getSnapshot().selectedId
    const span = selected ? store.span(selected) : undefined
    const schema = this.state.info?.schema
    if (span && schema && span.label !== label) {
      const { ops, removedRelations } = relabelOps(store, schema, span.id, label)
      store.edit(ops, span.id)
      if (removedRelations) {
        this.notify(
          'info',
          `Relabelling removed ${count(removedRelations, 'relation')} that ${label} cannot have.`,
        )
      }
    } else if (!span) {
      this.notify('info', 'Select some text first, then press a label key.')
    }
  }

  deleteSelected(): void {
    const store = this.writableStore()
    const id = store?.getSnapshot().selectedId
    if (store && id) store.edit(removeSpanOps(store, id), null)
  }

  setAttribute(spanId: string, key: string, value: AttributeValue | undefined): void {
    const store = this.writableStore()
    if (store) store.edit(attributeOps(store, spanId, key, value), spanId)
  }

  setSpanNote(spanId: string, note: string): void {
    const store = this.writableStore()
    if (store) store.edit(spanNoteOps(store, spanId, note), spanId)
  }

  setStatus(status: DocumentStatus): void {
    const store = this.writableStore()
    const before = store?.getSnapshot().status
    if (store && before && before !== status)
      store.edit([{ op: 'setStatus', before, after: status }])
  }

  /** Moves the open document to the next status: new → in progress → done → needs review (→ curated, in the curated layer). */
  cycleStatus(): void {
    const curating = this.state.current?.layer.kind === 'curation'
    const order = DocumentStatusSchema.options.filter((s) => curating || s !== 'curated')
    const current = this.state.current?.getSnapshot().status
    if (current) this.setStatus(order[(order.indexOf(current) + 1) % order.length] ?? 'new')
  }

  setDocumentNote(note: string): void {
    const store = this.writableStore()
    const before = store?.getSnapshot().note ?? ''
    if (store && before !== note) store.edit([{ op: 'setNote', before, after: note }])
  }

  /** Starts linking the selected span to another (a relation). */
  startLinking(): void {
    const store = this.writableStore()
    const schema = this.state.info?.schema
    const id = store?.getSnapshot().selectedId
    const from = id ? store?.span(id) : undefined
    if (!store || !schema) return
    if (!from)
      return this.notify(
        'info',
        'Select a span first (click it), then press r to link it to another.',
      )
    const linking = startLinking(from, store.sortedSpans(), schema)
    if (linking.candidates.length === 0) {
      return this.notify(
        'info',
        `No relation type goes from ${from.label} to any span in this document.`,
      )
    }
    this.set({ linking, notice: this.linkingNotice(linking) })
  }

  /** Says which span Enter would link to, so the keyboard user knows where they are. */
  private linkingNotice(linking: Linking): Notice {
    const store = this.state.current
    const from = store?.span(linking.from)
    const target = store?.span(linking.candidates[linking.index] ?? '')
    const quote = (s: typeof from) => (s ? `“${s.span.text}” (${s.label})` : '')
    return {
      kind: 'info',
      text: `Link ${quote(from)} to ${quote(target)}? Enter links, Tab/Shift+Tab picks another, or click one; Esc cancels.`,
    }
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

  get isLinking(): boolean {
    return this.state.linking !== null
  }

  get isChoosingRelationType(): boolean {
    return this.state.linking?.choosing != null
  }

  cycleLinkTarget(delta: number): void {
    if (!this.state.linking) return
    const linking = cycle(this.state.linking, delta)
    this.set({ linking, notice: this.linkingNotice(linking) })
  }

  /** Chooses the relation's target: the given span, or the current candidate. */
  chooseLinkTarget(to?: string): void {
    const linking = this.state.linking
    const store = this.state.current
    const schema = this.state.info?.schema
    if (!linking || !store || !schema || linking.choosing) return
    const from = store.span(linking.from)
    const target = store.span(to ?? linking.candidates[linking.index] ?? '')
    if (!from || !target || target.id === from.id) return
    const types = allowedRelationTypes(schema, from.label, target.label)
    const only = types[0]
    if (!only)
      return this.notify('info', `No relation type goes from ${from.label} to ${target.label}.`)
    if (types.length === 1) return this.link(from.id, target.id, only.id)
    this.set({ linking: { ...linking, choosing: { to: target.id, types } } })
  }

  chooseRelationType(index: number): void {
    const linking = this.state.linking
    const type = linking?.choosing?.types[index]
    if (linking?.choosing && type) this.link(linking.from, linking.choosing.to, type.id)
  }

  cancelLinking(): void {
    if (this.state.linking) this.set({ linking: null, notice: null })
  }

  private link(from: string, to: string, type: string): void {
    const store = this.state.current
    this.set({ linking: null, notice: null })
    if (!store) return
    const same = store
      .relationsOf(from)
      .some((r) => r.from === from && r.to === to && r.type === type)
    if (same) return store.select(from)
    store.edit([{ op: 'addRelation', relation: { id: newId('r'), type, from, to } }], from)
  }

  removeRelation(id: string): void {
    const store = this.writableStore()
    const relation = store?.allRelations().find((r) => r.id === id)
    if (store && relation) store.edit([{ op: 'removeRelation', relation }])
  }

  /** Shows or hides proposed highlights (corpus strings, gazetteer, figure patterns). */
  async toggleSuggestions(): Promise<void> {
    const suggesting = !this.state.suggesting
    this.set({ suggesting })
    if (suggesting) await this.loadSuggestions()
    else this.state.current?.setSuggestions([])
  }

  private async loadSuggestions(): Promise<void> {
    const store = this.state.current
    if (!store || store.layer.kind !== 'own') return
    await this.guard(async () => {
      await store.flush()
      const rejected = this.rejectedFor(store.doc.id)
      const list = await call('suggestions.list', { docId: store.doc.id })
      store.setSuggestions(list.filter((s) => !rejected.has(proposalKey(s))))
      store.focusSuggestion(store.neighbourSuggestion(null, 1))
      this.notify('info', suggestionsLeft(store.getSnapshot().suggestionCount))
    })
  }

  stepSuggestion(delta: number): void {
    const store = this.state.current
    if (store)
      store.focusSuggestion(store.neighbourSuggestion(store.getSnapshot().focusedSuggestion, delta))
  }

  /** Accepts the focused proposal as a span, with the attributes it brings (or a parse). */
  acceptSuggestion(): void {
    const store = this.writableStore()
    const id = store?.getSnapshot().focusedSuggestion
    const proposal = id ? store?.suggestion(id) : undefined
    if (!store || !proposal) return
    if (proposal.suggestion.layers) return this.acceptFromLayers(store, proposal)
    const def = this.labelDef(proposal.label)
    const known = new Set(def?.attributes.map((a) => a.id))
    const given = Object.fromEntries(
      Object.entries(proposal.suggestion.attributes ?? {}).filter(([k]) => known.has(k)),
    )
    const attributes = {
      ...guessAttributes(def, store.text, proposal.start, proposal.end),
      ...given,
    }
    const span = store.makeSpan(newId('s'), proposal.label, proposal.start, proposal.end)
    store.removeSuggestion(proposal.id)
    store.edit(
      [{ op: 'addSpan', span: Object.keys(attributes).length ? { ...span, attributes } : span }],
      null,
    )
    this.afterReview(store)
  }

  /** Another layer's span, taken as it is, recording the layers it came from. */
  private acceptFromLayers(store: DocumentStore, proposal: StoredSuggestion): void {
    const { attributes, note, layers } = proposal.suggestion
    const span: Span = store.makeSpan(newId('s'), proposal.label, proposal.start, proposal.end)
    if (attributes) span.attributes = attributes
    if (note) span.note = note
    if (layers && store.layer.kind === 'curation') span.sources = layers
    store.removeSuggestion(proposal.id)
    store.edit([{ op: 'addSpan', span }], span.id)
    this.afterReview(store)
  }

  rejectSuggestion(): void {
    const store = this.state.current
    const id = store?.getSnapshot().focusedSuggestion
    const proposal = id ? store?.suggestion(id) : undefined
    if (!store || !proposal) return
    this.rejectedFor(store.doc.id).add(proposalKey(proposal.suggestion))
    store.removeSuggestion(proposal.id)
    this.afterReview(store)
  }

  /**
   * Proposes every other occurrence of the selected span's text with its label,
   * to walk through one by one: nothing is applied without the user's say.
   */
  annotateAllOccurrences(): void {
    const store = this.writableStore()
    const id = store?.getSnapshot().selectedId
    const stored = id ? store?.span(id) : undefined
    if (!store || !stored)
      return this.notify(
        'info',
        'Select a span first, then press o to review its other occurrences.',
      )
    const occurrences = occurrencesOf(store, stored.span.text, stored.label, stored.span.attributes)
    this.set({ suggesting: true })
    store.placeSuggestions(occurrences)
    if (occurrences.length === 0)
      return this.notify('info', `No other untagged occurrence of “${stored.span.text}”.`)
    store.focusSuggestion(store.neighbourSuggestion(null, 1))
    this.notify(
      'info',
      `${count(occurrences.length, 'more occurrence')} of “${stored.span.text}”: a accepts, x rejects, n skips.`,
    )
  }

  get hasFocusedSuggestion(): boolean {
    return this.state.current?.getSnapshot().focusedSuggestion != null
  }

  /** The banner counts what is left to review after every decision. */
  private afterReview(store: DocumentStore): void {
    const left = store.getSnapshot().suggestionCount
    this.notify('info', left === 0 ? 'All suggestions reviewed.' : suggestionsLeft(left))
  }

  private rejectedFor(docId: string): Set<string> {
    let set = this.rejected.get(docId)
    if (!set) this.rejected.set(docId, (set = new Set()))
    return set
  }

  openSearch(open: boolean): void {
    this.set({ searching: open })
  }

  editSchema(open: boolean): void {
    if (open) void this.state.current?.flush()
    this.set({ editingSchema: open })
  }

  /** After a schema change: the labels, the list and the open document, as now stored. */
  async schemaSaved(): Promise<void> {
    this.set({ editingSchema: false })
    await this.guard(async () => {
      const [info, documents] = await Promise.all([
        call('corpus.info', {}),
        call('documents.list', {}),
      ])
      const open = this.state.current?.doc.id
      this.set({ info, documents, current: null })
      if (open) await this.openDocument(open)
      this.notify('info', 'Schema saved.')
    })
  }

  showView(view: WorkbenchSnapshot['view']): void {
    this.set({ view, linking: null })
  }

  private writableStore(): DocumentStore | null {
    const store = this.state.current
    return this.state.info?.readOnly || store?.readOnly ? null : store
  }

  toggleSnap(): void {
    this.set({ snapToWords: !this.state.snapToWords })
  }

  /** Picked or dropped files: the one way in, which opens the import preview. */
  async importFiles(files: readonly File[]): Promise<void> {
    if (files.length === 0 || this.state.importing) return
    const session = new ImportSession(files, (outcome) => void this.importFinished(outcome))
    this.set({ importing: session, importResults: null })
    await session.start()
  }

  cancelImport(): void {
    this.state.importing?.dispose()
    this.set({ importing: null })
  }

  private async importFinished(outcome: ImportOutcome): Promise<void> {
    this.state.importing?.dispose()
    // The results name documents, so the list holds them by the time the results show.
    await this.guard(() => this.refreshDocuments())
    this.set({ importing: null, importResults: outcome })
    await this.guard(async () => {
      const firstNew = outcome.results.find((r) => r.status === 'imported')
      if (firstNew?.docId) await this.openDocument(firstNew.docId)
    })
  }

  /** The document list as stored now, after the backend changed it. */
  async refreshDocuments(): Promise<void> {
    this.set({ documents: await call('documents.list', {}) })
  }

  dismissImportResults(): void {
    this.set({ importResults: null })
  }

  async exportJsonl(): Promise<void> {
    await this.guard(async () => {
      await this.state.current?.flush()
      const message = await exportDataset('jsonl')
      if (message) this.notify('info', message)
    })
  }

  async setAnnotator(annotator: string): Promise<void> {
    await this.guard(async () => {
      await this.state.current?.flush()
      const info = await call('corpus.setAnnotator', { annotator })
      const documents = await call('documents.list', {})
      const open = this.state.current?.doc.id
      this.set({ info, documents, current: null })
      if (open) await this.openDocument(open)
    })
  }

  notify(kind: Notice['kind'], text: string): void {
    this.set({ notice: { kind, text } })
  }

  dismissNotice(): void {
    this.set({ notice: null })
  }

  private syncSummary(store: DocumentStore): void {
    if (store.layer.kind !== 'own') return
    const snap = store.getSnapshot()
    const documents = this.state.documents.map((d) =>
      d.id === store.doc.id && (d.spanCount !== snap.spanCount || d.status !== snap.status)
        ? { ...d, spanCount: snap.spanCount, status: snap.status }
        : d,
    )
    if (documents.some((d, i) => d !== this.state.documents[i])) this.set({ documents })
  }

  private async guard(task: () => Promise<void>): Promise<void> {
    try {
      await task()
    } catch (err) {
      this.notify('error', err instanceof Error ? err.message : String(err))
    }
  }

  private set(change: Partial<WorkbenchSnapshot>): void {
    this.state = { ...this.state, ...change }
    for (const listener of this.listeners) listener()
  }
}

function suggestionsLeft(n: number): string {
  return `${count(n, 'suggestion')}: n/Shift+N move, a accepts, x rejects, g hides them.`
}

function proposalKey(s: Pick<Suggestion, 'start' | 'end' | 'label'>): string {
  return `${s.start}:${s.end}:${s.label}`
}

/** Untagged occurrences of `quote` in the document, as proposals with this label. */
function occurrencesOf(
  store: DocumentStore,
  quote: string,
  label: string,
  attributes: Suggestion['attributes'],
): PlacedSuggestion[] {
  const matcher = new PhraseMatcher<true>()
  matcher.add(quote, true)
  return matcher
    .match(store.text)
    .filter((m) => !store.findSame(m.start, m.end, label))
    .map(({ start, end }) => ({
      start,
      end,
      suggestion: {
        start: store.offsets.toCodePoint(start),
        end: store.offsets.toCodePoint(end),
        label,
        text: store.text.slice(start, end),
        source: 'corpus',
        reason: `another occurrence of “${quote}”`,
        ...(attributes ? { attributes } : {}),
      },
    }))
}
