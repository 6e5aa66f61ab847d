/**
 * `npm start -- [--corpus DIR] [--port N] [--no-open]`: the desktop app where
 * Electron can run, else the same workbench in the browser (`spanbench web`).
 * --port and --no-open only matter in the browser.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { run } from '../electron/cli/cli.ts'
import { buildElectron } from './build-electron.ts'
import { electronRuntime, launchElectron } from './electron-runtime.ts'
import { ensureRenderer } from './ensure-renderer.ts'

const USAGE = `Usage: npm start -- [--corpus DIR] [--port N] [--no-open]

Opens the Spanbench desktop app. Where Electron cannot run (no display, or its
binary cannot be downloaded) the workbench is served in the browser instead,
on 127.0.0.1 at the URL printed. Without --corpus, the last corpus used opens,
or the sample corpus.`

const root = fileURLToPath(new URL('..', import.meta.url))
const argv = process.argv.slice(2)

let corpus: string | undefined
try {
  const { values } = parseArgs({
    args: argv,
    options: {
      corpus: { type: 'string' },
      port: { type: 'string' },
      'no-open': { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    process.stdout.write(`${USAGE}\n`)
    process.exit(0)
  }
  corpus = values.corpus
} catch (err) {
  process.stderr.write(
    `spanbench: ${err instanceof Error ? err.message : String(err)}\n\n${USAGE}\n`,
  )
  process.exit(2)
}

await ensureRenderer()
const runtime = await electronRuntime()
if (runtime.ok) {
  await buildElectron()
  const appArgs = corpus === undefined ? [] : ['--corpus', resolve(corpus)]
  process.exitCode = await launchElectron(runtime.binary, [root, ...appArgs])
} else {
  process.stdout.write(
    `Electron cannot run here (${runtime.reason}); serving the browser UI instead.\n`,
  )
  await run(['web', ...argv])
}
