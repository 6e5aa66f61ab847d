/**
 * A span tagger that learns from the corpus's annotations: an averaged
 * structured perceptron over BIO tags (Collins 2002), with word, shape, affix,
 * context and known-name features (tagger-features.ts) and Viterbi decoding
 * that allows I-X only after B-X or I-X. In-process, offline, pure TypeScript;
 * training is a few passes over the tagged sentences, and one more pass over
 * a single document updates it after an edit.
 */
import { seededRandom } from '../datasets/splits.ts'
import {
  documentFeatures,
  FeatureCache,
  type FeatureIds,
  type KnownNames,
  type TagToken,
} from './tagger-features.ts'

/** A span in UTF-16 offsets of its document's text. */
export interface TaggedSpan {
  start: number
  end: number
  label: string
}

export interface TrainingDocument {
  id: string
  text: string
  spans: readonly TaggedSpan[]
  /** Suggestions the annotator rejected here: these spans are not of these labels. */
  rejected?: readonly TaggedSpan[]
}

export interface PredictedSpan extends TaggedSpan {
  /** From 0 to 1: how far the weakest token's tag beat its best rival, squashed. */
  confidence: number
}

interface Example {
  /** Per token, its feature ids. */
  features: number[][]
  /** Null where the document has no spans: nothing says its words are O. */
  gold: number[] | null
  /** Rejected spans in this sequence: token range and the label index they are not. */
  rejected: { from: number; to: number; label: number }[]
}

/** The items in a seeded random order, so the same corpus always trains the same model. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const random = seededRandom(seed)
  return items
    .map((item) => ({ item, key: random() }))
    .sort((a, b) => a.key - b.key)
    .map((x) => x.item)
}

const WORDLIKE = /[\p{L}\p{N}]/u

/** How many full steps a rejection learnt at once may take before the model stops reading the span. */
const MAX_REJECTION_STEPS = 10

export class SpanTagger {
  /** Tag 0 is O; label k has B = 1 + 2k and I = 2 + 2k. */
  private readonly tags: number
  /** Row per feature id (`tags` columns), grown as features are met. */
  private weights = new Float64Array(0)
  /** Sum of step × update, for the average (Daumé's trick). */
  private totals = new Float64Array(0)
  /** Row `from` (tags + 1 rows, the last is the sentence start), column `to`. */
  private readonly trans: Float64Array
  private readonly transTotals: Float64Array
  private step = 1
  private averaged: { weights: Float64Array; trans: Float64Array } | null = null
  private readonly ids: FeatureIds

  /** `cache`: the features of documents trained on before (shared with the trainings to come). */
  constructor(
    readonly labels: readonly string[],
    private readonly cache = new FeatureCache(),
  ) {
    this.ids = cache.ids
    this.tags = 1 + 2 * labels.length
    this.trans = new Float64Array((this.tags + 1) * this.tags)
    this.transTotals = new Float64Array((this.tags + 1) * this.tags)
  }

  /** Trains a new tagger on the documents' spans. */
  static train(
    docs: readonly TrainingDocument[],
    names: KnownNames,
    options: { epochs?: number; seed?: number; cache?: FeatureCache } = {},
  ): SpanTagger {
    const labels = [...new Set(docs.flatMap((d) => d.spans.map((s) => s.label)))].sort()
    const tagger = new SpanTagger(labels, options.cache)
    const examples = docs
      .flatMap((d) => tagger.examples(d, names))
      .filter((ex) => ex.gold || ex.rejected.length)
    tagger.cache.sweep()
    for (let epoch = 0; epoch < (options.epochs ?? 6); epoch++) {
      for (const ex of shuffled(examples, (options.seed ?? 1) + epoch)) tagger.learn(ex)
    }
    return tagger
  }

  /** One more pass over a document, as after the annotator tagged, accepted or rejected in it. */
  update(doc: TrainingDocument, names: KnownNames): void {
    for (const ex of this.examples(doc, names)) this.learn(ex)
  }

  /** A suggestion rejected: that span is pushed away from that label at once. */
  reject(doc: Pick<TrainingDocument, 'id' | 'text'>, span: TaggedSpan, names: KnownNames): void {
    const only = { ...doc, spans: [], rejected: [span] }
    for (const ex of this.examples(only, names)) this.learnAtOnce(ex)
  }

  /** Spans the tagger finds in a text, in UTF-16 offsets. */
  predict(text: string, names: KnownNames): PredictedSpan[] {
    if (this.labels.length === 0) return []
    const model = this.average()
    const { sequences, features } = documentFeatures(text, names, null)
    const out: PredictedSpan[] = []
    sequences.forEach((seq, k) => {
      // A feature never met in training has no weight: it is left out.
      const known = (features[k] ?? []).map((fs) => fs.flatMap((f) => this.ids.find(f) ?? []))
      const emissions = this.emissions(known, model.weights)
      const path = this.viterbi(emissions, model.trans)
      out.push(...this.spansOf(seq, path, emissions, model.trans))
    })
    return out
  }

  private examples(doc: TrainingDocument, names: KnownNames): Example[] {
    const { sequences, features } = this.cache.document(doc.text, names, doc.id)
    // Longest spans first, so nested ones give way to the span that holds them.
    const spans = [...doc.spans].sort((a, b) => b.end - b.start - (a.end - a.start))
    return sequences.map((seq, k) => ({
      features: features[k] ?? [],
      gold: spans.length ? this.goldTags(seq, spans) : null,
      rejected: this.rejectedIn(seq, doc.rejected ?? []),
    }))
  }

  private rejectedIn(
    seq: readonly TagToken[],
    rejected: readonly TaggedSpan[],
  ): Example['rejected'] {
    return rejected.flatMap((span) => {
      const label = this.labels.indexOf(span.label)
      const from = seq.findIndex((t) => t.start >= span.start && t.end <= span.end)
      if (label < 0 || from < 0) return []
      let to = from
      while ((seq[to + 1]?.end ?? Infinity) <= span.end) to++
      return [{ from, to, label }]
    })
  }

  private goldTags(seq: readonly TagToken[], spans: readonly TaggedSpan[]): number[] {
    const gold = seq.map(() => 0)
    for (const span of spans) {
      const label = this.labels.indexOf(span.label)
      if (label < 0) continue
      const inside = seq.flatMap((t, i) => (t.start >= span.start && t.end <= span.end ? [i] : []))
      if (inside.length === 0 || inside.some((i) => gold[i] !== 0)) continue
      inside.forEach((i, n) => (gold[i] = n === 0 ? 1 + 2 * label : 2 + 2 * label))
    }
    return gold
  }

  private learn(ex: Example): void {
    const pred = this.viterbi(this.emissions(ex.features, this.weights), this.trans)
    this.averaged = null
    if (ex.gold) this.move(ex.features, ex.gold, pred, true)
    for (const r of ex.rejected) {
      if (this.reads(pred, r)) this.move(ex.features, this.without(pred, r), pred, true)
    }
    this.step++
  }

  /**
   * A rejection learnt at once by the model that is shown (the averaged one):
   * while it still reads the span with that label, the weights move away from
   * it with the full step, as if the rejection had been known all along.
   */
  private learnAtOnce(ex: Example): void {
    for (const r of ex.rejected) {
      for (let tries = 0; tries < MAX_REJECTION_STEPS; tries++) {
        const model = this.average()
        const pred = this.viterbi(this.emissions(ex.features, model.weights), model.trans)
        if (!this.reads(pred, r)) break
        this.move(ex.features, this.without(pred, r), pred, false)
        this.averaged = null
      }
    }
  }

  /** Whether a tag path has exactly the rejected span with its label. */
  private reads(path: readonly number[], r: Example['rejected'][number]): boolean {
    if (path[r.from] !== 1 + 2 * r.label || path[r.to + 1] === 2 + 2 * r.label) return false
    for (let i = r.from + 1; i <= r.to; i++) if (path[i] !== 2 + 2 * r.label) return false
    return true
  }

  /** The path with the rejected span untagged (what follows it is O or a B, so it stays valid). */
  private without(path: readonly number[], r: Example['rejected'][number]): number[] {
    return path.map((t, i) => (i >= r.from && i <= r.to ? 0 : t))
  }

  /**
   * The perceptron's step: weights towards the features of `gold`, away from
   * those of `pred`. `averaged`: counted in the average from this step on (in
   * training); otherwise the average moves by the whole step.
   */
  private move(
    features: readonly number[][],
    gold: readonly number[],
    pred: readonly number[],
    averaged: boolean,
  ): void {
    const from = averaged ? this.step : 0
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i] ?? 0
      const p = pred[i] ?? 0
      const gPrev = i === 0 ? this.tags : (gold[i - 1] ?? 0)
      const pPrev = i === 0 ? this.tags : (pred[i - 1] ?? 0)
      if (g !== p) {
        for (const f of features[i] ?? []) {
          this.bump(f, g, 1, from)
          this.bump(f, p, -1, from)
        }
      }
      if (g !== p || gPrev !== pPrev) {
        this.bumpTrans(gPrev * this.tags + g, 1, from)
        this.bumpTrans(pPrev * this.tags + p, -1, from)
      }
    }
  }

  private bump(feature: number, tag: number, delta: number, from: number): void {
    const cell = feature * this.tags + tag
    if (cell >= this.weights.length) this.grow()
    this.weights[cell] = (this.weights[cell] ?? 0) + delta
    this.totals[cell] = (this.totals[cell] ?? 0) + from * delta
  }

  /** Room for a row per feature id given so far, and then some. */
  private grow(): void {
    const size = Math.max(this.ids.size, 1024) * this.tags * 2
    const weights = new Float64Array(size)
    const totals = new Float64Array(size)
    weights.set(this.weights)
    totals.set(this.totals)
    this.weights = weights
    this.totals = totals
  }

  private bumpTrans(cell: number, delta: number, from: number): void {
    this.trans[cell] = (this.trans[cell] ?? 0) + delta
    this.transTotals[cell] = (this.transTotals[cell] ?? 0) + from * delta
  }

  /** The averaged weights, computed once per change. */
  private average(): { weights: Float64Array; trans: Float64Array } {
    if (this.averaged) return this.averaged
    const weights = this.weights.map((v, k) => v - (this.totals[k] ?? 0) / this.step)
    const trans = this.trans.map((v, k) => v - (this.transTotals[k] ?? 0) / this.step)
    this.averaged = { weights, trans }
    return this.averaged
  }

  private emissions(features: readonly number[][], weights: Float64Array): Float64Array[] {
    const T = this.tags
    return features.map((fs) => {
      const score = new Float64Array(T)
      for (const f of fs) {
        const row = f * T
        if (row + T > weights.length) continue
        for (let k = 0; k < T; k++) score[k] = (score[k] ?? 0) + (weights[row + k] ?? 0)
      }
      return score
    })
  }

  /** Whether tag `to` may follow tag `from` (the start counts as O). */
  private allowed(from: number, to: number): boolean {
    if (to === 0 || to % 2 === 1) return true
    return from === to || from === to - 1
  }

  private viterbi(emissions: readonly Float64Array[], trans: Float64Array): number[] {
    const n = emissions.length
    const T = this.tags
    if (n === 0) return []
    // Row i of `score` and `back` starts at i × T.
    const score = new Float64Array(n * T).fill(-Infinity)
    const back = new Int32Array(n * T)
    const first = emissions[0]
    for (let t = 0; t < T; t++) {
      if (this.allowed(T, t)) score[t] = (first?.[t] ?? 0) + (trans[T * T + t] ?? 0)
    }
    for (let i = 1; i < n; i++) {
      const row = emissions[i]
      const prev = (i - 1) * T
      for (let t = 0; t < T; t++) {
        let best = -Infinity
        let arg = 0
        for (let p = 0; p < T; p++) {
          if (!this.allowed(p, t)) continue
          const s = (score[prev + p] ?? -Infinity) + (trans[p * T + t] ?? 0)
          if (s > best) {
            best = s
            arg = p
          }
        }
        score[i * T + t] = best + (row?.[t] ?? 0)
        back[i * T + t] = arg
      }
    }
    const path = new Array<number>(n).fill(0)
    const end = (n - 1) * T
    let last = 0
    for (let t = 1; t < T; t++)
      if ((score[end + t] ?? -Infinity) > (score[end + last] ?? -Infinity)) last = t
    path[n - 1] = last
    for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * T + (path[i] ?? 0)] ?? 0
    return path
  }

  private spansOf(
    seq: readonly TagToken[],
    path: readonly number[],
    emissions: readonly Float64Array[],
    trans: Float64Array,
  ): PredictedSpan[] {
    const out: PredictedSpan[] = []
    for (let i = 0; i < path.length; i++) {
      const tag = path[i] ?? 0
      if (tag % 2 !== 1) continue
      let j = i + 1
      while (path[j] === tag + 1) j++
      let margin = Infinity
      for (let k = i; k < j; k++) {
        const prev = k === 0 ? this.tags : (path[k - 1] ?? 0)
        const row = emissions[k]
        const own = (row?.[path[k] ?? 0] ?? 0) + (trans[prev * this.tags + (path[k] ?? 0)] ?? 0)
        let rival = -Infinity
        for (let t = 0; t < this.tags; t++) {
          if (t === path[k] || !this.allowed(prev, t)) continue
          rival = Math.max(rival, (row?.[t] ?? 0) + (trans[prev * this.tags + t] ?? 0))
        }
        margin = Math.min(margin, own - rival)
      }
      const label = this.labels[(tag - 1) / 2]
      // A span begins and ends on a word: "Al-" of "Al-Numan" is not one.
      let a = i
      let b = j - 1
      while (a < b && !WORDLIKE.test(seq[a]?.text ?? '')) a++
      while (b > a && !WORDLIKE.test(seq[b]?.text ?? '')) b--
      const first = seq[a]
      const last = seq[b]
      if (label && first && last && WORDLIKE.test(last.text)) {
        const confidence = Math.round(1000 / (1 + Math.exp(-margin / 2))) / 1000
        out.push({ start: first.start, end: last.end, label, confidence })
      }
      i = j - 1
    }
    return out
  }
}
