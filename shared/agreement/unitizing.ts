/**
 * Krippendorff's unitizing α (α_u) for one category on one continuum, as
 * defined in Krippendorff (2004), Content Analysis, 2nd ed., pp. 251–256:
 * every coder's units of the category and the gaps between them cover the
 * continuum; disagreement is measured on the squared differences of the
 * units' ends, against what all possible unitizations of the same units and
 * gaps would give.
 */

/** A unit of the category: where it begins on the continuum and how long it is (> 0). */
export interface Unit {
  begin: number
  length: number
}

interface Segment extends Unit {
  /** A unit of the category, or a gap. */
  unit: boolean
}

/** The continuum [0, length) cut into a coder's units and the gaps between them. */
function segmentation(units: readonly Unit[], length: number): Segment[] {
  const out: Segment[] = []
  let at = 0
  for (const u of units) {
    if (u.begin < at || u.length <= 0 || u.begin + u.length > length)
      throw new Error(`unit ${u.begin}+${u.length} overlaps another or leaves the continuum`)
    if (u.begin > at) out.push({ begin: at, length: u.begin - at, unit: false })
    out.push({ begin: u.begin, length: u.length, unit: true })
    at = u.begin + u.length
  }
  if (at < length) out.push({ begin: at, length: length - at, unit: false })
  return out
}

/** δ² of two segments of different coders that share part of the continuum. */
export function unitDistance(g: Segment, h: Segment): number {
  const beginDiff = g.begin - h.begin
  const lengthDiff = g.length - h.length
  if (g.unit && h.unit && -g.length < beginDiff && beginDiff < h.length)
    return beginDiff * beginDiff + (beginDiff + lengthDiff) * (beginDiff + lengthDiff)
  if (g.unit && !h.unit && -lengthDiff >= beginDiff && beginDiff >= 0) return g.length * g.length
  if (!g.unit && h.unit && -lengthDiff <= beginDiff && beginDiff <= 0) return h.length * h.length
  return 0
}

/** Σ δ² over every pair of segments of two coders that overlap (no other pair contributes). */
function pairDisagreement(a: readonly Segment[], b: readonly Segment[]): number {
  let sum = 0
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const g = a[i] as Segment
    const h = b[j] as Segment
    sum += unitDistance(g, h)
    const gEnd = g.begin + g.length
    const hEnd = h.begin + h.length
    if (gEnd <= hEnd) i++
    if (hEnd <= gEnd) j++
  }
  return sum
}

export interface UnitizingResult {
  observed: number
  expected: number
  /** Null when the category has no units at all (α_u is undefined). */
  alpha: number | null
}

/**
 * α_u = 1 − D_o / D_e for one category. `coders[i]` is coder i's units,
 * sorted and not overlapping, on the continuum [0, length).
 */
export function unitizingAlpha(
  coders: readonly (readonly Unit[])[],
  length: number,
): UnitizingResult {
  const m = coders.length
  const cuts = coders.map((units) => segmentation(units, length))
  let observed = 0
  for (let i = 0; i < m; i++)
    for (let j = i + 1; j < m; j++) observed += pairDisagreement(cuts[i] ?? [], cuts[j] ?? [])
  observed = (2 * observed) / (m * (m - 1) * length * length)

  const units = cuts.flat().filter((s) => s.unit)
  const gaps = cuts
    .flat()
    .filter((s) => !s.unit)
    .map((s) => s.length)
    .sort((x, y) => x - y)
  // suffix[k]: the sum of gaps[k..]; with the sorted gaps, Σ_{gap ≥ l} (gap − l + 1) is two lookups.
  const suffix = new Float64Array(gaps.length + 1)
  for (let k = gaps.length - 1; k >= 0; k--) suffix[k] = (suffix[k + 1] ?? 0) + (gaps[k] ?? 0)
  const n = units.length
  let squared = 0
  let sum = 0
  for (const { length: l } of units) {
    squared += l * (l - 1)
    const from = firstAtLeast(gaps, l)
    const fitting = (suffix[from] ?? 0) - (l - 1) * (gaps.length - from)
    sum += ((n - 1) * (2 * l * l * l - 3 * l * l + l)) / 3 + l * l * fitting
  }
  const denominator = m * length * (m * length - 1) - squared
  const expected = n === 0 || denominator <= 0 ? 0 : ((2 / length) * sum) / denominator
  if (expected === 0) return { observed, expected, alpha: null }
  return { observed, expected, alpha: observed === expected ? 0 : 1 - observed / expected }
}

/** The index of the first value ≥ x in an ascending list (its length when none is). */
function firstAtLeast(sorted: readonly number[], x: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((sorted[mid] ?? 0) < x) lo = mid + 1
    else hi = mid
  }
  return lo
}
