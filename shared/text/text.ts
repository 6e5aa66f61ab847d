/** Text normalization applied once at import; the result is the canonical stored text. */
import { utf16, type UnbrandedOffset, type Utf16Offset } from './offsets.ts'

/** Strips a BOM, turns CRLF and lone CR into LF, and composes Unicode to NFC. */
export function canonicalText(raw: string): string {
  const noBom = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw
  return noBom.replace(/\r\n?/g, '\n').normalize('NFC')
}

/** A title for a document: its first non-empty line, shortened, else the fallback. */
export function titleFromText(text: string, fallback: string): string {
  const first = text
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.length > 0)
  if (!first) return fallback
  if (first.length <= 120) return first
  // Cut before a surrogate pair rather than through it (a lone half shows as �).
  const end = /[\ud800-\udbff]/.test(first[118] ?? '') ? 118 : 119
  return `${first.slice(0, end).trimEnd()}…`
}

/** A UTF-16 offset in the text, and a range of two. */
type At = Utf16Offset | UnbrandedOffset
type Bounds = [Utf16Offset, Utf16Offset]

const WORD_CHAR = /[\p{L}\p{N}\p{M}_'’-]/u

/**
 * Widens [start, end) (UTF-16 offsets) to whole words and trims surrounding
 * whitespace and punctuation, the way a person means a sloppy selection.
 * Returns null when nothing but whitespace or punctuation is selected.
 */
export function snapToWords(text: string, start: At, end: At): Bounds | null {
  let s: number = start
  let e: number = end
  while (s < e && !isWordChar(text, s)) s = nextIndex(text, s)
  while (e > s && !isWordChar(text, prevIndex(text, e))) e = prevIndex(text, e)
  if (s >= e) return null
  while (s > 0 && isWordChar(text, prevIndex(text, s))) s = prevIndex(text, s)
  while (e < text.length && isWordChar(text, e)) e = nextIndex(text, e)
  // A possessive the person did not select stays out: "Turkey" of "Turkey’s".
  if (e - 2 >= end && /['’]s$/.test(text.slice(s, e))) e -= 2
  while (s < e && isEdgePunct(text[s] ?? '')) s++
  while (e > s && isEdgePunct(text[e - 1] ?? '')) e--
  return s < e ? [utf16(s), utf16(e)] : null
}

/** Trims whitespace at both ends of [start, end) (UTF-16), for exact-character mode. */
export function trimRange(text: string, start: At, end: At): Bounds | null {
  let s: number = start
  let e: number = end
  while (s < e && /\s/.test(text[s] ?? '')) s++
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--
  return s < e ? [utf16(s), utf16(e)] : null
}

function isEdgePunct(c: string): boolean {
  return c === "'" || c === '’' || c === '-' || c === '_'
}

function isWordChar(text: string, i: number): boolean {
  const cp = text.codePointAt(i)
  return cp !== undefined && WORD_CHAR.test(String.fromCodePoint(cp))
}

function nextIndex(text: string, i: number): number {
  const cp = text.codePointAt(i) ?? 0
  return i + (cp > 0xffff ? 2 : 1)
}

function prevIndex(text: string, i: number): number {
  const c = text.charCodeAt(i - 1)
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? i - 2 : i - 1
}
