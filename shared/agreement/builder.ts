/**
 * Agreement over a corpus, one document at a time: memory holds the running
 * counts and the unitizing α's units, never the documents. Feed every
 * document with the layers of the compared annotators who coded it, then
 * read the report.
 */
import type { AnnotationSet, LabelSchema, Span } from '../contract/model.ts'
import { binaryAlpha, binaryKappa, type BinaryCells } from './coefficients.ts'
import type { Confusion } from './confusion.ts'
import { countIn, coverage, nonWhitespacePrefix, type Intervals } from './extents.ts'
import { PairTally, type LayerView } from './pair-tally.ts'
import { addCounts, prf, zeroCounts, type Counts } from './prf.ts'
import type { AgreementReport, AttributeRow, DocumentRow, PairRow } from './report.ts'
import { unitizingAlpha, type Unit } from './unitizing.ts'

export const ALL = '*'

export interface AgreementInput {
  /** The compared annotators, in report order (at least two). */
  annotators: readonly string[]
  /** The labels measured, in report order. */
  labels: readonly string[]
  schema: LabelSchema
}

export interface CodedDocument {
  id: string
  text: string
  /** The layers of the compared annotators who coded this document. */
  layers: ReadonlyMap<string, AnnotationSet>
}

export class AgreementBuilder {
  private readonly pairs: PairTally[] = []
  private readonly histograms = new Map<string, number[]>()
  private readonly units = new Map<string, Unit[][]>()
  private continuum = 0
  private compared = 0
  private readonly rows: DocumentRow[] = []

  constructor(private readonly input: AgreementInput) {
    const { annotators, labels, schema } = input
    annotators.forEach((a, i) =>
      annotators.slice(i + 1).forEach((b) => this.pairs.push(new PairTally(a, b, labels, schema))),
    )
    for (const label of labels) {
      this.histograms.set(label, new Array<number>(annotators.length + 1).fill(0))
      this.units.set(
        label,
        annotators.map(() => []),
      )
    }
  }

  add(doc: CodedDocument): void {
    const coded = this.input.annotators.filter((a) => doc.layers.has(a))
    if (coded.length < 2) {
      this.rows.push({
        id: doc.id,
        f1: null,
        overlap_f1: null,
        comparable: false,
        annotators: coded,
      })
      return
    }
    this.compared++
    const prefix = nonWhitespacePrefix(doc.text)
    const length = prefix.length - 1
    const views = new Map(
      coded.flatMap((a) => {
        const set = doc.layers.get(a)
        return set ? [[a, this.view(set, length)] as const] : []
      }),
    )
    const exact: (number | null)[] = []
    const overlap: (number | null)[] = []
    for (const pair of this.pairs) {
      const x = views.get(pair.a)
      const y = views.get(pair.b)
      if (!x || !y) continue
      const counts = pair.addDocument(x, y, prefix)
      exact.push(prf(counts.exact).f1)
      overlap.push(prf(counts.overlap).f1)
    }
    this.rows.push({
      id: doc.id,
      f1: mean(exact),
      overlap_f1: mean(overlap),
      comparable: true,
      annotators: coded,
    })
    if (coded.length === this.input.annotators.length) this.addToAlphas(views, prefix)
  }

  /** A layer reduced to the selected labels, with their coverage of the text's code points. */
  private view(set: AnnotationSet, length: number): LayerView {
    const byLabel = new Map<string, Span[]>(this.input.labels.map((l) => [l, []]))
    for (const s of set.spans) byLabel.get(s.label)?.push(s)
    const kept = new Set([...byLabel.values()].flat().map((s) => s.id))
    return {
      spans: [...byLabel.values()].flat(),
      byLabel,
      relations: set.relations.filter((r) => kept.has(r.from) && kept.has(r.to)),
      coverage: new Map([...byLabel].map(([label, ss]) => [label, coverage(ss, length)])),
    }
  }

  /** Documents every annotator coded: α's code point histogram and α_u's units. */
  private addToAlphas(views: ReadonlyMap<string, LayerView>, prefix: Uint32Array): void {
    const layers = this.input.annotators.map((a) => views.get(a))
    for (const label of this.input.labels) {
      const covers = layers.map((v) => v?.coverage.get(label) ?? [])
      addHistogram(this.histograms.get(label) ?? [], covers, prefix)
      const units = this.units.get(label) ?? []
      covers.forEach((intervals, coder) => {
        for (const [b, e] of intervals)
          units[coder]?.push({ begin: b + this.continuum, length: e - b })
      })
    }
    this.continuum += prefix.length - 1
  }

  /** Per pair, the confusion matrix of labels (see confusion.ts): for a chart, not in the JSON report. */
  confusions(): Confusion[] {
    return this.pairs.map((p) => p.confusion)
  }

  report(): AgreementReport {
    const { annotators, labels } = this.input
    const pairs: PairRow[] = []
    for (const p of this.pairs) {
      const exact = zeroCounts()
      const overlap = zeroCounts()
      const cells: BinaryCells = { both: 0, onlyA: 0, onlyB: 0, neither: 0 }
      for (const [label, t] of p.labels) {
        pairs.push({
          a: p.a,
          b: p.b,
          label,
          exact: prf(t.exact),
          overlap: prf(t.overlap),
          kappa: binaryKappa(t.cells),
        })
        addCounts(exact, t.exact)
        addCounts(overlap, t.overlap)
        cells.both += t.cells.both
        cells.onlyA += t.cells.onlyA
        cells.onlyB += t.cells.onlyB
        cells.neither += t.cells.neither
      }
      pairs.push({
        a: p.a,
        b: p.b,
        label: ALL,
        exact: prf(exact),
        overlap: prf(overlap),
        kappa: binaryKappa(cells),
      })
    }
    const m = annotators.length
    const pooled = new Array<number>(m + 1).fill(0)
    const alpha: Record<string, number | null> = {}
    const alphaU: Record<string, number | null> = {}
    for (const label of labels) {
      const histogram = this.histograms.get(label) ?? []
      histogram.forEach((n, k) => (pooled[k] = (pooled[k] ?? 0) + n))
      alpha[label] = binaryAlpha(histogram, m)
      alphaU[label] =
        this.continuum > 0
          ? unitizingAlpha(this.units.get(label) ?? [], this.continuum).alpha
          : null
    }
    alpha[ALL] = binaryAlpha(pooled, m)
    return {
      annotators: [...annotators],
      documents: this.compared,
      pairs,
      alpha,
      alpha_u: alphaU,
      relations: { pairs: this.pairs.flatMap((p) => relationRows(p)) },
      attributes: { pairs: this.pairs.map(attributeRow) },
      per_document: this.rows,
    }
  }
}

function relationRows(p: PairTally): AgreementReport['relations']['pairs'] {
  const all: Counts = zeroCounts()
  const rows = [...p.relations]
    .sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))
    .map(([type, c]) => {
      addCounts(all, c)
      return { a: p.a, b: p.b, type, ...prf(c) }
    })
  return [...rows, { a: p.a, b: p.b, type: ALL, ...prf(all) }]
}

function attributeRow(p: PairTally): AttributeRow {
  const { compared, agree } = p.attributes
  const share = (n: number): number | null => (compared ? n / compared : null)
  return {
    a: p.a,
    b: p.b,
    compared,
    outcome: share(agree.outcome),
    qualifier: share(agree.qualifier),
    low: share(agree.low),
    best: share(agree.best),
    high: share(agree.high),
    figures: share(agree.figures),
    all: share(agree.all),
  }
}

/** Adds to histogram[k] the non-whitespace code points exactly k coders covered. */
function addHistogram(
  histogram: number[],
  covers: readonly Intervals[],
  prefix: Uint32Array,
): void {
  const events: [number, number][] = []
  for (const intervals of covers) for (const [b, e] of intervals) events.push([b, 1], [e, -1])
  events.sort((x, y) => x[0] - y[0])
  let k = 0
  let at = 0
  let covered = 0
  for (const [position, step] of events) {
    if (k > 0 && position > at) {
      const n = countIn(prefix, at, position)
      histogram[k] = (histogram[k] ?? 0) + n
      covered += n
    }
    k += step
    at = position
  }
  histogram[0] = (histogram[0] ?? 0) + (prefix[prefix.length - 1] ?? 0) - covered
}

function mean(values: readonly (number | null)[]): number | null {
  const known = values.filter((v): v is number => v !== null)
  return known.length ? known.reduce((s, v) => s + v, 0) / known.length : null
}
