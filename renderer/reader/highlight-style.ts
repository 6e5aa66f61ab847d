import type { Segment } from '../state/segments.ts'

/**
 * The look of highlighted text, one CSS class per combination of labels. Each
 * covering span draws its own underline band in its label's color, stacked
 * below the text outermost first with a gap of the page's color between
 * bands, so two or three overlapping labels stay apart; only the innermost
 * span tints the words (tints blended one over another turn muddy). A
 * proposed span only gets a dashed underline below the bands. Nothing takes
 * room in the line: the text never moves. A long document has tens of
 * thousands of highlighted pieces but only a few dozen combinations, so the
 * rules live once in a style sheet instead of inline on every piece.
 */
export class HighlightClasses {
  private readonly byKey = new Map<string, string>()
  private readonly bySegment = new WeakMap<Segment, string>()
  private readonly element: HTMLStyleElement
  private readonly rules: string[] = []

  constructor(private readonly colors: ReadonlyMap<string, string>) {
    this.element = document.createElement('style')
    this.element.dataset.highlights = ''
    document.head.append(this.element)
  }

  /** The class names of a highlighted piece: `hl` and its combination's class. */
  className(segment: Segment): string {
    let name = this.bySegment.get(segment)
    if (name === undefined) {
      name = `hl ${this.combination(segment)}`
      this.bySegment.set(segment, name)
    }
    return name
  }

  /** Puts the style sheet (back) in the page, with every rule made so far. */
  mount(): void {
    if (this.element.isConnected) return
    this.element.textContent = this.rules.join('\n')
    document.head.append(this.element)
  }

  dispose(): void {
    this.element.remove()
  }

  private combination(segment: Segment): string {
    const color = (label: string) => this.colors.get(label) ?? '#888888'
    const real = segment.spans.filter((s) => !s.suggested).map((s) => color(s.label))
    const proposedSpan = segment.spans.find((s) => s.suggested)
    const proposed = proposedSpan ? color(proposedSpan.label) : ''
    const key = `${real.join(',')}|${proposed}`
    let name = this.byKey.get(key)
    if (name === undefined) {
      name = `hl-${this.byKey.size}`
      this.byKey.set(key, name)
      const rule = `.hl.${name} { ${declarations(real, proposed)} }`
      this.rules.push(rule)
      this.element.sheet?.insertRule(rule)
    }
    return name
  }
}

/** An underline band's height, and the gap below it, in px. */
const BAND = 2
const GAP = 1
/** How far below a highlighted piece's box each of its spans' bands reaches: its spans times this. */
export const BAND_STEP = BAND + GAP

function declarations(real: readonly string[], proposed: string): string {
  const inner = real[real.length - 1]
  const bands = real.flatMap((c, i) => {
    const bottom = BAND_STEP * i + BAND
    const band = `0 ${bottom}px 0 0 ${c}`
    return i + 1 < real.length ? [band, `0 ${bottom + GAP}px 0 0 var(--bg)`] : [band]
  })
  const layers = inner ? [`background-color: ${inner}33;`, `box-shadow: ${bands.join(', ')};`] : []
  // The underline is placed from the baseline, which sits about 5px above the box's bottom.
  const dashed = proposed
    ? [
        `text-decoration: underline dashed ${proposed};`,
        `text-underline-offset: ${BAND_STEP * real.length + 5}px;`,
      ]
    : []
  return [...layers, ...dashed].join(' ')
}
