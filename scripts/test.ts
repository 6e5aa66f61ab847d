/**
 * `npm test`: formatting, lint, types, unit tests, then end-to-end tests in
 * real Chromium. Ends with one line "tests: N passed, N failed".
 * `--no-e2e` stops after the unit tests.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildRenderer } from './build.ts'
import { buildCli } from './build-cli.ts'
import { ensureChromium } from './ensure-chromium.ts'

const root = fileURLToPath(new URL('..', import.meta.url))
const bin = (name: string) => join(root, 'node_modules', '.bin', name)
const reports = join(root, '.cache', 'test-reports')
const failures: string[] = []

function step(name: string, command: string, args: string[]): boolean {
  process.stdout.write(`\n== ${name}\n`)
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) failures.push(name)
  return result.status === 0
}

function vitest(name: string, config: string): void {
  const report = join(reports, `${name}.json`)
  step(`${name} tests`, bin('vitest'), [
    'run',
    '--config',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ])
}

function counts(): { passed: number; failed: number } {
  let passed = 0
  let failed = 0
  for (const name of ['unit', 'e2e']) {
    const path = join(reports, `${name}.json`)
    if (!existsSync(path)) continue
    const report = JSON.parse(readFileSync(path, 'utf8')) as {
      numPassedTests?: number
      numFailedTests?: number
    }
    passed += report.numPassedTests ?? 0
    failed += report.numFailedTests ?? 0
  }
  return { passed, failed }
}

rmSync(reports, { recursive: true, force: true })
mkdirSync(reports, { recursive: true })
step('format (prettier --check)', bin('prettier'), ['--check', '--log-level', 'warn', '.'])
step('lint (eslint)', bin('eslint'), ['--max-warnings', '0', '.'])
for (const project of ['shared', '.', 'renderer', 'tests/e2e', 'bench', 'bench/pages'])
  step(`types (tsc -p ${project})`, bin('tsc'), ['-p', project])
// Tests about the `spanbench` process start bin/spanbench.js, which runs the compiled CLI.
process.stdout.write('\n== build the command line (dist/cli)\n')
await buildCli().catch((err: unknown) => {
  process.stdout.write(`${err instanceof Error ? err.message : String(err)}\n`)
  failures.push('build the command line')
})
vitest('unit', 'vitest.config.ts')
if (!process.argv.includes('--no-e2e')) {
  process.stdout.write('\n== build the renderer for the end-to-end tests\n')
  await buildRenderer({ ifStale: true, quiet: true })
  if (ensureChromium()) vitest('e2e', 'vitest.e2e.config.ts')
  else failures.push('end-to-end tests (no Chromium)')
}

const { passed, failed } = counts()
if (failures.length) process.stdout.write(`\nFailed steps: ${failures.join('; ')}\n`)
process.stdout.write(`tests: ${passed} passed, ${failed} failed\n`)
process.exitCode = failures.length ? 1 : 0
