/**
 * What two annotators' layers agree on, summed over the documents both coded:
 * per label exact and overlap matches, the κ cells over code points, relation
 * matches and attribute agreement on matched casualty spans.
 */
import type { AttributeValue, LabelSchema, Relation, Span } from '../contract/model.ts'
import type { BinaryCells } from './coefficients.ts'
import { addToConfusion, emptyConfusion, type Confusion } from './confusion.ts'
import { countCovered, countShared, type Intervals } from './extents.ts'
import { exactMatches, overlapMatching } from './matching.ts'
import { addCounts, zeroCounts, type Counts } from './prf.ts'

export const CASUALTY_ATTRIBUTES = ['outcome', 'qualifier', 'low', 'best', 'high'] as const
export type CasualtyAttribute = (typeof CASUALTY_ATTRIBUTES)[number]
const FIGURES: readonly CasualtyAttribute[] = ['low', 'best', 'high']

/** One layer of one document, reduced to the selected labels. */
export interface LayerView {
  spans: readonly Span[]
  /** Spans by label. */
  byLabel: ReadonlyMap<string, readonly Span[]>
  /** Relations whose both ends are selected spans. */
  relations: readonly Relation[]
  /** Per label: the code points its spans cover, merged. */
  coverage: ReadonlyMap<string, Intervals>
}

export interface LabelTally {
  exact: Counts
  overlap: Counts
  cells: BinaryCells
}

export interface AttributeTally {
  compared: number
  agree: Record<CasualtyAttribute | 'figures' | 'all', number>
}

const noCells = (): BinaryCells => ({ both: 0, onlyA: 0, onlyB: 0, neither: 0 })

export class PairTally {
  readonly labels = new Map<string, LabelTally>()
  readonly relations = new Map<string, Counts>()
  readonly attributes: AttributeTally = {
    compared: 0,
    agree: { outcome: 0, qualifier: 0, low: 0, best: 0, high: 0, figures: 0, all: 0 },
  }
  readonly confusion: Confusion
  private readonly casualtyLabels: Map<string, Set<string>>

  constructor(
    readonly a: string,
    readonly b: string,
    labels: readonly string[],
    schema: LabelSchema,
  ) {
    this.confusion = emptyConfusion(a, b, labels)
    for (const label of labels)
      this.labels.set(label, { exact: zeroCounts(), overlap: zeroCounts(), cells: noCells() })
    this.casualtyLabels = new Map(
      schema.labels
        .map((l): [string, Set<string>] => [
          l.id,
          new Set(
            l.attributes
              .map((x) => x.id)
              .filter((id) => (CASUALTY_ATTRIBUTES as readonly string[]).includes(id)),
          ),
        ])
        .filter(([, ids]) => ids.size > 0),
    )
  }

  /** Adds one document both coded; returns its exact and overlap counts over all labels. */
  addDocument(x: LayerView, y: LayerView, prefix: Uint32Array): { exact: Counts; overlap: Counts } {
    const exact = zeroCounts()
    const overlap = zeroCounts()
    const partner = new Map<string, string>()
    for (const [label, tally] of this.labels) {
      const as = x.byLabel.get(label) ?? []
      const bs = y.byLabel.get(label) ?? []
      const tp = exactMatches(as, bs)
      const pairs = overlapMatching(as, bs)
      const e = { tp, fp: as.length - tp, fn: bs.length - tp }
      const o = { tp: pairs.length, fp: as.length - pairs.length, fn: bs.length - pairs.length }
      addCounts(tally.exact, e)
      addCounts(tally.overlap, o)
      addCounts(exact, e)
      addCounts(overlap, o)
      addCells(tally.cells, x.coverage.get(label) ?? [], y.coverage.get(label) ?? [], prefix)
      for (const [i, j] of pairs) {
        const sa = as[i]
        const sb = bs[j]
        if (!sa || !sb) continue
        partner.set(sa.id, sb.id)
        this.addAttributes(sa, sb)
      }
    }
    this.addRelations(x.relations, y.relations, partner)
    addToConfusion(this.confusion, x.spans, y.spans)
    return { exact, overlap }
  }

  private addAttributes(a: Span, b: Span): void {
    const ids = this.casualtyLabels.get(a.label)
    if (!ids) return
    const same = (id: CasualtyAttribute): boolean =>
      !ids.has(id) || valueOf(a, id) === valueOf(b, id)
    const t = this.attributes
    t.compared++
    for (const id of CASUALTY_ATTRIBUTES) if (same(id)) t.agree[id]++
    if (FIGURES.every(same)) t.agree.figures++
    if (CASUALTY_ATTRIBUTES.every(same)) t.agree.all++
  }

  /** A relation of a matches one of b with its type when b's relation joins the partners of its ends. */
  private addRelations(
    ra: readonly Relation[],
    rb: readonly Relation[],
    partner: ReadonlyMap<string, string>,
  ): void {
    const left = new Map<string, number>()
    const count = (type: string): Counts => {
      let c = this.relations.get(type)
      if (!c) this.relations.set(type, (c = zeroCounts()))
      return c
    }
    for (const r of rb) {
      const key = `${r.type}\u0000${r.from}\u0000${r.to}`
      left.set(key, (left.get(key) ?? 0) + 1)
      count(r.type).fn++
    }
    for (const r of ra) {
      const from = partner.get(r.from)
      const to = partner.get(r.to)
      const key = `${r.type}\u0000${from}\u0000${to}`
      const c = count(r.type)
      const n = from !== undefined && to !== undefined ? (left.get(key) ?? 0) : 0
      if (n > 0) {
        left.set(key, n - 1)
        c.tp++
        c.fn--
      } else c.fp++
    }
  }
}

function valueOf(span: Span, id: string): AttributeValue {
  return span.attributes?.[id] ?? null
}

/** κ's cells over the non-whitespace code points (`prefix` counts them; its last entry is the total). */
function addCells(cells: BinaryCells, a: Intervals, b: Intervals, prefix: Uint32Array): void {
  const both = countShared(prefix, a, b)
  const inA = countCovered(prefix, a)
  const inB = countCovered(prefix, b)
  cells.both += both
  cells.onlyA += inA - both
  cells.onlyB += inB - both
  cells.neither += (prefix[prefix.length - 1] ?? 0) - inA - inB + both
}
