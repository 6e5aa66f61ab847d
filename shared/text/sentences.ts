/**
 * Sentence bounds for news text. A casualty figure is read against its sentence,
 * so the bounds must survive what real reports contain: hard-wrapped lines
 * (001 in assets/sample), footnote markers after the full stop ("night.[1]"),
 * closing quotes, decimals ("3.7 million"), URLs and abbreviations ("Gen.",
 * "U.S."). A blank line always ends a sentence; a single newline never does,
 * because wrapped paragraphs are common and headlines are usually set apart by
 * blank lines anyway.
 */

const TERMINATORS = '.!?\u2026'
const CLOSERS = '"\'\u201d\u2019\u00bb)]'
/** Words that end with a full stop without ending a sentence. */
const ABBREVIATIONS = new Set(
  `mr mrs ms dr prof gen lt col capt cpt maj sgt cpl pvt adm brig cmdr cdr gov govt sen rep pres
   st mt ft jr sr vs v approx est dept jan feb mar apr jun jul aug sep sept oct nov dec inc ltd co
   corp fig al ca c cf`.split(/\s+/),
)

const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c)
const isLineSpace = (c: string | undefined): boolean =>
  c !== undefined && c !== '\n' && /\s/.test(c)

/** Whether the full stop at i belongs to an abbreviation or initial rather than ending a sentence. */
function abbreviationBefore(text: string, i: number): boolean {
  let s = i
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1] ?? '')) s--
  const word = text.slice(s, i)
  if (word === '') return false
  // Initials and initialisms: "J.", "U.S.", "e.g.".
  if (/^(\p{L}\.)*\p{L}$/u.test(word) && (word.length === 1 || word.includes('.'))) return true
  const lower = word.toLowerCase()
  // "No. 5" is a number sign, but "said no." ends a sentence.
  if (lower === 'no' || lower === 'nos') return /^\s*\d/.test(text.slice(i + 1, i + 4))
  return ABBREVIATIONS.has(lower)
}

/**
 * If a sentence ends with the terminator at i, the offset just after it (past
 * closing quotes and footnote markers); otherwise -1.
 */
function sentenceEndAt(text: string, i: number): number {
  const c = text[i] ?? ''
  if (!TERMINATORS.includes(c)) return -1
  if (c === '.') {
    // "3.7", "bbc.co.uk", "U.S": a stop followed by a letter or digit is inside a token.
    if (/[\p{L}\p{N}]/u.test(text[i + 1] ?? '')) return -1
    if (abbreviationBefore(text, i)) return -1
  }
  let j = i + 1
  while (TERMINATORS.includes(text[j] ?? '\n')) j++
  for (;;) {
    if (CLOSERS.includes(text[j] ?? '\n')) j++
    else {
      const footnote = /^\[\d{1,3}\]/.exec(text.slice(j, j + 5))
      if (!footnote) break
      j += footnote[0].length
    }
  }
  if (j >= text.length) return text.length
  if (!isSpace(text[j])) return -1
  let k = j
  while (isSpace(text[k])) k++
  // "approx. five", "e.g. the": a lower-case word goes on with the same sentence
  // (unless a blank line comes first, which the callers see for themselves).
  if (/\p{Ll}/u.test(text[k] ?? '')) return -1
  return j
}

/** Whether a blank line (two newlines with only spaces between) ends at the newline at i. */
function blankLineBefore(text: string, i: number): boolean {
  let k = i - 1
  while (k >= 0 && isLineSpace(text[k])) k--
  return k >= 0 && (text[k] === '\n' || text[k] === '\u2029')
}

/** The longest run of closers and a footnote marker after a full stop ("”[12]"). */
const MAX_SENTENCE_TAIL = 16

/**
 * The sentence holding [start, end), as UTF-16 offsets with surrounding
 * whitespace trimmed; a span that crosses sentences gets all of them. The
 * scan goes outwards from the span, so the cost is that of the sentence,
 * however long the paragraph.
 */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  const a = Math.max(0, Math.min(text.length, Math.min(start, end)))
  const b = Math.max(0, Math.min(text.length, Math.max(start, end)))
  const caret = a === b
  let s = 0
  for (let i = a - 1; i >= 0; i--) {
    const c = text[i]
    if (c === '\u2029' || (c === '\n' && blankLineBefore(text, i))) {
      s = i + 1
      break
    }
    const stop = sentenceEndAt(text, i)
    // A caret just after a full stop belongs to the sentence that stop ends.
    if (stop >= 0 && stop <= a && !(caret && stop === a)) {
      s = stop
      break
    }
  }
  let e = text.length
  // The span may start inside the closers or footnote marker of its sentence's end.
  for (let i = Math.max(s, a - MAX_SENTENCE_TAIL); i < text.length; i++) {
    const c = text[i]
    if (i >= b && c === '\u2029') {
      e = i
      break
    }
    if (i >= b && c === '\n') {
      let k = i + 1
      while (isLineSpace(text[k])) k++
      if (text[k] === '\n' || text[k] === '\u2029') {
        e = i
        break
      }
    }
    const stop = sentenceEndAt(text, i)
    // A full stop inside the span is crossed: the span joins the sentences.
    if (stop >= b && (stop > a || caret)) {
      e = stop
      break
    }
  }
  while (s < e && isSpace(text[s])) s++
  while (e > s && isSpace(text[e - 1])) e--
  return [s, e]
}

/**
 * Where every sentence of `text` ends (UTF-16 offsets, ascending, the last one
 * at text.length), by the same rules as sentenceAround: for formats that need
 * the whole document cut into sentences (CoNLL, Hugging Face).
 */
export function sentenceEnds(text: string): number[] {
  const ends: number[] = []
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (c === '\u2029' || (c === '\n' && blankLineBefore(text, i))) {
      ends.push(i)
      continue
    }
    const stop = sentenceEndAt(text, i)
    if (stop > i) {
      ends.push(stop)
      i = stop - 1
    }
  }
  if (ends[ends.length - 1] !== text.length) ends.push(text.length)
  return ends
}
