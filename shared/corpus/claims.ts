/**
 * Claims: one row per casualty figure with what it is linked to, the record
 * a conflict researcher compares across reports (after ACLED / UCDP GED for
 * counts and PARC for attribution). Figures are never merged.
 */
import { z } from 'zod'
import type { AnnotationSet, AttributeValue, DocumentRecord, Span } from '../contract/model.ts'
import { csvLine } from '../formats/csv.ts'

export const FIGURE_LABEL = 'CASUALTY_FIGURE'

export const ClaimRowSchema = z.object({
  docId: z.string(),
  document: z.string(),
  date: z.string(),
  spanId: z.string(),
  figure: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  outcome: z.string(),
  low: z.number().nullable(),
  best: z.number().nullable(),
  high: z.number().nullable(),
  qualifier: z.string(),
  victim: z.string(),
  perpetrator: z.string(),
  place: z.string(),
  /** The attribution span the figure is claimed by ("the Turkish Defense Ministry reported"). */
  attribution: z.string(),
  /** Who makes the claim: the attribution's source actor, else the attribution itself. */
  source: z.string(),
})
export type ClaimRow = z.infer<typeof ClaimRowSchema>

export const CLAIM_COLUMNS: readonly (keyof ClaimRow)[] = [
  'document',
  'date',
  'figure',
  'outcome',
  'low',
  'best',
  'high',
  'qualifier',
  'victim',
  'perpetrator',
  'place',
  'source',
  'attribution',
  'docId',
  'spanId',
  'start',
  'end',
]

/** The claims of one document for one annotator, in reading order. */
export function claimsOf(doc: DocumentRecord, set: AnnotationSet | null): ClaimRow[] {
  if (!set) return []
  const spans = new Map(set.spans.map((s) => [s.id, s]))
  const targets = (from: string, type: string): Span[] =>
    set.relations
      .filter((r) => r.from === from && r.type === type)
      .map((r) => spans.get(r.to))
      .filter((s): s is Span => s !== undefined)
      .sort((a, b) => a.start - b.start)
  const texts = (list: Span[]) => list.map((s) => s.text).join('; ')
  return set.spans
    .filter((s) => s.label === FIGURE_LABEL)
    .map((figure) => {
      const attributions = targets(figure.id, 'claimed_by')
      const sources = attributions.flatMap((a) => targets(a.id, 'source'))
      const a = figure.attributes ?? {}
      return {
        docId: doc.id,
        document: doc.title,
        date: doc.metadata['date'] ?? '',
        spanId: figure.id,
        figure: figure.text,
        start: figure.start,
        end: figure.end,
        outcome: text(a['outcome']),
        low: num(a['low']),
        best: num(a['best']),
        high: num(a['high']),
        qualifier: text(a['qualifier']),
        victim: texts(targets(figure.id, 'victim')),
        perpetrator: texts(targets(figure.id, 'perpetrator')),
        place: texts(targets(figure.id, 'location')),
        attribution: texts(attributions),
        source: texts(sources.length ? sources : attributions),
      }
    })
}

function num(v: AttributeValue | undefined): number | null {
  return typeof v === 'number' ? v : null
}

function text(v: AttributeValue | undefined): string {
  return v === null || v === undefined ? '' : String(v)
}

/** RFC 4180 CSV: the header line. */
export function claimsCsvHeader(): string {
  return csvLine(CLAIM_COLUMNS)
}

/** RFC 4180 CSV lines for rows, safe in a spreadsheet (see shared/formats/csv.ts). */
export function claimsCsvLines(rows: readonly ClaimRow[]): string {
  return rows.map((row) => csvLine(CLAIM_COLUMNS.map((c) => row[c]))).join('')
}
