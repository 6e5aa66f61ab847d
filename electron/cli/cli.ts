/**
 * The `spanbench` command line: finds the command in electron/cli/commands.ts,
 * loads only its module and runs it. `runCli` writes to the streams it is
 * given and returns the exit code, so tests run the CLI in-process; `run` is
 * the process entry (bin/spanbench.js runs it from the build in dist/cli/).
 */
import { CLI_COMMANDS } from './commands.ts'
import { COMMON_OPTIONS, type CliIo } from './context.ts'
import { SpanbenchError } from '../backend/store/errors.ts'

const COLUMN = 42

function mainHelp(): string {
  const lines = Object.entries(CLI_COMMANDS).map(([name, entry]) => {
    const usage = `  ${name} ${entry.usage}`
    return usage.length + 2 <= COLUMN
      ? `${usage.padEnd(COLUMN)}${entry.summary}`
      : `${usage}\n${' '.repeat(COLUMN)}${entry.summary}`
  })
  return `spanbench: annotate news reports about armed conflict, export datasets.

Usage: spanbench <command> [options]

Commands:
${lines.join('\n')}

Run 'spanbench <command> --help' for a command's options.
`
}

/** Options that take a value and may come before the command's name. */
const VALUE_OPTIONS = new Set(
  Object.entries(COMMON_OPTIONS)
    .filter(([, o]) => o.type === 'string')
    .map(([name]) => `--${name}`),
)

/** The command's name (the first argument that is not an option or its value) and the rest. */
function splitCommand(argv: readonly string[]): { name?: string; args: string[] } {
  for (const [i, arg] of argv.entries()) {
    if (arg === '--') break
    if (arg.startsWith('-') || VALUE_OPTIONS.has(argv[i - 1] ?? '')) continue
    return { name: arg, args: [...argv.slice(0, i), ...argv.slice(i + 1)] }
  }
  return { args: [...argv] }
}

const wantsHelp = (args: readonly string[]): boolean => {
  const end = args.indexOf('--')
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h')
}

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const { name, args } = splitCommand(argv)
  if (name === undefined || name === 'help') {
    io.stdout.write(mainHelp())
    return name || wantsHelp(args) ? 0 : 2
  }
  const entry = Object.hasOwn(CLI_COMMANDS, name) ? CLI_COMMANDS[name] : undefined
  if (!entry)
    throw new SpanbenchError('bad_request', `unknown command ${name} (try spanbench --help)`)
  const { command } = await entry.load()
  if (wantsHelp(args)) {
    io.stdout.write(`${command.help}\n`)
    return 0
  }
  return command.run(args, io)
}

function errorMessage(err: unknown): string {
  const expected =
    err instanceof SpanbenchError ||
    (err instanceof Error &&
      'code' in err &&
      typeof err.code === 'string' &&
      err.code.startsWith('ERR_PARSE_ARGS_'))
  if (expected) return err.message
  return err instanceof Error ? (err.stack ?? err.message) : String(err)
}

/** Runs one command line; a bad request is one line on stderr and exit code 2. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io)
  } catch (err) {
    io.stderr.write(`spanbench: ${errorMessage(err)}\n`)
    return 2
  }
}

/** The process entry: real streams, $SPANBENCH_HOME, the exit code. */
export async function run(argv: string[]): Promise<void> {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(0)
    throw err
  })
  const { appHome } = await import('../backend/settings.ts')
  process.exitCode = await runCli(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    home: appHome(),
  })
}
