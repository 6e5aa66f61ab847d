/**
 * Every `spanbench` command, one entry each: its arguments and one line for
 * `spanbench --help`, and `load()`, which imports the command's module only
 * when that command runs (so `--help` and `stats` never load pdf.js, mammoth
 * or the dataset writers). The module exports `command: CliCommand`
 * (electron/cli/context.ts): its own --help text and `run(args, io)`.
 */
import type { CliCommand } from './context.ts'

export interface CliCommandEntry {
  /** The arguments, as shown in the list of commands. */
  usage: string
  /** What it does, in one line. */
  summary: string
  load(): Promise<{ command: CliCommand }>
}

export const CLI_COMMANDS: Record<string, CliCommandEntry> = {
  import: {
    usage: '<files or folders> --corpus DIR',
    summary: 'import articles, or a dataset (--format)',
    load: () => import('./import.ts'),
  },
  export: {
    usage: '--corpus DIR --format NAME [--out PATH]',
    summary: 'export a dataset with its card',
    load: () => import('./export.ts'),
  },
  stats: {
    usage: '--corpus DIR',
    summary: 'counts of documents, spans and labels',
    load: () => import('./stats.ts'),
  },
  agreement: {
    usage: '--corpus DIR [--annotators A,B] [--json]',
    summary: 'agreement between annotators: F1, κ, α, α_u',
    load: () => import('./agreement.ts'),
  },
  assign: {
    usage: '--corpus DIR --annotators A,B [--double 20]',
    summary: 'who codes what: each document to one, a share to two',
    load: () => import('./assign.ts'),
  },
  search: {
    usage: '--corpus DIR QUERY [--json]',
    summary: 'search the text and the annotations (label:ID key:value best>10)',
    load: () => import('./search.ts'),
  },
  suggest: {
    usage: '--corpus DIR --holdout P --seed N [--evaluate]',
    summary: 'suggestions for held-out documents, scored',
    load: () => import('./suggest.ts'),
  },
  unlock: {
    usage: '--corpus DIR',
    summary: 'remove the writer lock another machine left (see --help)',
    load: () => import('./unlock.ts'),
  },
  validate: {
    usage: '--corpus DIR',
    summary: 'check every file; exits 1 on problems',
    load: () => import('./validate.ts'),
  },
  web: {
    usage: '[--corpus DIR] [--port N] [--no-open]',
    summary: 'serve the workbench in the browser',
    load: () => import('./web.ts'),
  },
}
