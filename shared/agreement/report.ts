/**
 * The agreement report: what `spanbench agreement --json` prints and what the
 * `agreement.compute` API call returns (with the problems beside it). Keys are
 * snake_case where issue 13 fixed them; "*" is the overall row.
 */
import { z } from 'zod'

const Ratio = z.number().nullable()

export const PrfSchema = z.object({
  tp: z.number().int(),
  fp: z.number().int(),
  fn: z.number().int(),
  precision: Ratio,
  recall: Ratio,
  f1: Ratio,
})

export const PairRowSchema = z.object({
  a: z.string(),
  b: z.string(),
  /** A label id, or "*" for all selected labels together. */
  label: z.string(),
  exact: PrfSchema,
  overlap: PrfSchema,
  /** Cohen's κ over non-whitespace code points (for "*": over code point × label decisions). */
  kappa: Ratio,
})
export type PairRow = z.infer<typeof PairRowSchema>

export const RelationRowSchema = PrfSchema.extend({
  a: z.string(),
  b: z.string(),
  /** A relation type, or "*". */
  type: z.string(),
})

export const AttributeRowSchema = z.object({
  a: z.string(),
  b: z.string(),
  /** Matched span pairs (overlap matching) whose label has casualty attributes. */
  compared: z.number().int(),
  /** Share of those pairs with equal values (a value both left empty is equal); null when none. */
  outcome: Ratio,
  qualifier: Ratio,
  low: Ratio,
  best: Ratio,
  high: Ratio,
  /** low, best and high all equal. */
  figures: Ratio,
  /** outcome, qualifier, low, best and high all equal. */
  all: Ratio,
})
export type AttributeRow = z.infer<typeof AttributeRowSchema>

export const DocumentRowSchema = z.object({
  id: z.string(),
  /** Mean over the pairs who both coded it of the exact F1 of all labels; null when not comparable or nothing to match. */
  f1: Ratio,
  overlap_f1: Ratio,
  /** False when fewer than two of the compared annotators coded it: never counted as disagreement. */
  comparable: z.boolean(),
  /** The compared annotators who coded it. */
  annotators: z.array(z.string()),
})
export type DocumentRow = z.infer<typeof DocumentRowSchema>

export const AgreementReportSchema = z.object({
  annotators: z.array(z.string()),
  /** Documents that at least two of the annotators coded. */
  documents: z.number().int(),
  pairs: z.array(PairRowSchema),
  /** Krippendorff's α (nominal) per label and "*", over documents every annotator coded. */
  alpha: z.record(z.string(), Ratio),
  /** Krippendorff's unitizing α per label, over documents every annotator coded. */
  alpha_u: z.record(z.string(), Ratio),
  relations: z.object({ pairs: z.array(RelationRowSchema) }),
  attributes: z.object({ pairs: z.array(AttributeRowSchema) }),
  per_document: z.array(DocumentRowSchema),
})
export type AgreementReport = z.infer<typeof AgreementReportSchema>

/** A file that could not be read: the report measured everything else. */
export const AgreementProblemSchema = z.object({ path: z.string(), message: z.string() })
export type AgreementProblem = z.infer<typeof AgreementProblemSchema>
