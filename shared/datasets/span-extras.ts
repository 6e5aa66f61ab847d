/** What a span carries besides its bounds and label, as JSON formats write it. */
import type { AttributeValue, Span } from '../contract/model.ts'

/** Keys sorted, so the same record always serializes the same way. */
export function sortedKeys<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}

/** `{attributes, note}` of a span, each only when present. */
export function spanExtras(span: Span): {
  attributes?: Record<string, AttributeValue>
  note?: string
} {
  return {
    ...(span.attributes && Object.keys(span.attributes).length
      ? { attributes: sortedKeys(span.attributes) }
      : {}),
    ...(span.note ? { note: span.note } : {}),
  }
}

/** Compares ids with digit runs as numbers ("T9" before "T10"), then as strings. */
export function compareIdsNaturally(a: string, b: string): number {
  const x = a.match(/\d+|\D+/g) ?? []
  const y = b.match(/\d+|\D+/g) ?? []
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i] ?? ''
    const q = y[i] ?? ''
    if (p === q) continue
    const digits = /^\d/.test(p) && /^\d/.test(q)
    if (digits && Number(p) !== Number(q)) return Number(p) - Number(q)
    return p < q ? -1 : 1
  }
  return x.length - y.length || (a < b ? -1 : a > b ? 1 : 0)
}
