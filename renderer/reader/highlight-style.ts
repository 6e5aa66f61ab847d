import type { Segment } from './segments.ts'

/**
 * The look of highlighted text, one CSS class per combination of labels. Each
 * covering span draws its own underline band in its label's color on its own
 * track below the text (the same all along the span), with a gap of the
 * page's color between tracks, so overlapping labels stay apart; only the innermost
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
    const real = segment.spans.filter((s) => !s.suggested)
    const bands: (string | undefined)[] = []
    real.forEach((s, i) => (bands[segment.tracks.get(s.id) ?? i] = color(s.label)))
    const inner = real[real.length - 1]
    const tint = inner ? color(inner.label) : ''
    const proposedSpan = segment.spans.find((s) => s.suggested)
    const proposed = proposedSpan ? color(proposedSpan.label) : ''
    const key = `${tint}|${Array.from(bands, (c) => c ?? '').join(',')}|${proposed}`
    let name = this.byKey.get(key)
    if (name === undefined) {
      name = `hl-${this.byKey.size}`
      this.byKey.set(key, name)
      const rule = `.hl.${name} { ${declarations(tint, bands, proposed)} }`
      this.rules.push(rule)
      this.element.sheet?.insertRule(rule)
    }
    return name
  }
}

/** An underline band's height, and the gap below it, in px. */
const BAND = 2
const GAP = 1
/** From one track's band to the next. */
const BAND_STEP = BAND + GAP

/**
 * `bands`: a color per underline track, nearest the text first; a track with
 * no span here (one that runs on a track below) stays the page's color.
 */
function declarations(
  tint: string,
  bands: readonly (string | undefined)[],
  proposed: string,
): string {
  const shadows = Array.from(bands, (c, track) => {
    const bottom = BAND_STEP * track + BAND
    const band = `0 ${bottom}px 0 0 ${c ?? 'var(--bg)'}`
    return track + 1 < bands.length ? `${band}, 0 ${bottom + GAP}px 0 0 var(--bg)` : band
  })
  const layers = tint ? [`background-color: ${tint}33;`, `box-shadow: ${shadows.join(', ')};`] : []
  // The underline is placed from the baseline, which sits about 5px above the box's bottom.
  const dashed = proposed
    ? [
        `text-decoration: underline dashed ${proposed};`,
        `text-underline-offset: ${BAND_STEP * bands.length + 5}px;`,
      ]
    : []
  return [...layers, ...dashed].join(' ')
}
