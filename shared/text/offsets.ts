/**
 * Offsets on disk are Unicode code points; strings in JavaScript are UTF-16.
 * An OffsetMap converts between the two for one text, in O(1) when the text
 * has no astral characters and O(log n) otherwise.
 */
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
  get codePointLength(): number {
    return this.text.length - this.astral.length
  }

  /** Code point offset -> UTF-16 offset. */
  toUtf16(cp: number): number {
    if (this.astral.length === 0) return cp
    // Each astral character before the result adds one UTF-16 unit.
    let lo = 0
    let hi = this.astral.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      const pos = this.astral[mid] ?? 0
      if (pos - mid < cp) lo = mid + 1
      else hi = mid
    }
    return cp + lo
  }

  /** UTF-16 offset -> code point offset; an offset inside a pair counts as its start. */
  toCodePoint(u16: number): number {
    if (this.astral.length === 0) return u16
    let lo = 0
    let hi = this.astral.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((this.astral[mid] ?? 0) < u16) lo = mid + 1
      else hi = mid
    }
    // `lo` pairs start before u16; one that u16 splits counts, landing on its start.
    return u16 - lo
  }

  /** The text between two code point offsets. */
  slice(start: number, end: number): string {
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
