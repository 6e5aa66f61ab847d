import { describe, expect, it } from 'vitest'
import { contrastRatio, relativeLuminance, textColorOn } from './color.ts'

describe('label chip text colour', () => {
  it('reads the WCAG contrast of the default palette as axe-core does', () => {
    const white = relativeLuminance('#fff') ?? 0
    expect(contrastRatio(relativeLuminance('#2ca02c') ?? 0, white)).toBeCloseTo(3.4, 1)
    expect(contrastRatio(relativeLuminance('#9467bd') ?? 0, white)).toBeCloseTo(4.25, 1)
  })

  it('picks black on light or mid colours and white on dark ones, always at least 4.5:1 there', () => {
    for (const bg of [
      '#2ca02c',
      '#9467bd',
      '#ff7f0e',
      '#1f77b4',
      '#d62728',
      '#ffff00',
      '#222222',
    ]) {
      const text = textColorOn(bg)
      const ratio = contrastRatio(relativeLuminance(bg) ?? 0, relativeLuminance(text) ?? 0)
      expect(ratio, `${text} on ${bg}`).toBeGreaterThanOrEqual(4.5)
    }
    expect(textColorOn('#2ca02c')).toBe('#000')
    expect(textColorOn('#222')).toBe('#fff')
  })

  it('falls back to white for what is not a hex colour', () => {
    expect(textColorOn('teal')).toBe('#fff')
  })
})
