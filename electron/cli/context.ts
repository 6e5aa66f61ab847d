/**
 * What every `spanbench` command is given: where to write (so the CLI runs
 * in-process as well as in its own process), the app's home folder, and the
 * options every command shares (--corpus, --annotator, --help).
 */
import type { Writable } from 'node:stream'
import { parseArgs, type ParseArgsConfig } from 'node:util'
import { AnnotatorSchema } from '../../shared/contract/model.ts'
import { defaultAnnotator, loadSettings } from '../backend/settings.ts'
import { SpanbenchError } from '../backend/store/errors.ts'

export interface CliIo {
  stdout: Writable
  /** `isTTY` turns the progress line on. */
  stderr: Writable & { isTTY?: boolean }
  /** The folder of Spanbench's own files (settings, the sample corpus). */
  home: string
}

/** A command: its `--help` text and what it does with the arguments after its name. */
export interface CliCommand {
  help: string
  run(args: string[], io: CliIo): Promise<number>
}

/** The options every command takes. */
export const COMMON_OPTIONS = {
  corpus: { type: 'string' },
  annotator: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const

type Options = NonNullable<ParseArgsConfig['options']>

/** Parses a command's arguments with its own options and the common ones; unknown options are errors. */
export function parseCommand<O extends Options>(args: string[], options: O) {
  return parseArgs({
    args,
    options: { ...COMMON_OPTIONS, ...options },
    allowPositionals: true,
    strict: true,
  })
}

/** The --corpus folder, or an error naming the command. */
export function requireCorpus(values: { corpus?: string | undefined }, command: string): string {
  if (!values.corpus)
    throw new SpanbenchError(
      'bad_request',
      `${command} needs --corpus DIR (see spanbench ${command} --help)`,
    )
  return values.corpus
}

/** --annotator when given (checked), else undefined. */
export function annotatorFlag(values: { annotator?: string | undefined }): string | undefined {
  const name = values.annotator
  if (name === undefined) return undefined
  const parsed = AnnotatorSchema.safeParse(name)
  if (!parsed.success)
    throw new SpanbenchError(
      'bad_request',
      `--annotator ${name}: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
    )
  return parsed.data
}

/** --annotator, else the one in the settings, else the OS user's name. */
export async function resolveAnnotator(
  values: { annotator?: string | undefined },
  io: CliIo,
): Promise<string> {
  return annotatorFlag(values) ?? defaultAnnotator(await loadSettings(io.home))
}
