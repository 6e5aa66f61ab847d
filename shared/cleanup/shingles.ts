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

/** The hash of a whole line's words (53 bits: an exact match has to be one). */
export function lineKey(tokens: readonly string[]): number {
  const s = tokens.join(' ')
  let a = 0x811c9dc5
  let b = 0x9e3779b9
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995) ^ (b >>> 15)
  }
  // Above 2^30, so it never equals a shingle's hash.
  return 0x40000000 + (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff)
}

/**
 * A 30-bit FNV-1a hash: small enough to be a V8 small integer, which makes the
 * index's maps several times faster than wider keys. A collision only adds a
 * stray shared shingle; a line counts as shared on two or more of them, or on
 * its exact (53-bit) line key.
 */
export function hash(s: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return (h ^ (h >>> 30)) & 0x3fffffff
}
