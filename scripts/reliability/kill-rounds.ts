/**
 * kill -9 during saves and during schema changes: each round starts a writer,
 * lets it confirm a few saves, kills it at a random moment, and checks the
 * corpus: every file parses (nothing torn), every confirmed span is in its
 * file (nothing lost), the corpus opens and takes the lock again.
 */
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { setTimeout as sleep } from 'node:timers/promises'
import { Corpus } from '../../electron/backend/store/corpus.ts'
import { ManifestSchema, AnnotationSetSchema } from '../../shared/contract/model.ts'
import { parseCorpusFile } from '../../electron/backend/store/json-file.ts'

export interface KillResult {
  rounds: number
  confirmed: number
  torn: number
  lost: number
  failures: string[]
}

export async function killRounds(options: {
  saver: string
  dir: string
  docIds: readonly string[]
  text: string
  mode: 'saves' | 'schema'
  rounds: number
}): Promise<KillResult> {
  const result: KillResult = { rounds: 0, confirmed: 0, torn: 0, lost: 0, failures: [] }
  const confirmed = new Map<string, string[]>()
  for (let round = 0; round < options.rounds; round++) {
    const docId = options.docIds[round % options.docIds.length] ?? ''
    const prefix = `${options.mode[0] ?? 'k'}${round}`
    const child = spawn(process.execPath, [
      options.saver,
      options.dir,
      options.mode,
      docId,
      prefix,
      options.text,
    ])
    const exited = once(child, 'exit')
    let stderr = ''
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()))
    const saved = confirmed.get(docId) ?? []
    confirmed.set(docId, saved)
    const lines = createInterface({ input: child.stdout })
    const ready = new Promise<void>((resolve) => {
      lines.on('line', (line) => {
        if (line === 'ready') resolve()
        else if (line.startsWith('saved ')) {
          saved.push(line.slice(6))
          result.confirmed++
        }
      })
      void exited.then(() => resolve())
    })
    await ready
    await sleep(Math.floor(Math.random() * 120))
    child.kill('SIGKILL')
    const [code, signal] = (await exited) as [number | null, string | null]
    lines.close()
    result.rounds++
    if (signal !== 'SIGKILL')
      result.failures.push(
        `round ${round}: writer exited ${String(code)} before the kill: ${stderr.trim().split('\n')[0] ?? ''}`,
      )
    await check(options.dir, docId, saved, result, round)
  }
  return result
}

async function check(
  dir: string,
  docId: string,
  saved: readonly string[],
  result: KillResult,
  round: number,
): Promise<void> {
  try {
    parseCorpusFile(
      join(dir, 'spanbench.json'),
      await readFile(join(dir, 'spanbench.json'), 'utf8'),
      ManifestSchema,
      2,
    )
    const folder = join(dir, 'annotations', 'alice')
    // A writer killed before its first save has made no folder yet.
    const names = await readdir(folder).catch(() => [])
    for (const name of names.filter((n) => n.endsWith('.json') && !n.startsWith('.'))) {
      const path = join(folder, name)
      try {
        parseCorpusFile(path, await readFile(path, 'utf8'), AnnotationSetSchema)
      } catch (err) {
        result.torn++
        result.failures.push(`round ${round}: ${String(err)}`)
      }
    }
    const corpus = await Corpus.open(dir)
    try {
      if (corpus.readOnly)
        result.failures.push(
          `round ${round}: the next start is read-only: ${corpus.readOnlyReason ?? ''}`,
        )
      const set = await corpus.readAnnotations(docId, 'alice')
      const present = new Set(set?.spans.map((s) => s.id))
      const missing = saved.filter((id) => !present.has(id))
      if (missing.length) {
        result.lost += missing.length
        result.failures.push(`round ${round}: confirmed but missing: ${missing.join(', ')}`)
      }
    } finally {
      corpus.close()
    }
  } catch (err) {
    result.failures.push(`round ${round}: ${String(err)}`)
  }
}
