/**
 * The corpus and its documents: loading them, opening one (in the chosen
 * layer), stepping through the list, reading them again when files change on
 * disk, and keeping the list's counts in step with the open document.
 */
import type { CorpusInfo } from '../../shared/contract/api.ts'
import type { DocumentSummary } from '../../shared/contract/model.ts'
import { call } from '../api.ts'
import type { DocumentStore, LayerOf } from './document-store.ts'
import type { Notices } from './notices.ts'
import type { SuggestionsController } from './suggestions-controller.ts'
import { layerName, type TeamController } from './team.ts'
import type { WorkbenchState } from './workbench-state.ts'

export class DocumentsController {
  private unsubscribeCurrent: (() => void) | null = null

  constructor(
    private readonly state: WorkbenchState,
    private readonly notices: Notices,
    private readonly team: TeamController,
    private readonly suggestions: SuggestionsController,
  ) {}

  /** The corpus, its list, and the document last open (or the first). */
  async load(): Promise<void> {
    await this.notices.guard(async () => {
      const [info, documents] = await readCorpus()
      this.state.set({ info, documents, loading: false })
      await this.team.loadProgress()
      const first = documents.find((d) => d.id === info.lastDocument) ?? documents[0]
      if (first && !this.state.current) await this.open(first.id)
    })
    this.state.set({ loading: false })
  }

  async open(id: string): Promise<void> {
    await this.notices.guard(async () => {
      await this.state.current?.flush()
      const { document, annotations } = await call('documents.get', { id })
      const store = await this.team.openStore(document, annotations)
      this.unsubscribeCurrent?.()
      this.unsubscribeCurrent = store.subscribe(() => this.syncSummary(store))
      this.state.set({ current: store, linking: null, view: 'reader' })
      await this.team.opened(store)
      void call('corpus.setLastDocument', { id }).catch(() => undefined)
      await this.suggestions.documentOpened()
    })
  }

  /** Moves to the next (+1) or previous (-1) document in the list. */
  async step(delta: number): Promise<void> {
    const { documents, current } = this.state.getSnapshot()
    const at = documents.findIndex((d) => d.id === current?.doc.id)
    const next = documents[at + delta]
    if (next) await this.open(next.id)
  }

  /** The document list as stored now, after the backend changed it. */
  async refresh(): Promise<void> {
    this.state.set({ documents: await call('documents.list', {}) })
  }

  /**
   * The corpus read again after it changed under the open document (its
   * schema, or whose annotations are shown): `info` when the change returned
   * it. The open document is opened again.
   */
  async reload(info?: CorpusInfo): Promise<void> {
    const [next, documents] = info ? [info, await call('documents.list', {})] : await readCorpus()
    const open = this.state.current?.doc.id
    this.state.set({ info: next, documents, current: null })
    if (open) await this.open(open)
  }

  /**
   * Files changed on disk (a pull, a sync): the list, the layers and the
   * comparison are read again, and the open layer is brought up to date
   * where nothing in it waits to be saved (a pending edit is saved as usual;
   * if the file moved on under it, the save says so).
   */
  async corpusChanged(): Promise<void> {
    await this.notices.guard(async () => {
      await this.refresh()
      await this.team.loadProgress()
      await this.reloadOpenLayer()
      const store = this.state.current
      if (store) await this.team.opened(store)
    })
  }

  /** Only the user's own file of the open document moved (their saves, or a sync of their own work). */
  async ownLayerChanged(): Promise<void> {
    await this.notices.guard(() => this.reloadOpenLayer())
  }

  /** Shows the open document (and the next ones) in another layer. */
  async showLayer(layer: LayerOf): Promise<void> {
    this.team.chooseLayer(layer)
    const open = this.state.current?.doc.id
    if (open) await this.open(open)
  }

  async compareWith(annotator: string | null): Promise<void> {
    await this.notices.guard(() => this.team.compareWith(annotator, this.state.current))
  }

  stepDisagreement(delta: number): void {
    const store = this.state.current
    if (store) this.team.step(delta, store)
  }

  /** Works on as another annotator: their own layer of every document. */
  async setAnnotator(annotator: string): Promise<void> {
    await this.notices.guard(async () => {
      await this.state.current?.flush()
      await this.reload(await call('corpus.setAnnotator', { annotator }))
    })
  }

  /**
   * The open layer as it is on disk, when nothing of it waits to be saved.
   * Its revision is asked first: after each of the user's own saves the file
   * is at the revision the save returned, and a long document's layer is not
   * read (and parsed in the page) again for nothing.
   */
  private async reloadOpenLayer(): Promise<void> {
    const store = this.state.current
    if (!store || store.hasUnsaved) return
    const annotator = layerName(store.layer, this.state.getSnapshot().info?.annotator ?? '')
    const { layers } = await call('layers.list', { docId: store.doc.id })
    const onDisk = layers.find((l) => l.annotator === annotator)?.revision
    if (onDisk !== undefined && onDisk === store.savedRevision) return
    const set = await call('layers.get', { docId: store.doc.id, annotator })
    if (store.reloadFrom(set))
      this.notices.notify('info', `${annotator}'s layer changed on disk: reloaded.`)
  }

  /** The list shows the open document's span count and status as they change. */
  private syncSummary(store: DocumentStore): void {
    if (store.layer.kind !== 'own') return
    const snap = store.getSnapshot()
    const before = this.state.getSnapshot().documents
    const documents = before.map((d) =>
      d.id === store.doc.id && (d.spanCount !== snap.spanCount || d.status !== snap.status)
        ? { ...d, spanCount: snap.spanCount, status: snap.status }
        : d,
    )
    if (documents.some((d, i) => d !== before[i])) this.state.set({ documents })
  }
}

function readCorpus(): Promise<[CorpusInfo, DocumentSummary[]]> {
  return Promise.all([call('corpus.info', {}), call('documents.list', {})])
}
