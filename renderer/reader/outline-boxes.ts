/** A rectangle in some coordinate space: the shape of `DOMRect` the outline needs. */
export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

/** Two boxes are on one line when they share more than half the shorter one's height. */
function sameLine(a: Box, b: Box): boolean {
  const shared = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top)
  return shared > Math.min(a.bottom - a.top, b.bottom - b.top) / 2
}

/**
 * The pieces of a span as painted (one box per piece per line, in any order)
 * merged into one box per line, top to bottom: the shape its outline follows.
 * Empty pieces (a line break's zero-width box) are left out.
 */
export function lineBoxes(pieces: readonly Box[]): Box[] {
  const lines: Box[] = []
  for (const piece of pieces) {
    if (piece.right - piece.left <= 0 || piece.bottom - piece.top <= 0) continue
    const line = lines.find((l) => sameLine(l, piece))
    if (!line) {
      lines.push({ left: piece.left, top: piece.top, right: piece.right, bottom: piece.bottom })
      continue
    }
    line.left = Math.min(line.left, piece.left)
    line.top = Math.min(line.top, piece.top)
    line.right = Math.max(line.right, piece.right)
    line.bottom = Math.max(line.bottom, piece.bottom)
  }
  return lines.sort((a, b) => a.top - b.top)
}
