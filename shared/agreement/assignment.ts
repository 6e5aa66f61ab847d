/**
 * Who codes what (issue 13): an optional corpus file, assignment.json, that
 * gives every document to one annotator and a seeded sample to two, for
 * reliability. Annotators may code anything; the assignment is what the
 * document list and `spanbench stats` measure progress against.
 */
import { z } from 'zod'
import { seededRandom, shuffled } from '../datasets/splits.ts'
import { AnnotatorSchema, DocumentStatusSchema, IdSchema } from '../contract/model.ts'

export const AssignmentSchema = z.object({
  format: z.literal('spanbench.assignment'),
  version: z.literal(1),
  createdAt: z.iso.datetime(),
  annotators: z.array(AnnotatorSchema).min(1),
  /** The share of documents given to two annotators, in percent. */
  double: z.number().min(0).max(100),
  seed: z.number().int().min(0).max(0xffffffff),
  /** Document id → its annotators. */
  documents: z.record(IdSchema, z.array(AnnotatorSchema).min(1)),
})
export type Assignment = z.infer<typeof AssignmentSchema>

/**
 * Shuffles the documents with the seed (sorted first, so only the ids, the
 * annotators and the seed decide), gives the first `double`% (rounded) to two
 * annotators and the rest to one, taking annotators in turn so that every
 * annotator's load differs by at most one document.
 */
export function assignDocuments(
  ids: readonly string[],
  annotators: readonly string[],
  double: number,
  seed: number,
): Record<string, string[]> {
  if (annotators.length === 0) throw new Error('an assignment needs an annotator')
  if (double > 0 && annotators.length < 2)
    throw new Error('giving documents to two annotators needs at least two')
  const order = shuffled([...ids].sort(), seededRandom(seed))
  const doubled = Math.round((order.length * double) / 100)
  const m = annotators.length
  let turn = 0
  const out: Record<string, string[]> = {}
  order.forEach((id, i) => {
    const count = i < doubled ? 2 : 1
    out[id] = Array.from({ length: count }, (_, k) => annotators[(turn + k) % m] ?? '')
    turn += count
  })
  return out
}

export const ProgressSchema = z.object({
  annotator: z.string(),
  /** Documents assigned to them; null when the corpus has no assignment. */
  assigned: z.number().int().nullable(),
  /** Of those (or of all documents, without an assignment): how many they coded (a status past new, or spans). */
  coded: z.number().int(),
  /** Of those documents, how many are in each status (new where they have no file). */
  byStatus: z.partialRecord(DocumentStatusSchema, z.number().int()),
  spans: z.number().int(),
})
export type Progress = z.infer<typeof ProgressSchema>

export const ProgressReportSchema = z.object({
  annotators: z.array(ProgressSchema),
  /** Document id → annotator → status, for the assigned annotators (or those with a file). */
  documents: z.record(z.string(), z.record(z.string(), DocumentStatusSchema)),
})
export type ProgressReport = z.infer<typeof ProgressReportSchema>
