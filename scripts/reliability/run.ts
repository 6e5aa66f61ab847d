/**
 * `npm run test:reliability` (not part of `npm test`; root, loopback only,
 * bounded): kill -9 during saves and during schema changes, two writers
 * racing for a stale lock, a full disk, a read-only corpus and hostile files.
 * Prints rounds, failures and anything lost; exits 1 on any failure.
 * RELIABILITY_ROUNDS sets the kill rounds (200 each), RELIABILITY_RACES the
 * lock races (100).
 */
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { importFiles, RAW_IMPORT } from '../../electron/backend/article-import/import-service.ts'
import { Corpus } from '../../electron/backend/store/corpus.ts'
import { deadPid, raceForStaleLock } from '../../electron/backend/store/lock-race.ts'
import { defaultSchema } from '../../electron/backend/assets.ts'
import { bundle } from './bundle.ts'
import { fullDisk, hostileFiles, readOnlyCorpus } from './conditions.ts'
import { killRounds, type KillResult } from './kill-rounds.ts'

const HERE = dirname(fileURLToPath(import.meta.url))
const ROOT = join(HERE, '..', '..')
const ROUNDS = Number(process.env['RELIABILITY_ROUNDS'] ?? 200)
const RACES = Number(process.env['RELIABILITY_RACES'] ?? 100)
const TEXT = 'Shelling killed 3 civilians near Idlib.'

async function makeCorpus(dir: string, documents: number): Promise<string[]> {
  await Corpus.create(dir, 'Reliability', await defaultSchema())
  const corpus = await Corpus.open(dir)
  try {
    const files = Array.from({ length: documents }, (_, i) => ({
      name: `d${i}.txt`,
      bytes: Buffer.from(`Report ${i}. ${TEXT}`),
    }))
    return (await importFiles(corpus, files, RAW_IMPORT)).map((r) => r.docId ?? '')
  } finally {
    corpus.close()
  }
}

async function tmpFiles(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true })
  return entries.filter((e) => e.endsWith('.tmp')).length
}

function line(name: string, rounds: number | string, failures: number, detail: string): string {
  return `${name.padEnd(28)} ${String(rounds).padStart(6)}  ${String(failures).padStart(8)}  ${detail}`
}

const started = Date.now()
const work = await mkdtemp(join(tmpdir(), 'spanbench-reliability-'))
const failures: string[] = []
const rows: string[] = []
try {
  const saver = await bundle(join(HERE, 'saver.ts'), work)
  const contender = await bundle(
    join(ROOT, 'electron', 'backend', 'store', 'lock-race-child.ts'),
    work,
  )
  for (const mode of ['saves', 'schema'] as const) {
    const dir = join(work, `kill-${mode}`)
    const docIds = await makeCorpus(dir, 5)
    const result: KillResult = await killRounds({
      saver,
      dir,
      docIds,
      text: `Report 0. ${TEXT}`,
      mode,
      rounds: ROUNDS,
    })
    failures.push(...result.failures)
    const leftovers = await tmpFiles(dir)
    rows.push(
      line(
        `kill -9 during ${mode === 'saves' ? 'saves' : 'schema changes'}`,
        result.rounds,
        result.failures.length,
        `${result.confirmed} confirmed saves, ${result.torn} torn, ${result.lost} lost, ${leftovers} temp files left after the next open`,
      ),
    )
  }
  const lockDir = join(work, 'lock')
  await makeCorpus(lockDir, 0)
  const pid = await deadPid()
  let double = 0
  let none = 0
  for (let i = 0; i < RACES; i++) {
    const winners = await raceForStaleLock(join(lockDir, '.spanbench-lock'), pid, [contender])
    if (winners > 1) double++
    if (winners === 0) none++
  }
  if (double || none) failures.push(`lock races: ${double} double writers, ${none} with no writer`)
  rows.push(
    line(
      'two writers, stale lock',
      RACES,
      double + none,
      `${double} double writers, ${none} with no writer`,
    ),
  )
  const disk = await fullDisk(await defaultSchema())
  failures.push(...disk.failures)
  rows.push(
    line(
      'full disk (160 KB tmpfs)',
      disk.saves + disk.refused,
      disk.failures.length,
      `${disk.saves} confirmed saves all in the file, ${disk.refused} refused with a clear message`,
    ),
  )
  const roDir = join(work, 'read-only')
  const [roDoc] = await makeCorpus(roDir, 1)
  const ro = await readOnlyCorpus(roDir, roDoc ?? '')
  failures.push(...ro)
  rows.push(
    line(
      'read-only corpus (bind mount)',
      1,
      ro.length,
      'opens read-only, reads, exports, refuses saves',
    ),
  )
  const hostileDir = join(work, 'hostile')
  const hostileIds = await makeCorpus(hostileDir, 2)
  const hostile = await hostileFiles(hostileDir, join(work, 'outside'), hostileIds)
  failures.push(...hostile)
  rows.push(
    line(
      'hostile files',
      1,
      hostile.length,
      'corrupt file, symlinked folder and file, nothing outside touched',
    ),
  )
} finally {
  await rm(work, { recursive: true, force: true })
}
process.stdout.write(
  `${line('condition', 'rounds', failures.length, 'result').replace(/\s+\d+\s+result$/, '  failures  result')}\n`,
)
for (const row of rows) process.stdout.write(`${row}\n`)
for (const failure of failures.slice(0, 30)) process.stdout.write(`  failure: ${failure}\n`)
process.stdout.write(
  `${failures.length} failure(s) in ${Math.round((Date.now() - started) / 1000)} s\n`,
)
process.exitCode = failures.length ? 1 : 0
