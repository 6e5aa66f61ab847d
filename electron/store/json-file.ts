import { readFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import type { z } from 'zod'
import { FORMAT_VERSION } from '../../shared/model.ts'
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
    let raw: string
    try {
      raw = await readFile(this.path, 'utf8')
    } catch (err) {
      if (isCode(err, 'ENOENT')) return null
      throw err
    }
    return parseCorpusFile(this.path, raw, this.schema, this.newest)
  }

  /**
   * The same as `read`, blocking: for bulk reads of many small files in
   * batches (see forEachBatch), where one synchronous read costs a fraction
   * of an asynchronous one.
   */
  readSync(): z.output<S> | null {
    let raw: string
    try {
      raw = readFileSync(this.path, 'utf8')
    } catch (err) {
      if (isCode(err, 'ENOENT')) return null
      throw err
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
