/**
 * Team annotation in the reader: which layer of the open document is shown
 * (the user's own, another annotator's read-only, or the curated layer), the
 * layer it is compared with and where they disagree, and the curation
 * candidates. The documents controller opens documents through `openStore`.
 */
import type { Disagreement } from '../../shared/agreement/compare.ts'
import type { CurationCandidate } from '../../shared/agreement/curation.ts'
import {
  CURATION_LAYER,
  type AnnotationSet,
  type DocumentRecord,
  type Span,
} from '../../shared/contract/model.ts'
import type { ProgressReport } from '../../shared/agreement/assignment.ts'
import type { Suggestion } from '../../shared/suggestions/suggestions.ts'
import type { LayerSummary } from '../../shared/contract/team-api.ts'
import { call } from '../api.ts'
import { DocumentStore, type LayerOf } from './document-store.ts'
import { newId } from './id.ts'
import { opSender, refuseOps } from './send-ops.ts'

export interface TeamSnapshot {
  /** The layer documents open in. */
  layer: LayerOf
  /** Every annotator's layer of the open document, with counts. */
  layers: LayerSummary[]
  /** The annotator (or `curation`) the open layer is compared with. */
  compareWith: string | null
  disagreements: Disagreement[]
  /** The disagreement stepped to, or -1. */
  at: number
  /** In the curated layer: relations the layers have and it has not yet. */
  relationCandidates: CurationCandidate[]
  /**
   * Who codes each document and how far they are (document id → annotator →
   * status): the assigned annotators, or everyone with a file; shown in the
   * document list where a document has an assignment or several coders.
   */
  coders: ProgressReport['documents']
  assigned: boolean
}

export class TeamController {
  private state: TeamSnapshot = {
    layer: { kind: 'own' },
    layers: [],
    compareWith: null,
    disagreements: [],
    at: -1,
    relationCandidates: [],
    coders: {},
    assigned: false,
  }
  private readonly listeners = new Set<() => void>()

  constructor(
    /** The user's own annotator name. */
    private readonly me: () => string,
    private readonly notify: (text: string) => void,
    /** Proposals the user rejected in this session are not proposed again. */
    private readonly rejected: (docId: string, proposal: Suggestion) => boolean,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): TeamSnapshot => this.state

  /** The open document's store, in the chosen layer. */
  async openStore(document: DocumentRecord, own: AnnotationSet): Promise<DocumentStore> {
    const { layer } = this.state
    if (layer.kind === 'annotator') {
      const set = await call('layers.get', { docId: document.id, annotator: layer.name })
      return new DocumentStore(document, set, refuseOps, layer)
    }
    if (layer.kind === 'curation') {
      const started = await call('curation.start', { docId: document.id })
      if (started.created) {
        const { spans, relations } = started.preAccepted
        this.notify(
          `Curation started: ${spans} span(s) and ${relations} relation(s) that every layer agrees on are accepted.`,
        )
      }
      return new DocumentStore(document, started.annotations, opSender('curation.apply'), layer)
    }
    return new DocumentStore(document, own, opSender('annotations.apply'))
  }

  /** After a store opened: the layer list, the comparison, and the curation candidates. */
  async opened(store: DocumentStore): Promise<void> {
    const { layers } = await call('layers.list', { docId: store.doc.id })
    this.set({ layers, disagreements: [], at: -1, relationCandidates: [] })
    if (store.layer.kind === 'curation') await this.loadCandidates(store)
    if (this.state.compareWith) await this.compare(store)
  }

  /** Reads who codes which document (after opening the corpus, and when files changed on disk). */
  async loadProgress(): Promise<void> {
    const [progress, { assignment }] = await Promise.all([
      call('annotators.progress', {}),
      call('assignment.get', {}),
    ])
    this.set({ coders: progress.documents, assigned: assignment !== null })
  }

  /** Shows documents in `layer` from now on (the documents controller reopens the open one). */
  chooseLayer(layer: LayerOf): void {
    this.set({
      layer,
      compareWith: sameLayer(layer, this.state.compareWith, this.me())
        ? null
        : this.state.compareWith,
    })
  }

  async compareWith(name: string | null, store: DocumentStore | null): Promise<void> {
    this.set({ compareWith: name, disagreements: [], at: -1 })
    if (!store) return
    if (name) await this.compare(store)
    else if (store.layer.kind !== 'curation') store.setSuggestions([])
  }

  /** Steps to the next (+1) or previous (-1) disagreement: its span in this layer is selected, or the other layer's proposed. */
  step(delta: number, store: DocumentStore): void {
    const { disagreements, at } = this.state
    if (!disagreements.length) {
      this.notify(
        this.state.compareWith
          ? 'The two layers agree everywhere.'
          : 'Choose a layer to compare with first.',
      )
      return
    }
    const next =
      at < 0
        ? delta > 0
          ? 0
          : disagreements.length - 1
        : (at + delta + disagreements.length) % disagreements.length
    this.set({ at: next })
    const d = disagreements[next]
    if (!d) return
    const mine = d.a.find((id) => store.span(id))
    if (mine) return store.select(mine)
    const theirs = store
      .sortedSuggestions()
      .find(
        (p) =>
          p.suggestion.start === d.start ||
          (p.suggestion.start < d.end && d.start < p.suggestion.end),
      )
    store.focusSuggestion(theirs?.id ?? null)
  }

  /** Adds a relation candidate to the curated layer, between the curated spans at its ends. */
  acceptRelation(candidate: CurationCandidate, store: DocumentStore): void {
    const relation = candidate.relation
    if (!relation || store.layer.kind !== 'curation') return
    const from = sameSpan(store, relation.from)
    const to = sameSpan(store, relation.to)
    if (!from || !to) {
      this.notify('Accept both ends of the relation into the curated layer first.')
      return
    }
    store.edit(
      [
        {
          op: 'addRelation',
          relation: { id: newId('r'), type: relation.type, from, to, sources: candidate.layers },
        },
      ],
      from,
    )
    this.set({ relationCandidates: this.state.relationCandidates.filter((c) => c !== candidate) })
  }

  private async loadCandidates(store: DocumentStore): Promise<void> {
    const { candidates } = await call('curation.candidates', { docId: store.doc.id })
    const focused = store.suggestion(store.getSnapshot().focusedSuggestion ?? '')?.suggestion
    store.setSuggestions(
      candidates
        .flatMap((c) => (c.span ? [layerSuggestion(c.span, c.layers)] : []))
        .filter((s) => !this.rejected(store.doc.id, s)),
    )
    // Reading the candidates again (after a pull) keeps the curator's place.
    const again = focused
      ? store.sortedSuggestions().find((p) => sameProposal(p.suggestion, focused))
      : undefined
    store.focusSuggestion(again?.id ?? store.neighbourSuggestion(null, 1))
    this.set({ relationCandidates: candidates.filter((c) => c.kind === 'relation') })
  }

  private async compare(store: DocumentStore): Promise<void> {
    const other = this.state.compareWith
    if (!other) return
    const mine = layerName(store.layer, this.me())
    const [{ disagreements }, theirs] = await Promise.all([
      call('layers.compare', { docId: store.doc.id, a: mine, b: other }),
      call('layers.get', { docId: store.doc.id, annotator: other }),
    ])
    if (this.state.compareWith !== other) return
    this.set({ disagreements, at: -1 })
    if (store.layer.kind === 'curation') return
    const involved = new Set(disagreements.flatMap((d) => d.b))
    store.setSuggestions(
      theirs.spans.filter((s) => involved.has(s.id)).map((s) => layerSuggestion(s, [other])),
    )
  }

  private set(change: Partial<TeamSnapshot>): void {
    this.state = { ...this.state, ...change }
    for (const listener of this.listeners) listener()
  }
}

/** The annotator name a layer is stored under. */
export function layerName(layer: LayerOf, me: string): string {
  return layer.kind === 'own' ? me : layer.kind === 'curation' ? CURATION_LAYER : layer.name
}

function sameLayer(layer: LayerOf, name: string | null, me: string): boolean {
  return name !== null && layerName(layer, me) === name
}

/** A span of another layer as a proposal: accepted as it is, recording where it came from. */
function layerSuggestion(span: Span, layers: string[]): Suggestion {
  const suggestion: Suggestion = {
    start: span.start,
    end: span.end,
    label: span.label,
    text: span.text,
    source: 'layers',
    reason: `in ${layers.join(', ')}`,
    layers,
  }
  if (span.attributes) suggestion.attributes = span.attributes
  if (span.note) suggestion.note = span.note
  return suggestion
}

function sameProposal(a: Suggestion, b: Suggestion): boolean {
  return a.start === b.start && a.end === b.end && a.label === b.label
}

/** The id of the open layer's span with the same label and extent as `span`. */
function sameSpan(store: DocumentStore, span: Span): string | undefined {
  return store
    .sortedSpans()
    .find(
      (s) => s.span.label === span.label && s.span.start === span.start && s.span.end === span.end,
    )?.id
}
