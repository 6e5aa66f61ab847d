#!/usr/bin/env node
// The `spanbench` command: runs the CLI compiled to dist/cli/ (scripts/build-cli.ts),
// compiling it first when it is missing or older than its sources.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = dirname(dirname(fileURLToPath(import.meta.url)))
const entry = join(root, 'dist', 'cli', 'cli.js')
const SOURCES = ['electron', 'shared', 'scripts/build-cli.ts', 'package-lock.json']

/** The newest modification time under `path`, tests left out. @param {string} path */
function newest(path) {
  const info = statSync(path, { throwIfNoEntry: false })
  if (!info) return 0
  if (!info.isDirectory()) return path.endsWith('.test.ts') ? 0 : info.mtimeMs
  let time = 0
  for (const name of readdirSync(path)) time = Math.max(time, newest(join(path, name)))
  return time
}

const built = existsSync(entry) ? statSync(entry).mtimeMs : 0
if (SOURCES.some((source) => newest(join(root, source)) > built)) {
  const { register } = await import('tsx/esm/api')
  register()
  const { buildCli } = await import('../scripts/build-cli.ts')
  await buildCli()
}
const { run } = await import(pathToFileURL(entry).href)
await run(process.argv.slice(2))
