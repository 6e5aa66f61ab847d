/**
 * The API calls of team annotation (issue 13): other annotators' layers,
 * agreement, layer comparison, curation and assignment. Spread into `api`
 * (api.ts); the handlers are in electron/service/.
 */
import { z } from 'zod'
import { AgreementProblemSchema, AgreementReportSchema } from './agreement/report.ts'
import { AnnotatorSchema, IdSchema } from './model.ts'

export const teamApi = {
  /**
   * Agreement between annotators (docs/agreement.md): every pair per label and
   * overall, κ, α, α_u, relations, attributes, per document. Files that could
   * not be read are listed in `problems` and left out.
   */
  'agreement.compute': {
    input: z.object({
      /** At least two; default: every annotator but `curation`. */
      annotators: z.array(AnnotatorSchema).min(2).optional(),
      labels: z.array(IdSchema).min(1).optional(),
      documents: z.array(IdSchema).min(1).optional(),
    }),
    output: z.object({
      report: AgreementReportSchema,
      problems: z.array(AgreementProblemSchema),
    }),
  },
} as const
