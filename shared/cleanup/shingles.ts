/**
 * Word shingles: every run of SHINGLE consecutive words, hashed. Two texts
 * that share most of their shingles say mostly the same thing, whatever their
 * line breaks, spacing or punctuation.
 */

export const SHINGLE = 5

/** Lower-case words (letters and digits) of a text. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

/** Hashes of every SHINGLE-word window; none for a shorter text. */
export function shingles(tokens: readonly string[]): number[] {
  const out: number[] = []
  for (let i = 0; i + SHINGLE <= tokens.length; i++) {
    out.push(hash(tokens.slice(i, i + SHINGLE).join(' ')))
  }
  return out
}

/** The hash of a whole line's words, for lines too short to have shingles. */
export function lineKey(tokens: readonly string[]): number {
  return hash(`\u0000${tokens.join(' ')}`)
}

/** A 53-bit hash (two 32-bit FNV-1a variants), exact as a JavaScript number. */
export function hash(s: string): number {
  let a = 0x811c9dc5
  let b = 0x01000193
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15)
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff)
}
