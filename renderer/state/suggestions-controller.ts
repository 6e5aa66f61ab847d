/**
 * Proposed highlights in the open document (corpus strings, gazetteer, figure
 * patterns, other layers, other occurrences of a span): showing them, walking
 * through them, and accepting or rejecting each. A rejected proposal is not
 * proposed again in this session; one the backend made for the user's own
 * layer is also saved with the backend, which learns from it and never
 * proposes it again in that document.
 */
import type { Span } from '../../shared/contract/model.ts'
import { count } from '../../shared/text/plural.ts'
import type { Suggestion } from '../../shared/suggestions/suggestions.ts'
import { guessAttributes } from '../../shared/suggestions/auto-attributes.ts'
import { call } from '../api.ts'
import type { DocumentStore, StoredSuggestion } from './document-store.ts'
import { newId } from './id.ts'
import type { Notices } from './notices.ts'
import { occurrencesOf } from './occurrences.ts'
import type { WorkbenchState } from './workbench-state.ts'

export class SuggestionsController {
  /** Proposals the user rejected in this session, by document. */
  private readonly rejected = new Map<string, Set<string>>()

  constructor(
    private readonly state: WorkbenchState,
    private readonly notices: Notices,
  ) {}

  /** Whether a proposal is focused, for a and x to act on. */
  get hasFocus(): boolean {
    return this.state.current?.getSnapshot().focusedSuggestion != null
  }

  /** Whether the user rejected this proposal for this document in this session. */
  isRejected(docId: string, proposal: Pick<Suggestion, 'start' | 'end' | 'label'>): boolean {
    return this.rejectedFor(docId).has(proposalKey(proposal))
  }

  /** Shows or hides proposed highlights. */
  async toggle(): Promise<void> {
    const suggesting = !this.state.getSnapshot().suggesting
    this.state.set({ suggesting })
    if (suggesting) await this.load()
    else this.state.current?.setSuggestions([])
  }

  /** A document just opened: its proposals, when they are shown. */
  async documentOpened(): Promise<void> {
    if (this.state.getSnapshot().suggesting) await this.load()
  }

  step(delta: number): void {
    const store = this.state.current
    if (store)
      store.focusSuggestion(store.neighbourSuggestion(store.getSnapshot().focusedSuggestion, delta))
  }

  /** Accepts the focused proposal as a span, with the attributes it brings (or a parse). */
  accept(): void {
    const store = this.state.writableStore()
    const id = store?.getSnapshot().focusedSuggestion
    const proposal = id ? store?.suggestion(id) : undefined
    if (!store || !proposal) return
    if (proposal.suggestion.layers) return this.acceptFromLayers(store, proposal)
    const def = this.state.labelDef(proposal.label)
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

  reject(): void {
    const store = this.state.current
    const id = store?.getSnapshot().focusedSuggestion
    const proposal = id ? store?.suggestion(id) : undefined
    if (!store || !proposal) return
    const { suggestion } = proposal
    this.rejectedFor(store.doc.id).add(proposalKey(suggestion))
    store.removeSuggestion(proposal.id)
    this.afterReview(store)
    if (this.state.writableStore() !== store || store.layer.kind !== 'own') return
    if (suggestion.source === 'layers') return
    const { start, end, label } = suggestion
    void this.notices.guard(async () => {
      await call('suggestions.reject', { docId: store.doc.id, start, end, label })
    })
  }

  /**
   * Proposes every other occurrence of the selected span's text with its label,
   * to walk through one by one: nothing is applied without the user's say.
   */
  reviewOccurrences(): void {
    const store = this.state.writableStore()
    const id = store?.getSnapshot().selectedId
    const stored = id ? store?.span(id) : undefined
    if (!store || !stored)
      return this.notices.notify(
        'info',
        'Select a span first, then press o to review its other occurrences.',
      )
    const occurrences = occurrencesOf(store, stored.span.text, stored.label, stored.span.attributes)
    this.state.set({ suggesting: true })
    store.placeSuggestions(occurrences)
    if (occurrences.length === 0)
      return this.notices.notify('info', `No other untagged occurrence of “${stored.span.text}”.`)
    store.focusSuggestion(store.neighbourSuggestion(null, 1))
    this.notices.notify(
      'info',
      `${count(occurrences.length, 'more occurrence')} of “${stored.span.text}”: a accepts, x rejects, n skips.`,
    )
  }

  private async load(): Promise<void> {
    const store = this.state.current
    if (!store || store.layer.kind !== 'own') return
    await this.notices.guard(async () => {
      await store.flush()
      const rejected = this.rejectedFor(store.doc.id)
      const list = await call('suggestions.list', { docId: store.doc.id })
      store.setSuggestions(list.filter((s) => !rejected.has(proposalKey(s))))
      store.focusSuggestion(store.neighbourSuggestion(null, 1))
      this.notices.notify('info', suggestionsLeft(store.getSnapshot().suggestionCount))
    })
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

  /** The banner counts what is left to review after every decision. */
  private afterReview(store: DocumentStore): void {
    const left = store.getSnapshot().suggestionCount
    this.notices.notify('info', left === 0 ? 'All suggestions reviewed.' : suggestionsLeft(left))
  }

  private rejectedFor(docId: string): Set<string> {
    let set = this.rejected.get(docId)
    if (!set) this.rejected.set(docId, (set = new Set()))
    return set
  }
}

function suggestionsLeft(n: number): string {
  return `${count(n, 'suggestion')}: n/Shift+N move, a accepts, x rejects, g hides them.`
}

function proposalKey(s: Pick<Suggestion, 'start' | 'end' | 'label'>): string {
  return `${s.start}:${s.end}:${s.label}`
}
