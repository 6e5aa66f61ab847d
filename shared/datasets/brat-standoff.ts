/**
 * What brat's standoff format and our model agree on, shared by the brat
 * writer and reader so that an export reads back to the same annotations.
 *
 * - Offsets are code points: brat's server indexes the text as a Python
 *   string.
 * - An .ann line cannot hold a line break. brat reads .ann files with
 *   Python's codecs line reader, which also breaks at \v, \f, U+001C-U+001E,
 *   U+0085, U+2028 and U+2029, so a span's fragments are cut at all of them,
 *   and note text escapes them (\n, \r, \t, \\ and \uXXXX).
 * - Choice attribute values cannot hold spaces in annotation.conf: a space
 *   becomes "_", and the reader maps it back through the schema's options.
 */
import type { Span } from '../contract/model.ts'
import type { OffsetMap } from '../text/offsets.ts'

const LINE_BREAKS = /[\n\r\v\f\x85\u2028\u2029]/u

/** Whether a character ends a line for Python's codecs reader, as brat reads .ann files. */
export function isLineBreak(ch: string): boolean {
  const c = ch.charCodeAt(0)
  return (c >= 0x1c && c <= 0x1e) || LINE_BREAKS.test(ch)
}

/** The span's fragments for a T line: its own, cut at line breaks, without empty pieces. */
export function bratFragments(map: OffsetMap, span: Span): [number, number][] {
  const out: [number, number][] = []
  for (const [start, end] of span.fragments ?? [[span.start, span.end]]) {
    let from: number = start
    let cp: number = start
    for (const ch of map.slice(start, end)) {
      if (isLineBreak(ch)) {
        if (cp > from) out.push([from, cp])
        from = cp + 1
      }
      cp++
    }
    if (end > from) out.push([from, end])
  }
  return out
}

/** The text of a T line: the fragments joined by one space (brat's DISCONT_SEP). */
export function fragmentText(map: OffsetMap, fragments: readonly (readonly [number, number])[]) {
  return fragments.map(([a, b]) => map.slice(a, b)).join(' ')
}

export function escapeNote(text: string): string {
  let out = ''
  for (const ch of text) {
    if (ch === '\\') out += '\\\\'
    else if (ch === '\t') out += '\\t'
    else if (ch === '\n') out += '\\n'
    else if (ch === '\r') out += '\\r'
    else if (isLineBreak(ch)) out += `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`
    else out += ch
  }
  return out
}

export function unescapeNote(text: string): string {
  return text.replace(/\\(u[0-9a-fA-F]{4}|[\\tnr])/g, (_m, e: string) => {
    if (e === '\\') return '\\'
    if (e === 't') return '\t'
    if (e === 'n') return '\n'
    if (e === 'r') return '\r'
    return String.fromCharCode(parseInt(e.slice(1), 16))
  })
}

/** A choice value as annotation.conf and A lines can hold it. */
export function encodeValue(value: string): string {
  return value.replace(/\s/gu, '_')
}

/** A brat choice value read back: the schema option it encodes, else the value as written. */
export function decodeValue(value: string, options: readonly string[] | undefined): string {
  return (
    options?.find((o) => o === value) ?? options?.find((o) => encodeValue(o) === value) ?? value
  )
}

/** Note types of our own: the span's note goes to brat's usual AnnotatorNotes. */
export const NOTE_TYPE = 'AnnotatorNotes'
