/**
 * Rebuilds lines and paragraphs from the positioned text items of one PDF
 * page: items on one baseline form a line (left to right, with a space where
 * the gap is wider than a space), a page with two columns is read column by
 * column, and a gap wider than the usual line spacing starts a paragraph.
 */

export interface PdfItem {
  str: string
  x: number
  /** Baseline, growing upwards (PDF user space). */
  y: number
  width: number
  /** Font size (height of the text's box). */
  size: number
}

interface PdfLine {
  x0: number
  x1: number
  y: number
  size: number
  text: string
}

/** The page's text: lines joined by "\n", paragraphs by "\n\n". */
export function layoutPage(items: readonly PdfItem[], pageWidth: number): string {
  const lines = toLines(items.filter((i) => i.str.length > 0))
  if (lines.length === 0) return ''
  const ordered = readingOrder(lines, pageWidth)
  const gaps = ordered.slice(1).map((l, i) => (ordered[i] as PdfLine).y - l.y)
  const spacing = median(gaps.filter((g) => g > 0)) ?? 0
  let out = ordered[0]?.text ?? ''
  for (let i = 1; i < ordered.length; i++) {
    const gap = gaps[i - 1] ?? 0
    // A jump up means a new column; a wide gap down, a new paragraph.
    const paragraph = gap <= 0 || (spacing > 0 && gap > 1.6 * spacing)
    out += (paragraph ? '\n\n' : '\n') + (ordered[i] as PdfLine).text
  }
  return out
}

/** Groups items into lines by baseline, keeping separate stretches of one baseline apart. */
function toLines(items: readonly PdfItem[]): PdfLine[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x)
  const lines: { y: number; size: number; items: PdfItem[] }[] = []
  for (const item of sorted) {
    const line = lines.find((l) => Math.abs(l.y - item.y) <= 0.3 * Math.max(l.size, item.size, 1))
    if (line) line.items.push(item)
    else lines.push({ y: item.y, size: item.size, items: [item] })
  }
  return lines.flatMap((l) =>
    splitAtGutters(
      l.items.sort((a, b) => a.x - b.x),
      l.y,
    ),
  )
}

/** One baseline may cross a column gutter: stretches far apart become separate lines. */
function splitAtGutters(items: readonly PdfItem[], y: number): PdfLine[] {
  const out: PdfLine[] = []
  let current: PdfLine | null = null
  let end = 0
  for (const item of items) {
    const size = Math.max(item.size, 1)
    const gap = item.x - end
    if (!current || gap > 3 * size) {
      current = { x0: item.x, x1: item.x + item.width, y, size, text: item.str }
      out.push(current)
    } else {
      const space = gap > 0.15 * size && !/\s$/.test(current.text) && !/^\s/.test(item.str)
      current.text += (space ? ' ' : '') + item.str
      current.x1 = Math.max(current.x1, item.x + item.width)
    }
    end = Math.max(end, item.x + item.width)
  }
  for (const l of out) l.text = l.text.replace(/\s+$/, '')
  return out.filter((l) => l.text.trim().length > 0)
}

/**
 * Top to bottom, unless the page has two columns: a vertical gutter no line
 * crosses, with a good share of lines on each side. Then the left column
 * comes first; lines spanning both (a headline) keep their place above.
 */
function readingOrder(lines: readonly PdfLine[], pageWidth: number): PdfLine[] {
  const byY = [...lines].sort((a, b) => b.y - a.y || a.x0 - b.x0)
  const gutter = findGutter(lines, pageWidth)
  if (gutter === null) return byY
  const left = byY.filter((l) => l.x1 <= gutter)
  const right = byY.filter((l) => l.x0 >= gutter)
  const spanning = byY.filter((l) => l.x0 < gutter && l.x1 > gutter)
  const top = Math.min(left[0]?.y ?? Infinity, right[0]?.y ?? Infinity)
  const above = spanning.filter((l) => l.y > top)
  const below = spanning.filter((l) => l.y <= top)
  return [...above, ...left, ...right, ...below]
}

function findGutter(lines: readonly PdfLine[], pageWidth: number): number | null {
  if (lines.length < 6 || pageWidth <= 0) return null
  for (let x = pageWidth * 0.35; x <= pageWidth * 0.65; x += pageWidth / 100) {
    const crossing = lines.filter((l) => l.x0 < x && l.x1 > x).length
    const left = lines.filter((l) => l.x1 <= x).length
    const right = lines.filter((l) => l.x0 >= x).length
    if (crossing <= 2 && left >= 0.3 * lines.length && right >= 0.3 * lines.length) return x
  }
  return null
}

/** The lower median: with few lines, one paragraph gap must not count as the line spacing. */
function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)]
}
