/**
 * The command line's start-up, timed by hyperfine as a user's shell starts
 * it: `spanbench --help`, and `spanbench stats` on the sample corpus (the
 * articles in assets/sample, imported as the app makes its sample corpus).
 * The compiled CLI is built first, so no run pays for the build.
 */
import { execFile } from 'node:child_process'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { z } from 'zod'
import { createSampleCorpus } from '../../electron/backend/open-corpus.ts'
import { buildCli } from '../../scripts/build-cli.ts'
import type { CliFigureId } from '../lib/figures.ts'
import type { Attempt } from './corpus-cases.ts'

const HyperfineSchema = z.object({
  results: z.array(z.object({ command: z.string(), times: z.array(z.number()) })),
})

export async function runCliCases(
  work: string,
  options: { warmups: number; runs: number; attempt: Attempt },
): Promise<Partial<Record<CliFigureId, number[]>>> {
  const root = join(import.meta.dirname, '..', '..')
  const home = join(work, 'cli-home')
  const corpus = join(home, 'sample-corpus')
  const ready = await options.attempt('command line: build it and the sample corpus', async () => {
    await buildCli()
    await rm(home, { recursive: true, force: true })
    await createSampleCorpus(corpus)
    return true
  })
  if (!ready) return {}
  const bin = join(root, 'bin', 'spanbench.js')
  const commands: [CliFigureId, string][] = [
    ['cliHelp', `${process.execPath} ${bin} --help`],
    ['cliStats', `${process.execPath} ${bin} stats --corpus ${corpus}`],
  ]
  const out = join(work, 'hyperfine.json')
  const timed = await options.attempt('command line: hyperfine', async () => {
    await promisify(execFile)('hyperfine', ['--version']).catch(() => {
      throw new Error('hyperfine is not installed (apt-get install hyperfine)')
    })
    await promisify(execFile)(
      'hyperfine',
      [
        '--shell=none',
        '--style=none',
        `--warmup=${Math.max(1, options.warmups)}`,
        `--runs=${Math.max(3, options.runs * 2)}`,
        `--export-json=${out}`,
        ...commands.map(([, command]) => command),
      ],
      { cwd: root, env: { ...process.env, SPANBENCH_HOME: home } },
    )
    return HyperfineSchema.parse(JSON.parse(await readFile(out, 'utf8')))
  })
  if (!timed) return {}
  return Object.fromEntries(
    commands.map(([id], i) => [id, (timed.results[i]?.times ?? []).map((s) => s * 1000)]),
  )
}
