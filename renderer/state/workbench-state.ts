/**
 * What the workbench shows, in one snapshot the views subscribe to: the open
 * corpus, its document list, the open document and the session's modes. The
 * feature controllers read and change it; only they call `set`.
 */
import type { CorpusInfo } from '../../shared/contract/api.ts'
import type { DocumentSummary, LabelDef, LabelSchema } from '../../shared/contract/model.ts'
import type { ImportOutcome, ImportSession } from '../import/import-session.ts'
import type { DocumentStore } from './document-store.ts'
import type { Linking } from './linking.ts'

/** The one-line banner's message (see notices.ts). */
export interface Notice {
  kind: 'info' | 'error'
  text: string
}

export type WorkbenchView = 'reader' | 'claims' | 'agreement' | 'dashboard' | 'map'

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
  view: WorkbenchView
  /** Whether proposed highlights are shown for the open document. */
  suggesting: boolean
  editingSchema: boolean
  /** Whether the corpus search (Ctrl/⌘+F) is open. */
  searching: boolean
}

export class WorkbenchState {
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

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): WorkbenchSnapshot => this.state

  set(change: Partial<WorkbenchSnapshot>): void {
    this.state = { ...this.state, ...change }
    for (const listener of this.listeners) listener()
  }

  get current(): DocumentStore | null {
    return this.state.current
  }

  get schema(): LabelSchema | undefined {
    return this.state.info?.schema
  }

  labelDef(id: string): LabelDef | undefined {
    return this.schema?.labels.find((l) => l.id === id)
  }

  /** The open document when the user may change it (neither the corpus nor the layer is read-only). */
  writableStore(): DocumentStore | null {
    const store = this.state.current
    return this.state.info?.readOnly || store?.readOnly ? null : store
  }
}
