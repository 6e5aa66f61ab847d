/**
 * Offsets on disk are Unicode code points; strings in JavaScript are UTF-16.
 * An OffsetMap converts between the two for one text, in O(1) when the text
 * has no astral characters and O(log n) otherwise.
 *
 * Each unit has its own branded type, so the compiler rejects an offset of
 * one unit where the other is meant. The OffsetMap's conversions are the only
 * way from one unit to the other; `utf16` and `codePoints` only name the unit
 * of a plain number that already counts in it.
 */
import { z } from 'zod'

/** An offset (or length) in UTF-16 code units: what JavaScript strings, the DOM and Slate count. */
export type Utf16Offset = number & z.$brand<'Utf16Offset'>
/** An offset (or length) in Unicode code points: what the corpus stores on disk. */
export type CodePointOffset = number & z.$brand<'CodePointOffset'>

/**
 * A number whose unit the type system does not know yet (code not yet typed
 * with a unit): accepted where one unit is expected, unlike an offset branded
 * with the other unit.
 */
export type UnbrandedOffset = number & { readonly [z.$brand]?: never }

/** A code point offset as parsed at the edge (a stored span, a suggestion). */
export const CodePointOffsetSchema = z.number().int().nonnegative().brand<'CodePointOffset'>()
/** A span's end: a code point offset after its start. */
export const CodePointEndSchema = z.number().int().positive().brand<'CodePointOffset'>()

/** Names the unit of a JavaScript string index, a RegExp match index or a DOM/Slate offset. */
export function utf16(n: UnbrandedOffset): Utf16Offset {
  return n as number as Utf16Offset
}

/** Names the unit of a number that counts code points (read from a format that counts them). */
export function codePoints(n: UnbrandedOffset): CodePointOffset {
  return n as number as CodePointOffset
}

/** The earlier of two offsets of one unit. */
export function minOffset(a: CodePointOffset, b: CodePointOffset): CodePointOffset
export function minOffset(a: Utf16Offset, b: Utf16Offset): Utf16Offset
export function minOffset(a: number, b: number): number {
  return Math.min(a, b)
}

/** The later of two offsets of one unit. */
export function maxOffset(a: CodePointOffset, b: CodePointOffset): CodePointOffset
export function maxOffset(a: Utf16Offset, b: Utf16Offset): Utf16Offset
export function maxOffset(a: number, b: number): number {
  return Math.max(a, b)
}

export class OffsetMap {
  /** UTF-16 index of every astral (surrogate-pair) character, ascending. */
  private readonly astral: number[]

  constructor(readonly text: string) {
    const astral: number[] = []
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1)
        if (d >= 0xdc00 && d <= 0xdfff) {
          astral.push(i)
          i++
        }
      }
    }
    this.astral = astral
  }

  /** Length of the text in code points. */
  get codePointLength(): CodePointOffset {
    return (this.text.length - this.astral.length) as CodePointOffset
  }

  /** Code point offset -> UTF-16 offset. */
  toUtf16(cp: CodePointOffset | UnbrandedOffset): Utf16Offset {
    if (this.astral.length === 0) return cp as number as Utf16Offset
    // Each astral character before the result adds one UTF-16 unit.
    let lo = 0
    let hi = this.astral.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      const pos = this.astral[mid] ?? 0
      if (pos - mid < cp) lo = mid + 1
      else hi = mid
    }
    return (cp + lo) as Utf16Offset
  }

  /** UTF-16 offset -> code point offset; an offset inside a pair counts as its start. */
  toCodePoint(u16: Utf16Offset | UnbrandedOffset): CodePointOffset {
    if (this.astral.length === 0) return u16 as number as CodePointOffset
    let lo = 0
    let hi = this.astral.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((this.astral[mid] ?? 0) < u16) lo = mid + 1
      else hi = mid
    }
    // `lo` pairs start before u16; one that u16 splits counts, landing on its start.
    return (u16 - lo) as CodePointOffset
  }

  /** The text between two code point offsets. */
  slice(start: CodePointOffset | UnbrandedOffset, end: CodePointOffset | UnbrandedOffset): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end))
  }
}

/** Length of a string in code points. */
export function codePointLength(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) i++
    }
    n++
  }
  return n
}
