/** The agreement report as CSV: one row per annotator pair and label, the coefficients beside. */
import { csvLine } from '../formats/csv.ts'
import type { AgreementReport } from './report.ts'

const HEADER = [
  'annotator_a',
  'annotator_b',
  'label',
  'exact_precision',
  'exact_recall',
  'exact_f1',
  'overlap_precision',
  'overlap_recall',
  'overlap_f1',
  'kappa',
  'alpha',
  'alpha_u',
]

export function agreementCsv(report: AgreementReport): string {
  const rows = report.pairs.map((p) =>
    csvLine([
      p.a,
      p.b,
      p.label,
      p.exact.precision,
      p.exact.recall,
      p.exact.f1,
      p.overlap.precision,
      p.overlap.recall,
      p.overlap.f1,
      p.kappa,
      report.alpha[p.label] ?? null,
      report.alpha_u[p.label] ?? null,
    ]),
  )
  return csvLine(HEADER) + rows.join('')
}
