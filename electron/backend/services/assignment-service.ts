/**
 * The assignment file (assignment.json, see shared/agreement/assignment.ts) and each
 * annotator's progress: on the documents assigned to them when there is an
 * assignment, else on the documents they have a file for. Counts come from
 * the corpus index, so this is as fast as the document list.
 */
import { join } from 'node:path'
import {
  AssignmentSchema,
  type Assignment,
  type Progress,
  type ProgressReport,
} from '../../../shared/agreement/assignment.ts'
import type { DocumentStatus } from '../../../shared/contract/model.ts'
import type { Corpus } from '../store/corpus.ts'
import { SpanbenchError } from '../store/errors.ts'
import { ValidatedJsonFile } from '../store/json-file.ts'
import type { HandlerSlice } from './handlers.ts'

export const ASSIGNMENT_FILE = 'assignment.json'

const file = (corpus: Corpus) =>
  new ValidatedJsonFile(join(corpus.dir, ASSIGNMENT_FILE), AssignmentSchema)

export function readAssignment(corpus: Corpus): Promise<Assignment | null> {
  return file(corpus).read()
}

export async function writeAssignment(corpus: Corpus, assignment: Assignment): Promise<void> {
  if (corpus.readOnly)
    throw new SpanbenchError('read_only', `${corpus.dir} is read-only: ${corpus.readOnlyReason}`)
  await file(corpus).write(assignment)
}

export async function annotatorProgress(
  corpus: Corpus,
  assignment: Assignment | null,
): Promise<ProgressReport> {
  const names = [...new Set([...(await corpus.annotators()), ...(assignment?.annotators ?? [])])]
  const annotators: Progress[] = []
  const documents: Record<string, Record<string, DocumentStatus>> = {}
  for (const annotator of names.sort()) {
    const rows = await corpus.index.summaries(annotator)
    const mine = assignment
      ? rows.filter((r) => assignment.documents[r.id]?.includes(annotator))
      : rows.filter((r) => r.updatedAt !== null)
    const byStatus: Partial<Record<DocumentStatus, number>> = {}
    let coded = 0
    let spans = 0
    for (const r of mine) {
      byStatus[r.status] = (byStatus[r.status] ?? 0) + 1
      if (r.status !== 'new' || r.spanCount > 0) coded++
      spans += r.spanCount
      ;(documents[r.id] ??= {})[annotator] = r.status
    }
    annotators.push({
      annotator,
      assigned: assignment ? mine.length : null,
      coded,
      byStatus,
      spans,
    })
  }
  return { annotators, documents }
}

export const assignmentHandlers: HandlerSlice<'assignment.get' | 'annotators.progress'> = {
  'assignment.get': async (_input, { corpus }) => ({ assignment: await readAssignment(corpus) }),
  'annotators.progress': async (_input, { corpus }) =>
    annotatorProgress(corpus, await readAssignment(corpus)),
}
