import { closeSync, constants, openSync, readFileSync } from 'node:fs'
import { open } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import type { z } from 'zod'
import { FORMAT_VERSION } from '../../../shared/contract/model.ts'
import { isCode, writeFileAtomic } from './atomic-file.ts'
import { SpanbenchError } from './errors.ts'

/**
 * A lowdb adapter for one corpus file: reads are parsed from `unknown` with a
 * zod schema and refuse newer format versions; writes are atomic and
 * deterministic (schema key order, two-space indent, trailing newline).
 */
export class ValidatedJsonFile<S extends z.ZodType> implements Adapter<z.output<S>> {
  constructor(
    readonly path: string,
    private readonly schema: S,
    /** The newest format version of this kind of file that this build reads. */
    private readonly newest = FORMAT_VERSION,
  ) {}

  async read(): Promise<z.output<S> | null> {
    const raw = await readCorpusText(this.path)
    return raw === null ? null : parseCorpusFile(this.path, raw, this.schema, this.newest)
  }

  /**
   * The same as `read`, blocking: for bulk reads of many small files in
   * batches (see forEachBatch), where one synchronous read costs a fraction
   * of an asynchronous one.
   */
  readSync(): z.output<S> | null {
    let raw: string
    try {
      const fd = openSync(this.path, NO_FOLLOW)
      try {
        raw = readFileSync(fd, 'utf8')
      } finally {
        closeSync(fd)
      }
    } catch (err) {
      return notReadable(this.path, err)
    }
    return parseCorpusFile(this.path, raw, this.schema, this.newest)
  }

  async write(data: z.output<S>): Promise<void> {
    await writeFileAtomic(this.path, serialize(this.schema, data))
  }

  /** Writes a file that must not exist yet; throws FileExistsError when it does. */
  async create(data: z.output<S>): Promise<void> {
    await writeFileAtomic(this.path, serialize(this.schema, data), { exclusive: true })
  }
}

/** Opens for reading without following a symbolic link (O_NOFOLLOW where the system has it). */
const NO_FOLLOW = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0)

/**
 * The text of a corpus file, or null when there is none. A symbolic link is
 * refused without reading what it points to: a corpus shared through git or
 * a sync could otherwise make Spanbench show, or write, files elsewhere.
 */
export async function readCorpusText(path: string): Promise<string | null> {
  let file
  try {
    file = await open(path, NO_FOLLOW)
  } catch (err) {
    return notReadable(path, err)
  }
  try {
    return await file.readFile('utf8')
  } finally {
    await file.close()
  }
}

function notReadable(path: string, err: unknown): null {
  if (isCode(err, 'ENOENT')) return null
  if (isCode(err, 'ELOOP') || isCode(err, 'EMLINK'))
    throw new SpanbenchError(
      'corrupt',
      `${path} is a symbolic link; Spanbench reads only files inside the corpus, so it was left as is`,
    )
  throw err
}

/** The bytes a corpus file is written as. */
export function serialize<S extends z.ZodType>(schema: S, data: z.output<S>): string {
  return `${JSON.stringify(schema.parse(data), null, 2)}\n`
}

/** Parses one corpus file, naming the file and the position or field when it is bad. */
export function parseCorpusFile<S extends z.ZodType>(
  path: string,
  raw: string,
  schema: S,
  newest = FORMAT_VERSION,
): z.output<S> {
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err)
    throw new SpanbenchError('corrupt', `${path} is not valid JSON (${reason}); it was left as is`)
  }
  const version = fieldOf(json, 'version')
  if (typeof version === 'number' && version > newest) {
    throw new SpanbenchError(
      'too_new',
      `${path} is corpus format version ${version}; this Spanbench reads version ${newest}. Update Spanbench to open it.`,
    )
  }
  const result = schema.safeParse(json)
  if (!result.success) {
    const issue = result.error.issues[0]
    const field = issue?.path.length ? issue.path.join('.') : '(top level)'
    throw new SpanbenchError(
      'corrupt',
      `${path}: field ${field}: ${issue?.message ?? 'invalid'}; the file was left as is`,
    )
  }
  return result.data
}

/** A property of a parsed JSON value, or undefined when it is not an object. */
export function fieldOf(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined
}
