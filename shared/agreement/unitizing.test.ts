import { describe, expect, it } from 'vitest'
import { unitizingAlpha, type Unit } from './unitizing.ts'

const u = (begin: number, length: number): Unit => ({ begin, length })

/**
 * Krippendorff (2004), Content Analysis, 2nd ed., p. 254: two observers, the
 * continuum 150–450, categories c and k. The book gives (to four decimals)
 * uD_o(c) = 0.0144, uD_e(c) = 0.0532, α_u(c) = 0.7286 and α_u(k) = 1; the same
 * figures are asserted by DKPro Statistics' Krippendorff2004Test.
 */
describe('unitizing α: Krippendorff 2004, p. 254', () => {
  const shift = (units: Unit[]) => units.map((x) => u(x.begin - 150, x.length))
  it('gives the published disagreements and α_u for category c', () => {
    const c = unitizingAlpha(
      [shift([u(225, 70), u(370, 30)]), shift([u(220, 80), u(355, 20), u(400, 20)])],
      300,
    )
    expect(c.observed).toBeCloseTo(0.0144, 4)
    expect(c.expected).toBeCloseTo(0.0532, 4)
    expect(c.alpha).toBeCloseTo(0.7286, 4)
  })
  it('gives α_u = 1 where both observers unitized category k alike', () => {
    const k = unitizingAlpha(
      [shift([u(180, 60), u(300, 50)]), shift([u(180, 60), u(300, 50)])],
      300,
    )
    expect(k.observed).toBe(0)
    expect(k.expected).toBeCloseTo(0.049, 4)
    expect(k.alpha).toBe(1)
  })
})

/**
 * Krippendorff (1995), "On the reliability of unitizing contiguous data",
 * Sociological Methodology 25, p. 57: four pairs of coders on a continuum of
 * 24 (A: Bertha and Bill, …). The observed disagreements are exact in the
 * paper (DKPro Statistics' Krippendorff1995Test asserts them to 1e-5).
 */
describe('unitizing α: Krippendorff 1995, p. 57', () => {
  it('gives the published observed disagreements', () => {
    const cases: [Unit[], Unit[], number][] = [
      [[u(2, 8), u(14, 6)], [u(4, 4), u(15, 2)], 0.03125],
      [[u(0, 18)], [u(0, 2), u(2, 1), u(3, 1), u(4, 1), u(5, 1), u(6, 3), u(9, 1)], 2.26736],
      [
        [u(2, 6), u(10, 2), u(14, 4), u(20, 2)],
        [u(0, 2), u(4, 4), u(10, 4), u(16, 2), u(20, 2)],
        0.02777,
      ],
      [
        [u(0, 2), u(2, 8), u(10, 4), u(14, 6), u(20, 4)],
        [u(0, 4), u(4, 4), u(8, 7), u(15, 2), u(17, 7)],
        0.38715,
      ],
    ]
    for (const [a, b, observed] of cases)
      // Published to five decimals (0.02777 for 1/36): within 1e-5.
      expect(Math.abs(unitizingAlpha([a, b], 24).observed - observed)).toBeLessThan(1e-5)
  })
})
