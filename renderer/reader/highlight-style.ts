import type { Segment } from './segments.ts'

/**
 * The look of highlighted text, one CSS class per combination of labels: each
 * covering span adds a translucent layer of its label's color (so overlaps
 * blend) and its own underline, stacked below the text; a proposed span only
 * gets a dashed underline in its label's color. A long document has tens of
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

function declarations(real: readonly string[], proposed: string): string {
  const layers = real.length
    ? [
        `background-image: ${real.map((c) => `linear-gradient(${c}33, ${c}33)`).join(', ')};`,
        `box-shadow: ${real.map((c, i) => `0 ${2 * (i + 1)}px 0 0 ${c}`).join(', ')};`,
      ]
    : []
  const dashed = proposed
    ? [
        `text-decoration: underline dashed ${proposed};`,
        `text-underline-offset: ${2 * real.length + 4}px;`,
      ]
    : []
  return [...layers, ...dashed].join(' ')
}
