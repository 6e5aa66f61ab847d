/**
 * The export options the UI sends and the progress it polls, as schemas for
 * the API contract (api.ts): the same choices as `spanbench export`'s flags.
 */
import { z } from 'zod'
import { AnnotatorSchema, DocumentStatusSchema, IdSchema } from '../contract/model.ts'

export const ExportOptionsSchema = z.object({
  /** Labels to keep (all when absent). */
  labels: z.array(IdSchema).optional(),
  statuses: z.array(DocumentStatusSchema).optional(),
  documents: z.array(IdSchema).optional(),
  /** Also documents without annotations (status new, no spans); left out when absent. */
  untouched: z.boolean().optional(),
  /** Whose annotations (the current annotator when absent). */
  annotators: z.array(AnnotatorSchema).optional(),
  /** The curated layer where a document's status is `curated`, else this annotator's (instead of `annotators`). */
  curatedElse: AnnotatorSchema.optional(),
  split: z
    .object({
      ratios: z.tuple([z.number().min(0), z.number().min(0), z.number().min(0)]),
      seed: z.number().int().min(0).max(0xffffffff),
      stratify: z.boolean(),
    })
    .refine((s) => s.ratios.some((r) => r > 0), { message: 'some split needs a share' })
    .optional(),
  offsetUnit: z.enum(['utf16', 'codepoint']).optional(),
})
export type ExportOptions = z.infer<typeof ExportOptionsSchema>

export const ExportJobSchema = z.object({
  state: z.enum(['running', 'done', 'failed']),
  done: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** Why it failed. */
  message: z.string().optional(),
  /** When done: what was written and where. */
  documents: z.number().int().optional(),
  spans: z.number().int().optional(),
  dropped: z.number().int().optional(),
  changed: z.number().int().optional(),
  /** What the user should know about the selection (untouched documents left out, an empty split). */
  warnings: z.array(z.string()).optional(),
  /** The file or folder written (desktop). */
  path: z.string().optional(),
  /** Browser mode: where to download the result (a file, or a .zip of the folder). */
  download: z.string().optional(),
})
export type ExportJob = z.infer<typeof ExportJobSchema>
