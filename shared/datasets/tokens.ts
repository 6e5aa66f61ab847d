/**
 * The one tokenizer behind every token-based export (spaCy, Prodigy, CoNLL,
 * BIOES, Hugging Face). It is deterministic and needs no language model or
 * ICU data, so the same corpus gives the same tokens on every machine:
 *
 * - Text is read as user-perceived characters: a letter with its combining
 *   marks, an emoji with its modifiers, ZWJ sequence and variation selector,
 *   and a pair of regional indicators (a flag) stay together.
 * - A word is a run of letters, digits and marks, joined across an apostrophe
 *   or hyphen between letters ("al-Shughur", "don't") and a full stop or comma
 *   between digits ("1,709", "3.7"). Every other character is a token alone.
 * - Whitespace follows spaCy's convention: one plain space after a token is
 *   its `ws` flag, and any other whitespace is a token of its own, so the
 *   tokens and their flags rebuild the text exactly.
 * - Every span edge is also a token boundary (the `cuts`), so each span covers
 *   whole tokens. A cut may split a word ("Turkey|'s") or even an emoji
 *   sequence when an annotator marked part of one.
 */
import { sentenceEnds } from '../text/sentences.ts'

export interface DatasetToken {
  text: string
  /** Code points, start inclusive, end exclusive. */
  start: number
  end: number
  /** The same bounds in UTF-16 units. */
  start16: number
  end16: number
  /** Followed by one plain space that belongs to no token (spaCy's `whitespace_`). */
  ws: boolean
  /** Whitespace kept as a token of its own: spaCy and Prodigy keep these, CoNLL drops them. */
  space: boolean
}

type Kind = 'space' | 'word' | 'other'

interface Cluster {
  kind: Kind
  start16: number
  end16: number
  start: number
  end: number
  /** The cluster is one decimal digit (with marks): a joiner between two of them joins a number. */
  digit: boolean
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u
const DIGIT = /\p{Nd}/u
const MARK = /\p{M}/u
const UNICODE_SPACE = /[\t-\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/u

/**
 * Whitespace exactly as Python's str.isspace() sees it (JavaScript's \s also
 * has U+FEFF and lacks the separators U+001C-U+001F and U+0085), so Python
 * readers of an export split and strip where the tokenizer did.
 */
export function isPythonSpace(ch: string): boolean {
  const c = ch.charCodeAt(0)
  return (c >= 0x1c && c <= 0x1f) || UNICODE_SPACE.test(ch)
}
const EMOJI_MODIFIER = /\p{Emoji_Modifier}/u
const LETTER_JOINERS = new Set(["'", '\u2019', '-', '\u2010'])
const NUMBER_JOINERS = new Set(['.', ','])

function isRegionalIndicator(cp: number): boolean {
  return cp >= 0x1f1e6 && cp <= 0x1f1ff
}

/** Whether code point `cp` continues the character cluster before it. */
function extendsCluster(cp: number, ch: string): boolean {
  if (cp < 0x300) return false
  return (
    MARK.test(ch) || EMOJI_MODIFIER.test(ch) || (cp >= 0xe0020 && cp <= 0xe007f) || cp === 0x200d
  )
}

function kindOf(ch: string): Kind {
  const c = ch.charCodeAt(0)
  if (c < 0x80) {
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 28 && c <= 31)) return 'space'
    const lower = c | 0x20
    return (c >= 48 && c <= 57) || (lower >= 97 && lower <= 122) ? 'word' : 'other'
  }
  if (isPythonSpace(ch)) return 'space'
  return WORD_CHAR.test(ch) ? 'word' : 'other'
}

/** The text as user-perceived characters (see the module comment for what joins). */
function clustersOf(text: string): Cluster[] {
  const clusters: Cluster[] = []
  let i = 0
  let cp = 0
  while (i < text.length) {
    const start16 = i
    const start = cp
    const first = text.codePointAt(i) ?? 0
    const firstChar = String.fromCodePoint(first)
    i += firstChar.length
    cp++
    const kind = kindOf(firstChar)
    if (kind !== 'space') {
      if (isRegionalIndicator(first) && isRegionalIndicator(text.codePointAt(i) ?? 0)) {
        i += 2
        cp++
      }
      for (;;) {
        const next = text.codePointAt(i)
        if (next === undefined) break
        const ch = String.fromCodePoint(next)
        if (!extendsCluster(next, ch)) break
        i += ch.length
        cp++
        // A zero-width joiner glues the next character on (👩‍👩‍👧).
        if (next === 0x200d) {
          const glued = text.codePointAt(i)
          if (glued === undefined) break
          i += String.fromCodePoint(glued).length
          cp++
        }
      }
    }
    clusters.push({
      kind,
      start16,
      end16: i,
      start,
      end: cp,
      digit: kind === 'word' && DIGIT.test(firstChar),
    })
  }
  return clusters
}

/** Whether the cluster at i (an apostrophe, hyphen, stop or comma) joins the words on either side. */
function joins(text: string, clusters: readonly Cluster[], i: number): boolean {
  const c = clusters[i]
  const before = clusters[i - 1]
  const after = clusters[i + 1]
  if (!c || !before || !after || before.kind !== 'word' || after.kind !== 'word') return false
  if (c.end16 - c.start16 !== 1) return false
  const ch = text[c.start16] ?? ''
  if (LETTER_JOINERS.has(ch)) return !before.digit && !after.digit
  return NUMBER_JOINERS.has(ch) && before.digit && after.digit
}

/** Tokens of `text`, with a boundary at every code point offset in `cuts`. */
export function tokenizeForExport(text: string, cuts: Iterable<number> = []): DatasetToken[] {
  const clusters = clustersOf(text)
  const cutSet = new Set(cuts)
  // Runs of clusters that form one token before cuts: [first cluster, last cluster].
  const runs: [number, number][] = []
  for (let i = 0; i < clusters.length; i++) {
    const c = clusters[i] as Cluster
    const last = runs[runs.length - 1]
    const prev = clusters[i - 1]
    const joinable =
      last !== undefined &&
      last[1] === i - 1 &&
      prev !== undefined &&
      ((c.kind === 'word' && (prev.kind === 'word' || joins(text, clusters, i - 1))) ||
        (c.kind === 'space' && prev.kind === 'space') ||
        (c.kind === 'other' && joins(text, clusters, i)))
    if (joinable) last[1] = i
    else runs.push([i, i])
  }
  const tokens: DatasetToken[] = []
  for (const [a, b] of runs) {
    let from = a
    for (let i = a + 1; i <= b + 1; i++) {
      // A cut at a cluster boundary inside the run ends a token there.
      if (i <= b && !cutSet.has((clusters[i] as Cluster).start)) continue
      pushCut(text, clusters, from, i - 1, cutSet, tokens)
      from = i
    }
  }
  return withSpaces(text, tokens)
}

/** Pushes clusters [a, b] as tokens, cut inside a cluster where a cut falls there. */
function pushCut(
  text: string,
  clusters: readonly Cluster[],
  a: number,
  b: number,
  cuts: ReadonlySet<number>,
  out: DatasetToken[],
): void {
  const first = clusters[a] as Cluster
  const last = clusters[b] as Cluster
  let start = first.start
  let start16 = first.start16
  for (let k = a; k <= b; k++) {
    const c = clusters[k] as Cluster
    if (c.end - c.start < 2) continue
    // An annotator marked part of a cluster (one person of 👩‍👩‍👧): cut it there.
    let u = c.start16
    for (let cp = c.start; cp < c.end; cp++) {
      const size = (text.codePointAt(u) ?? 0) > 0xffff ? 2 : 1
      if (cp > c.start && cuts.has(cp) && cp > start) {
        out.push(token(text, first.kind, start, cp, start16, u))
        start = cp
        start16 = u
      }
      u += size
    }
  }
  out.push(token(text, first.kind, start, last.end, start16, last.end16))
}

function token(
  text: string,
  kind: Kind,
  start: number,
  end: number,
  start16: number,
  end16: number,
): DatasetToken {
  return {
    text: text.slice(start16, end16),
    start,
    end,
    start16,
    end16,
    ws: false,
    space: kind === 'space',
  }
}

/**
 * Applies spaCy's whitespace convention: a token followed by a plain space
 * takes it as `ws`, and the rest of that whitespace (if any) stays a token.
 */
function withSpaces(text: string, tokens: DatasetToken[]): DatasetToken[] {
  const out: DatasetToken[] = []
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as DatasetToken
    const prev = out[out.length - 1]
    if (t.space && prev && !prev.space && !prev.ws && text[t.start16] === ' ') {
      prev.ws = true
      if (t.end16 - t.start16 === 1) continue
      out.push({
        ...t,
        text: t.text.slice(1),
        start: t.start + 1,
        start16: t.start16 + 1,
      })
      continue
    }
    out.push(t)
  }
  return out
}

/**
 * The text's non-whitespace tokens grouped into sentences. Sentences that a
 * span crosses are joined, so every span lies inside one sentence; `extents`
 * are span bounds in code points.
 */
export function sentencesOf(
  text: string,
  tokens: readonly DatasetToken[],
  extents: readonly (readonly [number, number])[] = [],
): DatasetToken[][] {
  const ends = sentenceEnds(text)
  const sorted = [...extents].sort((x, y) => x[0] - y[0])
  const sentences: DatasetToken[][] = []
  let current: DatasetToken[] = []
  let e = 0
  let reach = -1
  let spanAt = 0
  for (const t of tokens) {
    if (t.space) continue
    while (e < ends.length && (ends[e] ?? 0) <= t.start16) {
      // A sentence ends here unless a span that started in it goes on past its last token.
      if (current.length && reach <= (current[current.length - 1]?.end ?? 0)) {
        sentences.push(current)
        current = []
      }
      e++
    }
    // The farthest end of any span that starts before this token ends.
    while (spanAt < sorted.length && (sorted[spanAt]?.[0] ?? 0) < t.end) {
      reach = Math.max(reach, sorted[spanAt]?.[1] ?? 0)
      spanAt++
    }
    current.push(t)
  }
  if (current.length) sentences.push(current)
  return sentences
}
