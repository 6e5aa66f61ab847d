/**
 * The suggestions one annotator rejected: `rejections/<annotator>.jsonl`, one
 * rejection a line, written only by that annotator (like their layer), so a
 * corpus shared through git never has two people writing one file. Kept
 * outside `annotations/`, so rejecting alone does not make anyone an
 * annotator of the corpus. Lines are sorted and unique, so diffs stay small;
 * the file is written whole and atomically, and a damaged one is reported by
 * line and never written over.
 */
import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { AnnotatorSchema, IdSchema } from '../../../shared/contract/model.ts'
import { CodePointEndSchema, CodePointOffsetSchema } from '../../../shared/text/offsets.ts'
import { writeFileAtomic } from './atomic-file.ts'
import { isRealFolder, type Corpus } from './corpus.ts'
import { SpanbenchError } from './errors.ts'
import { readCorpusText } from './json-file.ts'
import { TaskQueue } from './task-queue.ts'

export const RejectionSchema = z
  .object({
    docId: IdSchema,
    /** Code points, like stored spans. */
    start: CodePointOffsetSchema,
    end: CodePointEndSchema,
    label: IdSchema,
    text: z.string(),
    /** The schema generation its label is in (absent for 0), as annotation files record it. */
    schemaGeneration: z.number().int().positive().optional(),
  })
  .strict()
  .refine((r) => r.start < r.end, { message: 'start must be before end', path: ['end'] })
export type Rejection = z.infer<typeof RejectionSchema>

const FOLDER = 'rejections'

/** One read-change-write at a time per file. */
const writes = new TaskQueue()

export function rejectionsPath(corpusDir: string, annotator: string): string {
  return join(corpusDir, FOLDER, `${AnnotatorSchema.parse(annotator)}.jsonl`)
}

/**
 * The annotator's rejections under the current schema: labels renamed since
 * are read renamed, those of labels removed since are left out (the file
 * keeps them as they are).
 */
export async function readRejections(corpus: Corpus, annotator: string): Promise<Rejection[]> {
  const steps = corpus.manifest.migrations ?? []
  return (await readStored(corpus.dir, annotator)).flatMap((r) => {
    let label: string | undefined = r.label
    for (const step of steps) {
      if (label === undefined || step.generation <= (r.schemaGeneration ?? 0)) continue
      label = step.renames.labels[label] ?? label
      if (!step.schema.labels.some((l) => l.id === label)) label = undefined
    }
    return label === undefined
      ? []
      : [{ docId: r.docId, start: r.start, end: r.end, label, text: r.text }]
  })
}

/** Adds a rejection (its label in the current schema) to the annotator's file. */
export function addRejection(
  corpus: Corpus,
  annotator: string,
  rejection: Omit<Rejection, 'schemaGeneration'>,
): Promise<void> {
  corpus.assertWritable()
  const path = rejectionsPath(corpus.dir, annotator)
  return writes.run(path, async () => {
    const stored = await readStored(corpus.dir, annotator)
    const generation = corpus.generation
    const added = generation > 0 ? { ...rejection, schemaGeneration: generation } : rejection
    const lines = [...stored, added]
      .sort(byPlace)
      .map((r) => JSON.stringify(RejectionSchema.parse(r)))
    await mkdir(join(corpus.dir, FOLDER), { recursive: true })
    await writeFileAtomic(path, [...new Set(lines)].map((l) => `${l}\n`).join(''))
  })
}

function byPlace(a: Rejection, b: Rejection): number {
  const text = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0)
  return (
    text(a.docId, b.docId) ||
    a.start - b.start ||
    a.end - b.end ||
    text(a.label, b.label) ||
    (a.schemaGeneration ?? 0) - (b.schemaGeneration ?? 0)
  )
}

/** The file's lines as stored; [] with no file. */
async function readStored(corpusDir: string, annotator: string): Promise<Rejection[]> {
  const path = rejectionsPath(corpusDir, annotator)
  checkFolder(corpusDir)
  const raw = await readCorpusText(path)
  if (raw === null) return []
  return raw.split('\n').flatMap((line, k) => (line.trim() ? [parseLine(path, k + 1, line)] : []))
}

function parseLine(path: string, lineNumber: number, line: string): Rejection {
  let json: unknown
  try {
    json = JSON.parse(line)
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err)
    throw new SpanbenchError(
      'corrupt',
      `${path}, line ${lineNumber}: not valid JSON (${reason}); the file was left as is`,
    )
  }
  const result = RejectionSchema.safeParse(json)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const field = issue?.path.length ? issue.path.join('.') : '(top level)'
  throw new SpanbenchError(
    'corrupt',
    `${path}, line ${lineNumber}: field ${field}: ${issue?.message ?? 'invalid'}; the file was left as is`,
  )
}

/** A `rejections` folder that is a symbolic link is refused: nothing is read or written outside the corpus. */
function checkFolder(corpusDir: string): void {
  const folder = join(corpusDir, FOLDER)
  if (!isRealFolder(folder))
    throw new SpanbenchError(
      'corrupt',
      `${folder} is a symbolic link or a file, not a folder; Spanbench reads and writes only inside the corpus, so it was left as is`,
    )
}
