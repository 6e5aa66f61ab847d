/**
 * Tokens and features for the span tagger (span-tagger.ts): words as runs of
 * letters and digits and single marks, cut into sequences at sentence ends
 * and line breaks; per token, its word, shape, affixes, neighbours and whether
 * a known name (gazetteer or corpus) covers it. Pure: no Node, no DOM.
 */
import { PhraseMatcher } from './phrase-matcher.ts'

export interface TagToken {
  /** UTF-16 offsets in the document text. */
  readonly start: number
  readonly end: number
  readonly text: string
}

const TOKEN = /[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu
const SENTENCE_END = new Set(['.', '!', '?', ';'])

/** The document's tokens, cut into sequences (sentences, headlines, list items). */
export function tokenSequences(text: string): TagToken[][] {
  const out: TagToken[][] = []
  let current: TagToken[] = []
  let lastEnd = 0
  for (const m of text.matchAll(TOKEN)) {
    const token = { start: m.index, end: m.index + m[0].length, text: m[0] }
    if (current.length && text.slice(lastEnd, token.start).includes('\n')) {
      out.push(current)
      current = []
    }
    current.push(token)
    lastEnd = token.end
    // "Syria.The" or "said. The": a full stop before a capital ends the sentence; "U.S. forces" does not.
    if (
      SENTENCE_END.has(token.text) &&
      /^\s+[\p{Lu}"“]/u.test(text.slice(token.end, token.end + 3))
    ) {
      out.push(current)
      current = []
    }
  }
  if (current.length) out.push(current)
  return out
}

/** "Aleppo" → "Xx", "ISIL" → "X", "2018" → "d", "al-Assad" pieces alike. */
export function shape(word: string): string {
  return word
    .replace(/\p{Lu}+/gu, 'X')
    .replace(/\p{Ll}+/gu, 'x')
    .replace(/\p{N}+/gu, 'd')
    .replace(/[\p{M}]+/gu, '')
}

/** A string tagged in the corpus: its most frequent label and the documents it is tagged in. */
export interface CorpusName {
  readonly label: string
  readonly docs: ReadonlySet<string>
}

/** Names known from outside the model, which become features of the tokens they cover. */
export interface KnownNames {
  readonly gazetteer: PhraseMatcher<{ label: string }>
  readonly corpus: PhraseMatcher<CorpusName>
}

export function knownNames(
  gazetteer: PhraseMatcher<{ label: string }>,
  corpus: ReadonlyMap<string, CorpusName>,
): KnownNames {
  const c = new PhraseMatcher<CorpusName>()
  for (const [name, entry] of corpus) c.add(name, entry)
  return { gazetteer, corpus: c }
}

/**
 * For each token of the text (by start offset), "B-LABEL"/"I-LABEL" from a
 * matcher. A corpus string tagged only in the document itself is left out, so
 * training sees the feature as often as a new document will.
 */
function coverage(
  text: string,
  matcher: PhraseMatcher<{ label: string; docs?: ReadonlySet<string> }>,
  docId: string | null,
): Map<number, string> {
  const out = new Map<number, string>()
  for (const m of matcher.match(text)) {
    const docs = m.payload.docs
    if (docs && docId !== null && docs.size === 1 && docs.has(docId)) continue
    let first = true
    for (const t of text.slice(m.start, m.end).matchAll(TOKEN)) {
      out.set(m.start + t.index, `${first ? 'B' : 'I'}-${m.payload.label}`)
      first = false
    }
  }
  return out
}

/** The features of every token of one sequence that the corpus names do not change. */
function sequenceFeatures(seq: readonly TagToken[], gaz: ReadonlyMap<number, string>): string[][] {
  const lower = seq.map((t) => t.text.toLowerCase())
  const at = (k: number): string => (k < 0 ? '<s>' : k >= seq.length ? '</s>' : (lower[k] ?? ''))
  return seq.map((t, i) => {
    const w = lower[i] ?? ''
    const s = shape(t.text)
    const f = [
      'b',
      `w=${w}`,
      `s=${s}`,
      `p3=${w.slice(0, 3)}`,
      `x2=${w.slice(-2)}`,
      `x3=${w.slice(-3)}`,
      `w-1=${at(i - 1)}`,
      `w+1=${at(i + 1)}`,
      `w-2=${at(i - 2)}`,
      `w+2=${at(i + 2)}`,
      `s-1=${i > 0 ? shape(seq[i - 1]?.text ?? '') : '<s>'}`,
      `s+1=${i + 1 < seq.length ? shape(seq[i + 1]?.text ?? '') : '</s>'}`,
      `w-1|w=${at(i - 1)}|${w}`,
      `w|w+1=${w}|${at(i + 1)}`,
      `first=${i === 0 ? s : '-'}`,
    ]
    const g = gaz.get(t.start)
    if (g) f.push(`gaz=${g}`, `gaz|s=${g}|${s}`)
    return f
  })
}

/** Feature names as small integers, so the tagger's weights are rows of one array. */
export class FeatureIds {
  private readonly byName = new Map<string, number>()

  get size(): number {
    return this.byName.size
  }

  /** The feature's id, given a new one the first time. */
  id(name: string): number {
    let id = this.byName.get(name)
    if (id === undefined) {
      id = this.byName.size
      this.byName.set(name, id)
    }
    return id
  }

  /** The feature's id if it has one (a feature never seen in training has no weight). */
  find(name: string): number | undefined {
    return this.byName.get(name)
  }
}

/** A document's tokens and, per token, its feature ids. */
export interface DocumentFeatures {
  sequences: TagToken[][]
  features: number[][][]
}

/** What a text's features are without the corpus names: its tokens and their ids. */
type TextFeatures = DocumentFeatures

/**
 * The features of the documents a model is trained on, kept between
 * trainings: a text's tokens and word, shape, affix, context and gazetteer
 * features depend only on the text and the gazetteer, so a retraining
 * computes them again only for texts it has not seen with this gazetteer;
 * the corpus-name features, which follow every edit, are added each time.
 */
export class FeatureCache {
  readonly ids = new FeatureIds()
  private gazetteer: KnownNames['gazetteer'] | null = null
  private byText = new Map<string, TextFeatures>()
  /** The texts asked for since the last sweep: the others are forgotten then. */
  private used = new Map<string, TextFeatures>()

  /** The features of a document, the corpus names matched now. */
  document(text: string, names: KnownNames, docId: string | null): DocumentFeatures {
    if (this.gazetteer !== names.gazetteer) {
      this.gazetteer = names.gazetteer
      this.byText = new Map()
      this.used = new Map()
    }
    let base = this.used.get(text) ?? this.byText.get(text)
    if (!base) {
      const sequences = tokenSequences(text)
      const gaz = coverage(text, names.gazetteer, null)
      const features = sequences.map((seq) =>
        sequenceFeatures(seq, gaz).map((f) => f.map((name) => this.ids.id(name))),
      )
      base = { sequences, features }
    }
    this.used.set(text, base)
    const corp = coverage(text, names.corpus, docId)
    if (corp.size === 0) return base
    const features = base.sequences.map((seq, k) =>
      seq.map((t, i) => {
        const own = base.features[k]?.[i] ?? []
        const c = corp.get(t.start)
        return c ? [...own, this.ids.id(`corp=${c}`)] : own
      }),
    )
    return { sequences: base.sequences, features }
  }

  /** Keeps only the texts asked for since the last sweep (after a full training). */
  sweep(): void {
    this.byText = this.used
    this.used = new Map()
  }
}

/** Features of every sequence of a document, as names. */
export function documentFeatures(
  text: string,
  names: KnownNames,
  docId: string | null,
): { sequences: TagToken[][]; features: string[][][] } {
  const sequences = tokenSequences(text)
  const gaz = coverage(text, names.gazetteer, null)
  const corp = coverage(text, names.corpus, docId)
  return {
    sequences,
    features: sequences.map((seq) =>
      sequenceFeatures(seq, gaz).map((f, i) => {
        const c = corp.get(seq[i]?.start ?? -1)
        return c ? [...f, `corp=${c}`] : f
      }),
    ),
  }
}
