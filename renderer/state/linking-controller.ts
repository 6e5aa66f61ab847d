/**
 * Linking two spans into a relation from the keyboard or the mouse: start at
 * the selected span, step through the targets, choose one and, when several
 * relation types fit, the type. Also removes a relation.
 */
import { allowedRelationTypes } from '../../shared/corpus/schema-check.ts'
import { newId } from './id.ts'
import { cycle, startLinking, type Linking } from './linking.ts'
import type { Notices } from './notices.ts'
import type { Notice, WorkbenchState } from './workbench-state.ts'

export class LinkingController {
  constructor(
    private readonly state: WorkbenchState,
    private readonly notices: Notices,
  ) {}

  /** Whether a link is being made (its target or type not chosen yet). */
  get active(): boolean {
    return this.state.getSnapshot().linking !== null
  }

  /** Whether the target is chosen and the user picks among several relation types. */
  get choosingType(): boolean {
    return this.state.getSnapshot().linking?.choosing != null
  }

  /** Starts linking the selected span to another (a relation). */
  start(): void {
    const store = this.state.writableStore()
    const schema = this.state.schema
    const id = store?.getSnapshot().selectedId
    const from = id ? store?.span(id) : undefined
    if (!store || !schema) return
    if (!from)
      return this.notices.notify(
        'info',
        'Select a span first (click it), then press r to link it to another.',
      )
    const linking = startLinking(from, store.sortedSpans(), schema)
    if (linking.candidates.length === 0) {
      return this.notices.notify(
        'info',
        `No relation type goes from ${from.label} to any span in this document.`,
      )
    }
    this.state.set({ linking, notice: this.notice(linking) })
  }

  cycleTarget(delta: number): void {
    const current = this.state.getSnapshot().linking
    if (!current) return
    const linking = cycle(current, delta)
    this.state.set({ linking, notice: this.notice(linking) })
  }

  /** Chooses the relation's target: the given span, or the current candidate. */
  chooseTarget(to?: string): void {
    const linking = this.state.getSnapshot().linking
    const store = this.state.current
    const schema = this.state.schema
    if (!linking || !store || !schema || linking.choosing) return
    const from = store.span(linking.from)
    const target = store.span(to ?? linking.candidates[linking.index] ?? '')
    if (!from || !target || target.id === from.id) return
    const types = allowedRelationTypes(schema, from.label, target.label)
    const only = types[0]
    if (!only)
      return this.notices.notify(
        'info',
        `No relation type goes from ${from.label} to ${target.label}.`,
      )
    if (types.length === 1) return this.link(from.id, target.id, only.id)
    this.state.set({ linking: { ...linking, choosing: { to: target.id, types } } })
  }

  chooseRelationType(index: number): void {
    const linking = this.state.getSnapshot().linking
    const type = linking?.choosing?.types[index]
    if (linking?.choosing && type) this.link(linking.from, linking.choosing.to, type.id)
  }

  cancel(): void {
    if (this.active) this.state.set({ linking: null, notice: null })
  }

  removeRelation(id: string): void {
    const store = this.state.writableStore()
    const relation = store?.allRelations().find((r) => r.id === id)
    if (store && relation) store.edit([{ op: 'removeRelation', relation }])
  }

  private link(from: string, to: string, type: string): void {
    const store = this.state.current
    this.state.set({ linking: null, notice: null })
    if (!store) return
    const same = store
      .relationsOf(from)
      .some((r) => r.from === from && r.to === to && r.type === type)
    if (same) return store.select(from)
    store.edit([{ op: 'addRelation', relation: { id: newId('r'), type, from, to } }], from)
  }

  /** Says which span Enter would link to, so the keyboard user knows where they are. */
  private notice(linking: Linking): Notice {
    const store = this.state.current
    const from = store?.span(linking.from)
    const target = store?.span(linking.candidates[linking.index] ?? '')
    const quote = (s: typeof from) => (s ? `“${s.span.text}” (${s.label})` : '')
    return {
      kind: 'info',
      text: `Link ${quote(from)} to ${quote(target)}? Enter links, Tab/Shift+Tab picks another, or click one; Esc cancels.`,
    }
  }
}
