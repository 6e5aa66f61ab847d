/**
 * Two layers of one document side by side: every place they differ, by kind,
 * in text order, for the compare view to mark and step through.
 *
 * - `label`: the same extent with another label;
 * - `boundary`: the same label on overlapping but different extents;
 * - `only_a` / `only_b`: a span only one layer has (nothing of its label overlaps it);
 * - `relation`: a relation of one layer the other lacks between the corresponding spans;
 * - `attribute`: corresponding spans (same extent, or boundary pairs) whose attributes differ.
 */
import { z } from 'zod'
import {
  codePoints,
  CodePointOffsetSchema,
  maxOffset,
  minOffset,
  type CodePointOffset,
} from '../text/offsets.ts'
import type { AttributeValue, Relation, Span } from '../contract/model.ts'
import { extentKey } from './extents.ts'
import { overlapMatching } from './matching.ts'

export const DisagreementKindSchema = z.enum([
  'label',
  'boundary',
  'only_a',
  'only_b',
  'relation',
  'attribute',
])
export type DisagreementKind = z.infer<typeof DisagreementKindSchema>

export const DisagreementSchema = z.object({
  kind: DisagreementKindSchema,
  /** Where in the text (code points): the union of the spans involved. */
  start: CodePointOffsetSchema,
  end: CodePointOffsetSchema,
  /** The span (or relation) ids involved in layer a and in layer b. */
  a: z.array(z.string()),
  b: z.array(z.string()),
  /** For `attribute`: the attribute ids whose values differ. */
  attributes: z.array(z.string()).optional(),
  /** One line for a person: what differs. */
  message: z.string(),
})
export type Disagreement = z.infer<typeof DisagreementSchema>

export interface LayerContent {
  spans: readonly Span[]
  relations: readonly Relation[]
}

const byLabelAndExtent = (s: Span): string => `${s.label}\u0000${extentKey(s)}`

export function compareLayers(a: LayerContent, b: LayerContent): Disagreement[] {
  const out: Disagreement[] = []
  /** a span id → the b span id it corresponds to (same extent, or a boundary pair). */
  const partner = new Map<string, string>()
  const restA = new Set(a.spans)
  const restB = new Set(b.spans)
  const pairUp = (key: (s: Span) => string, found: (x: Span, y: Span) => void): void => {
    const waiting = new Map<string, Span[]>()
    for (const y of restB) {
      const list = waiting.get(key(y))
      if (list) list.push(y)
      else waiting.set(key(y), [y])
    }
    for (const x of [...restA]) {
      const y = waiting.get(key(x))?.shift()
      if (!y) continue
      restA.delete(x)
      restB.delete(y)
      partner.set(x.id, y.id)
      found(x, y)
    }
  }
  pairUp(byLabelAndExtent, (x, y) => attributeDifference(x, y, out))
  pairUp(extentKey, (x, y) =>
    out.push({
      kind: 'label',
      ...extentOf(x, y),
      a: [x.id],
      b: [y.id],
      message: `"${x.text}": ${x.label} in a, ${y.label} in b`,
    }),
  )
  const leftA = [...restA]
  const leftB = [...restB]
  for (const [i, j] of overlapMatching(leftA, leftB)) {
    const x = leftA[i]
    const y = leftB[j]
    if (!x || !y) continue
    restA.delete(x)
    restB.delete(y)
    partner.set(x.id, y.id)
    out.push({
      kind: 'boundary',
      ...extentOf(x, y),
      a: [x.id],
      b: [y.id],
      message: `${x.label}: "${x.text}" in a, "${y.text}" in b`,
    })
    attributeDifference(x, y, out)
  }
  for (const x of restA)
    out.push({
      kind: 'only_a',
      start: x.start,
      end: x.end,
      a: [x.id],
      b: [],
      message: `${x.label} "${x.text}" only in a`,
    })
  for (const y of restB)
    out.push({
      kind: 'only_b',
      start: y.start,
      end: y.end,
      a: [],
      b: [y.id],
      message: `${y.label} "${y.text}" only in b`,
    })
  relationDifferences(a, b, partner, out)
  return out.sort((p, q) => p.start - q.start || p.end - q.end)
}

function extentOf(x: Span, y: Span): { start: CodePointOffset; end: CodePointOffset } {
  return { start: minOffset(x.start, y.start), end: maxOffset(x.end, y.end) }
}

function attributeDifference(x: Span, y: Span, out: Disagreement[]): void {
  const value = (s: Span, id: string): AttributeValue => s.attributes?.[id] ?? null
  const ids = [...new Set([...Object.keys(x.attributes ?? {}), ...Object.keys(y.attributes ?? {})])]
  const differ = ids.filter((id) => value(x, id) !== value(y, id)).sort()
  if (!differ.length) return
  out.push({
    kind: 'attribute',
    ...extentOf(x, y),
    a: [x.id],
    b: [y.id],
    attributes: differ,
    message: `${x.label} "${x.text}": ${differ
      .map(
        (id) => `${id} ${JSON.stringify(value(x, id))} in a, ${JSON.stringify(value(y, id))} in b`,
      )
      .join('; ')}`,
  })
}

function relationDifferences(
  a: LayerContent,
  b: LayerContent,
  partner: ReadonlyMap<string, string>,
  out: Disagreement[],
): void {
  const spansA = new Map(a.spans.map((s) => [s.id, s]))
  const spansB = new Map(b.spans.map((s) => [s.id, s]))
  const waiting = new Map<string, Relation[]>()
  for (const r of b.relations) {
    const key = `${r.type}\u0000${r.from}\u0000${r.to}`
    waiting.set(key, [...(waiting.get(key) ?? []), r])
  }
  const unmatched: Relation[] = []
  for (const r of a.relations) {
    const key = `${r.type}\u0000${partner.get(r.from)}\u0000${partner.get(r.to)}`
    if (!waiting.get(key)?.shift()) unmatched.push(r)
  }
  const describe = (
    r: Relation,
    spans: ReadonlyMap<string, Span>,
    side: 'a' | 'b',
  ): Disagreement => {
    const from = spans.get(r.from)
    const to = spans.get(r.to)
    return {
      kind: 'relation',
      start: minOffset(from?.start ?? codePoints(0), to?.start ?? codePoints(0)),
      end: maxOffset(from?.end ?? codePoints(0), to?.end ?? codePoints(0)),
      a: side === 'a' ? [r.id] : [],
      b: side === 'b' ? [r.id] : [],
      message: `${r.type} "${from?.text ?? r.from}" → "${to?.text ?? r.to}" only in ${side}`,
    }
  }
  for (const r of unmatched) out.push(describe(r, spansA, 'a'))
  for (const list of waiting.values()) for (const r of list) out.push(describe(r, spansB, 'b'))
}
