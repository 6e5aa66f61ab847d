import { parseArgs } from 'node:util'
import { AnnotatorSchema } from '../shared/model.ts'
import { DATASET_IMPORT_HELP, runDatasetImport } from './cli-dataset-import.ts'
import { EXPORT_HELP, EXPORT_OPTIONS, runExport } from './cli-export.ts'
import { IMPORT_HELP, IMPORT_OPTIONS, runImport } from './cli-import.ts'
import { SEARCH_HELP, SEARCH_OPTIONS, runSearch } from './cli-search.ts'
import { corpusToOpen, openWorkspace } from './open-corpus.ts'
import { corpusStats, formatStats } from './service/stats.ts'
import { formatValidation, validateCorpus } from './service/validate.ts'
import { Backend } from './service/backend.ts'
import { defaultAnnotator, loadSettings } from './settings.ts'
import { Corpus } from './store/corpus.ts'
import { SpanbenchError } from './store/errors.ts'
import { openBrowser, rendererDir } from './paths.ts'
import { startWebServer } from './web.ts'

const HELP: Record<string, string> = {
  main: `spanbench: annotate news reports about armed conflict, export datasets.

Usage: spanbench <command> [options]

Commands:
  import <files or folders> --corpus DIR   import articles (creates the corpus if missing)
  import --corpus DIR --format NAME PATH…  import a dataset: jsonl, brat, labelstudio, doccano, spacy
  export --corpus DIR --format NAME [--out PATH] [--split 80/10/10 --seed N] [--labels …] [--status done]
                                           export a dataset (jsonl, spacy, prodigy, conll, bioes, hf,
                                           brat, labelstudio, doccano, uima-json, claims-csv) with its card
  search --corpus DIR QUERY [--json]       search the text and the annotations (label:ID key:value best>10)
  stats --corpus DIR                       counts of documents, spans and labels
  validate --corpus DIR                    check every file, offset and reference; exits 1 on problems
  web [--corpus DIR] [--port N] [--no-open]   serve the workbench in the browser

Run 'spanbench <command> --help' for a command's options.`,
  import: `${IMPORT_HELP}\n${DATASET_IMPORT_HELP}`,
  export: EXPORT_HELP,
  search: SEARCH_HELP,
  validate: `Usage: spanbench validate --corpus DIR

Reads every file of the corpus and checks that it parses and fits the format,
that each document's id and sha256 match, and that every span's offsets,
quote, label and attributes and every relation's ends and type fit the text
and the corpus schema. Prints each problem as FILE: MESSAGE and exits 1 when
there is any; opens the corpus read-only.`,
  stats: `Usage: spanbench stats --corpus DIR [--annotator NAME]

Prints the number of documents and annotators, an annotator's spans per label,
documents per status, relations per type and attribute values.`,
  web: `Usage: spanbench web [--corpus DIR] [--port N] [--no-open] [--annotator NAME]

Serves the workbench on 127.0.0.1 and prints http://127.0.0.1:N/?token=...
The token is new at every start; requests without it are refused.
Without --corpus, opens the last corpus used, or the sample corpus.`,
}

const OPTIONS = {
  ...IMPORT_OPTIONS,
  ...EXPORT_OPTIONS,
  ...SEARCH_OPTIONS,
  corpus: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  port: { type: 'string' },
  annotator: { type: 'string' },
  'no-open': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

export async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: OPTIONS,
    allowPositionals: true,
  })
  const [command, ...rest] = positionals
  if (!command || command === 'help') {
    process.stdout.write(`${HELP['main']}\n`)
    return command || values.help ? 0 : 2
  }
  const help = HELP[command]
  if (!help)
    throw new SpanbenchError('bad_request', `unknown command ${command} (try spanbench --help)`)
  if (values.help) {
    process.stdout.write(`${help}\n`)
    return 0
  }
  const annotator = values.annotator === undefined ? undefined : parseAnnotator(values.annotator)
  switch (command) {
    case 'import':
      if (values.format !== undefined)
        return runDatasetImport(
          requireCorpus(values.corpus, command),
          rest,
          await resolveAnnotator(annotator),
          values,
        )
      return runImport(
        requireCorpus(values.corpus, command),
        rest,
        await resolveAnnotator(annotator),
        values,
      )
    case 'export':
      return runExport(
        requireCorpus(values.corpus, command),
        await resolveAnnotator(annotator),
        values,
      )
    case 'search':
      return runSearch(rest, annotator, values)
    case 'stats':
      return runStats(requireCorpus(values.corpus, command), annotator)
    case 'validate':
      return runValidate(requireCorpus(values.corpus, command))
    case 'web':
      return runWeb(values.corpus, values.port, !values['no-open'], annotator)
    default:
      throw new SpanbenchError('bad_request', `unknown command ${command}`)
  }
}

function requireCorpus(corpus: string | undefined, command: string): string {
  if (!corpus)
    throw new SpanbenchError(
      'bad_request',
      `${command} needs --corpus DIR (see spanbench ${command} --help)`,
    )
  return corpus
}

function parseAnnotator(name: string): string {
  const parsed = AnnotatorSchema.safeParse(name)
  if (!parsed.success)
    throw new SpanbenchError(
      'bad_request',
      `--annotator ${name}: ${parsed.error.issues[0]?.message ?? 'invalid'}`,
    )
  return parsed.data
}

async function resolveAnnotator(annotator: string | undefined): Promise<string> {
  return annotator ?? defaultAnnotator(await loadSettings())
}

async function openExisting(dir: string): Promise<Corpus> {
  return Corpus.open(dir, { readOnly: true })
}

async function runValidate(dir: string): Promise<number> {
  const report = await validateCorpus(await openExisting(dir))
  process.stdout.write(formatValidation(report))
  return report.problems.length ? 1 : 0
}

async function runStats(dir: string, annotator: string | undefined): Promise<number> {
  const corpus = await openExisting(dir)
  process.stdout.write(formatStats(await corpusStats(corpus, await resolveAnnotator(annotator))))
  return 0
}

async function runWeb(
  dir: string | undefined,
  port: string | undefined,
  open: boolean,
  annotator: string | undefined,
): Promise<number> {
  const portNumber = port === undefined ? 0 : Number(port)
  if (!Number.isInteger(portNumber) || portNumber < 0 || portNumber > 65535) {
    throw new SpanbenchError('bad_request', `--port ${port}: a port number from 0 to 65535`)
  }
  const ctx = await openWorkspace(dir ?? (await corpusToOpen()), {
    create: dir !== undefined,
    ...(annotator ? { annotator } : {}),
  })
  const server = await startWebServer({
    backend: new Backend(ctx),
    staticDir: rendererDir(),
    port: portNumber,
  })
  if (ctx.corpus.readOnlyReason) process.stdout.write(`note: ${ctx.corpus.readOnlyReason}\n`)
  process.stdout.write(`Spanbench is serving ${ctx.corpus.dir} at ${server.url}\n`)
  if (open) openBrowser(server.url)
  await new Promise<void>((done) => {
    const stop = (): void => {
      void server.close().then(() => {
        ctx.corpus.close()
        done()
      })
    }
    process.once('SIGINT', stop)
    process.once('SIGTERM', stop)
  })
  return 0
}

export async function run(argv: string[]): Promise<void> {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0)
    throw err
  })
  try {
    process.exitCode = await main(argv)
  } catch (err) {
    const message =
      err instanceof SpanbenchError ||
      (err instanceof Error &&
        'code' in err &&
        typeof err.code === 'string' &&
        err.code.startsWith('ERR_PARSE_ARGS_'))
        ? err.message
        : err instanceof Error
          ? (err.stack ?? err.message)
          : String(err)
    process.stderr.write(`spanbench: ${message}\n`)
    process.exitCode = 2
  }
}
