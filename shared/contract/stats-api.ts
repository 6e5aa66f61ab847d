/** The corpus in numbers: `spanbench stats` and the dashboard's `corpus.stats`. */
import { z } from 'zod'
import { ProgressSchema } from '../agreement/assignment.ts'

const Counts = z.record(z.string(), z.number().int())

export const CorpusStatsSchema = z.object({
  name: z.string(),
  documents: z.number().int(),
  annotators: z.array(z.string()),
  /** Whose spans, statuses and relations are counted. */
  annotator: z.string(),
  spans: z.number().int(),
  byLabel: Counts,
  byStatus: Counts,
  relations: z.number().int(),
  byRelation: Counts,
  /** Attribute id -> value -> spans; numbers and free text are counted together. */
  byAttribute: z.record(z.string(), Counts),
  /** Each annotator's progress (on their assigned documents when the corpus has an assignment). */
  progress: z.array(ProgressSchema),
  /** Annotation files left out because they could not be read: path and reason. */
  problems: z.array(z.string()),
})
export type CorpusStats = z.infer<typeof CorpusStatsSchema>
