/**
 * Which spans of two layers are the same annotation. Exact: same label and
 * extent. Overlap: same label and at least one shared code point, each span
 * matched at most once, as many pairs as possible (a maximum bipartite
 * matching by augmenting paths; a span tries the candidates it shares most
 * code points with first, so exact twins pair up when that costs no pair).
 */
import type { Span } from '../contract/model.ts'
import { extentKey, sharedCodePoints } from './extents.ts'

/** How many spans of `a` have an exact twin in `b` (each twin used once). */
export function exactMatches(a: readonly Span[], b: readonly Span[]): number {
  const counts = new Map<string, number>()
  for (const s of b) {
    const key = `${s.label}\u0000${extentKey(s)}`
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  let matched = 0
  for (const s of a) {
    const key = `${s.label}\u0000${extentKey(s)}`
    const left = counts.get(key) ?? 0
    if (left > 0) {
      matched++
      counts.set(key, left - 1)
    }
  }
  return matched
}

/**
 * The overlap matching: pairs [index in a, index in b], in a's order. With
 * `anyLabel`, spans of different labels may pair too (for a confusion matrix;
 * a span tries those of its own label first).
 */
export function overlapMatching(
  a: readonly Span[],
  b: readonly Span[],
  anyLabel = false,
): [number, number][] {
  const candidates = a.map((x) => {
    const found: { j: number; shared: number; same: boolean }[] = []
    b.forEach((y, j) => {
      if (!anyLabel && y.label !== x.label) return
      const shared = sharedCodePoints(x, y)
      if (shared > 0) found.push({ j, shared, same: y.label === x.label })
    })
    found.sort((p, q) => Number(q.same) - Number(p.same) || q.shared - p.shared || p.j - q.j)
    return found.map((f) => f.j)
  })
  const partnerOfB = new Int32Array(b.length).fill(-1)
  const augment = (i: number, seen: Uint8Array): boolean => {
    for (const j of candidates[i] ?? []) {
      if (seen[j]) continue
      seen[j] = 1
      const other = partnerOfB[j] ?? -1
      if (other < 0 || augment(other, seen)) {
        partnerOfB[j] = i
        return true
      }
    }
    return false
  }
  for (let i = 0; i < a.length; i++) if (candidates[i]?.length) augment(i, new Uint8Array(b.length))
  const pairs: [number, number][] = []
  partnerOfB.forEach((i, j) => {
    if (i >= 0) pairs.push([i, j])
  })
  return pairs.sort((p, q) => p[0] - q[0])
}
