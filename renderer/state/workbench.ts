/**
 * The workbench controller: the open corpus, its document list, the open
 * document and the user's settings for this session. Commands act on it;
 * components read its snapshot.
 */
import type { CorpusInfo, ImportResult } from '../../shared/api.ts'
import type { DocumentSummary, LabelDef } from '../../shared/model.ts'
import { snapToWords, trimRange } from '../../shared/text.ts'
import { ApiError, call, exportDataset } from '../api.ts'
import { DocumentStore } from './document-store.ts'
import { newId } from './id.ts'
import { PermanentSaveError, type SendOps } from './saver.ts'

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
  importResults: ImportResult[] | null
  loading: boolean
}

/** Reads the reader's current text selection as UTF-16 offsets into the document. */
export type SelectionReader = () => { range: [number, number] | null; clear: () => void }

const sendOps: SendOps = async (docId, revision, ops, { keepalive }) => {
  try {
    return await call('annotations.apply', { docId, revision, ops }, { keepalive })
  } catch (err) {
    if (err instanceof ApiError && err.code !== 'network' && err.code !== 'internal') {
      throw new PermanentSaveError(err.message)
    }
    throw err
  }
}

export class Workbench {
  private state: WorkbenchSnapshot = {
    info: null,
    documents: [],
    current: null,
    snapToWords: true,
    notice: null,
    importResults: null,
    loading: true,
  }
  private readonly listeners = new Set<() => void>()
  private selectionReader: SelectionReader | null = null
  private filePicker: (() => void) | null = null
  private unsubscribeCurrent: (() => void) | null = null

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): WorkbenchSnapshot => this.state

  get labels(): LabelDef[] {
    return this.state.info?.schema.labels ?? []
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
      const first = documents[0]
      if (first && !this.state.current) await this.openDocument(first.id)
    })
    this.set({ loading: false })
  }

  async openDocument(id: string): Promise<void> {
    await this.guard(async () => {
      await this.state.current?.flush()
      const { document, annotations } = await call('documents.get', { id })
      const store = new DocumentStore(document, annotations, sendOps)
      this.unsubscribeCurrent?.()
      this.unsubscribeCurrent = store.subscribe(() => this.syncSummary(store))
      this.set({ current: store })
    })
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
    if (!store || this.state.info?.readOnly) return
    const selection = this.selectionReader?.()
    if (selection?.range) {
      const [from, to] = selection.range
      const bounds = this.state.snapToWords
        ? snapToWords(store.text, from, to)
        : trimRange(store.text, from, to)
      selection.clear()
      if (!bounds) return this.notify('info', 'The selection holds no words to tag.')
      const existing = store.findSame(bounds[0], bounds[1], label)
      if (existing) return store.select(existing.id)
      const span = store.makeSpan(newId('s'), label, bounds[0], bounds[1])
      store.edit([{ op: 'addSpan', span }], span.id)
      return
    }
    const selected = store.getSnapshot().selectedId
    const span = selected ? store.span(selected) : undefined
    if (span && span.label !== label) {
      store.edit(
        [{ op: 'updateSpan', id: span.id, before: { label: span.label }, after: { label } }],
        span.id,
      )
    } else if (!span) {
      this.notify('info', 'Select some text first, then press a label key.')
    }
  }

  deleteSelected(): void {
    const store = this.state.current
    const id = store?.getSnapshot().selectedId
    const span = id ? store?.span(id) : undefined
    if (store && span && !this.state.info?.readOnly)
      store.edit([{ op: 'removeSpan', span: span.span }], null)
  }

  toggleSnap(): void {
    this.set({ snapToWords: !this.state.snapToWords })
  }

  async importFiles(files: readonly File[]): Promise<void> {
    if (files.length === 0) return
    await this.guard(async () => {
      const payload = await Promise.all(
        files.map(async (f) => ({ name: f.name, base64: await toBase64(f) })),
      )
      const results = await call('import.files', { files: payload })
      const documents = await call('documents.list', {})
      this.set({ documents, importResults: results })
      const firstNew = results.find((r) => r.status === 'imported')
      if (firstNew?.docId && !this.state.current) await this.openDocument(firstNew.docId)
    })
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

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}
