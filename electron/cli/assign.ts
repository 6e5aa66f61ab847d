/**
 * `spanbench assign`: writes assignment.json, every document to one annotator
 * and a seeded share to two (for reliability); `spanbench stats` then
 * reports each annotator's progress against it.
 */
import { assignDocuments, type Assignment } from '../../shared/agreement/assignment.ts'
import { AnnotatorSchema, CURATION_LAYER } from '../../shared/contract/model.ts'
import {
  ASSIGNMENT_FILE,
  readAssignment,
  writeAssignment,
} from '../backend/services/assignment-service.ts'
import { Corpus } from '../backend/store/corpus.ts'
import { SpanbenchError } from '../backend/store/errors.ts'
import { parseCommand, requireCorpus, type CliCommand, type CliIo } from './context.ts'

const ASSIGN_HELP = `Usage: spanbench assign --corpus DIR --annotators A,B[,…] [--double 20] [--seed N] [--replace]

Gives every document of the corpus to one of the annotators, in turn, and a
seeded share of them (--double, in percent; default 0) to two, so that
agreement can be measured on those. Writes ${ASSIGNMENT_FILE} in the corpus
(commit it with the corpus); the same documents, annotators and seed give the
same assignment. An existing assignment is kept unless --replace is given.
'spanbench stats' reports each annotator's progress on their documents.`

const ASSIGN_OPTIONS = {
  annotators: { type: 'string' },
  seed: { type: 'string' },
  double: { type: 'string' },
  replace: { type: 'boolean' },
} as const

export interface AssignFlags {
  annotators?: string | undefined
  double?: string | undefined
  seed?: string | undefined
  replace?: boolean | undefined
}

function annotatorsOf(value: string | undefined): string[] {
  const names = [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((v) => v.trim())
        .filter(Boolean),
    ),
  ]
  if (!names.length) throw new SpanbenchError('bad_request', 'assign needs --annotators A,B')
  for (const name of names) {
    if (!AnnotatorSchema.safeParse(name).success || name === CURATION_LAYER)
      throw new SpanbenchError(
        'bad_request',
        `--annotators ${name}: not a name an annotator can have`,
      )
  }
  return names
}

function numberFlag(
  name: string,
  value: string | undefined,
  fallback: number,
  max: number,
): number {
  const n = value === undefined ? fallback : Number(value)
  if (!Number.isInteger(n) || n < 0 || n > max)
    throw new SpanbenchError('bad_request', `--${name} ${value}: a whole number from 0 to ${max}`)
  return n
}

export async function runAssign(dir: string, flags: AssignFlags, io: CliIo): Promise<number> {
  const annotators = annotatorsOf(flags.annotators)
  const double = numberFlag('double', flags.double, 0, 100)
  const seed = numberFlag('seed', flags.seed, 1, 0xffffffff)
  if (double > 0 && annotators.length < 2)
    throw new SpanbenchError('bad_request', '--double needs at least two --annotators')
  const corpus = await Corpus.open(dir)
  try {
    if (corpus.readOnly)
      throw new SpanbenchError('read_only', `${corpus.dir} is read-only: ${corpus.readOnlyReason}`)
    if (!flags.replace && (await readAssignment(corpus)))
      throw new SpanbenchError(
        'conflict',
        `${corpus.dir} has an assignment already (${ASSIGNMENT_FILE}); give --replace to make a new one`,
      )
    const documents = assignDocuments(await corpus.documentIds(), annotators, double, seed)
    const assignment: Assignment = {
      format: 'spanbench.assignment',
      version: 1,
      createdAt: new Date().toISOString(),
      annotators,
      double,
      seed,
      documents,
    }
    await writeAssignment(corpus, assignment)
    const plans = Object.values(documents)
    const load = annotators.map((a) => `${a} ${plans.filter((p) => p.includes(a)).length}`)
    io.stdout.write(
      `assigned ${plans.length} documents (${load.join(', ')}); ` +
        `${plans.filter((p) => p.length > 1).length} to two annotators (seed ${seed}): ${ASSIGNMENT_FILE}\n`,
    )
    return 0
  } finally {
    corpus.close()
  }
}

export const command: CliCommand = {
  help: ASSIGN_HELP,
  run(args, io) {
    const { values } = parseCommand(args, ASSIGN_OPTIONS)
    return runAssign(requireCorpus(values, 'assign'), values, io)
  },
}
