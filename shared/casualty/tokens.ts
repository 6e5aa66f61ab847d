/**
 * The tokens casualty figures are read from: numerals (with their separators
 * and unit suffixes), words and single marks, folded so the word lists need one
 * spelling of each. Amounts are number-words.ts's.
 */

export type TokenKind = 'num' | 'word' | 'punct'

/** A token of a sentence, with its UTF-16 offsets in the whole text. */
export interface FigureToken {
  /** Lower-cased, typographic apostrophes, quotes and dashes folded, digits in ASCII. */
  readonly norm: string
  /** As written: "May 27" is a date but "may" is a verb. */
  readonly raw: string
  readonly start: number
  readonly end: number
  readonly kind: TokenKind
}

// Arabic-Indic and extended Arabic-Indic digits appear in Arabic-script sources.
export const DIGITS = '0-9\u0660-\u0669\u06f0-\u06f9'
export const GROUP_SPACES = '\u00a0\u202f\u2009'
const TOKEN_RE = new RegExp(
  `[${DIGITS}]+(?:[.,${GROUP_SPACES}][${DIGITS}]+)*\\p{L}*` +
    `|[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:['\u2019][\\p{L}\\p{M}]+)*` +
    `|\\S`,
  'gu',
)

/** Folds what typography varies so the word lists need one spelling of each. */
function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0))
}

/**
 * A numeral with a word glued to it. Unit and ordinal suffixes ("5km", "27th",
 * "1990s", "1.5mln", "10am") stay part of the numeral; a longer word does not.
 */
const GLUED = new RegExp(`^([${DIGITS}][${DIGITS}.,]*)(\\p{L}{3,})$`, 'u')
const KEPT_SUFFIXES = new Set(['mln', 'bln', 'kms', 'hrs', 'sqm', 'kph', 'mph', 'gmt', 'utc'])

function token(raw: string, start: number, kind: TokenKind): FigureToken {
  return { norm: fold(raw), raw, start, end: start + raw.length, kind }
}

/** Tokens of text[from, to): numerals (with separators and suffixes), words, single marks. */
export function tokenizeForFigures(text: string, from: number, to: number): FigureToken[] {
  const tokens: FigureToken[] = []
  const part = text.slice(from, to)
  for (const m of part.matchAll(TOKEN_RE)) {
    const glued = GLUED.exec(m[0])
    if (glued?.[1] && glued[2] && !KEPT_SUFFIXES.has(glued[2].toLowerCase())) {
      // "100000people": the number and its noun, typed without the space.
      const at = from + m.index
      tokens.push(token(glued[1], at, 'num'), token(glued[2], at + glued[1].length, 'word'))
      continue
    }
    const raw = m[0]
    const start = from + m.index
    const kind: TokenKind = /^[0-9\u0660-\u0669\u06f0-\u06f9]/.test(raw)
      ? 'num'
      : /^[\p{L}\p{M}]/u.test(raw)
        ? 'word'
        : 'punct'
    tokens.push(token(raw, start, kind))
  }
  return tokens
}
