/**
 * Chance-corrected agreement coefficients on nominal data: Cohen's κ for two
 * coders from their confusion matrix, and Krippendorff's α from the values
 * each unit received (any number of coders, missing values allowed).
 */

/** Cohen's κ = (p_o − p_e) / (1 − p_e) from a square confusion matrix (rows: coder a, columns: coder b). */
export function cohenKappa(confusion: readonly (readonly number[])[]): number | null {
  const k = confusion.length
  let n = 0
  let agree = 0
  const rows = new Array<number>(k).fill(0)
  const cols = new Array<number>(k).fill(0)
  confusion.forEach((row, i) => {
    row.forEach((count, j) => {
      n += count
      rows[i] = (rows[i] ?? 0) + count
      cols[j] = (cols[j] ?? 0) + count
      if (i === j) agree += count
    })
  })
  if (n === 0) return null
  let expected = 0
  for (let i = 0; i < k; i++) expected += ((rows[i] ?? 0) / n) * ((cols[i] ?? 0) / n)
  if (expected === 1) return null
  return (agree / n - expected) / (1 - expected)
}

/** Cohen's κ on binary decisions from the four cells: both yes, only a, only b, both no. */
export function binaryKappa(c: BinaryCells): number | null {
  return cohenKappa([
    [c.both, c.onlyA],
    [c.onlyB, c.neither],
  ])
}

export interface BinaryCells {
  both: number
  onlyA: number
  onlyB: number
  neither: number
}

/** A unit's values (value → how many coders gave it), standing for `weight` identical units. */
export interface UnitValues {
  counts: ReadonlyMap<string, number>
  weight?: number
}

/**
 * Krippendorff's α for nominal data: 1 − (n − 1)·Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k, with
 * the coincidence matrix o built from every unit that at least two coders coded
 * (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability"). Null when
 * every pairable value is the same (no variation: α is undefined).
 */
export function nominalAlpha(units: Iterable<UnitValues>): number | null {
  const totals = new Map<string, number>()
  let disagreeing = 0
  let n = 0
  for (const { counts, weight = 1 } of units) {
    let m = 0
    for (const c of counts.values()) m += c
    if (m < 2 || weight === 0) continue
    let same = 0
    for (const [value, c] of counts) {
      totals.set(value, (totals.get(value) ?? 0) + c * weight)
      same += c * (c - 1)
    }
    // Σ_{c≠k} of the unit's coincidences: all ordered pairs m(m−1) minus matching ones, over m−1.
    disagreeing += (weight * (m * (m - 1) - same)) / (m - 1)
    n += m * weight
  }
  let expected = 0
  for (const c of totals.values()) expected += c * (n - c)
  if (expected === 0) return null
  return 1 - ((n - 1) * disagreeing) / expected
}

/**
 * α for binary decisions where every unit was coded by the same `coders`:
 * `histogram[k]` is how many units exactly k coders marked.
 */
export function binaryAlpha(histogram: readonly number[], coders: number): number | null {
  return nominalAlpha(
    histogram.map((weight, k) => ({
      counts: new Map([
        ['1', k],
        ['0', coders - k],
      ]),
      weight,
    })),
  )
}
