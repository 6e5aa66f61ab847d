/**
 * Text that reaches us with U+FFFD REPLACEMENT CHARACTER in it lost
 * characters before it was imported (a wrong decoding somewhere upstream):
 * nothing can bring them back, so an import says so, naming where.
 */
const REPLACEMENT = '\ufffd'

export function lostCharacters(text: string): number {
  let n = 0
  for (let at = text.indexOf(REPLACEMENT); at >= 0; at = text.indexOf(REPLACEMENT, at + 1)) n++
  return n
}

/** "WHERE: the text holds N U+FFFD …", or null when it holds none. */
export function lostCharactersWarning(where: string, text: string): string | null {
  const n = lostCharacters(text)
  if (n === 0) return null
  return `${where}: the text holds ${n} U+FFFD replacement character${n === 1 ? '' : 's'} (characters lost before it reached Spanbench; find a better copy of the source)`
}
