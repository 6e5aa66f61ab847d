/**
 * Two processes that start at the same instant and race for a stale writer
 * lock (tests and the reliability suite). Returns how many took it: exactly
 * one is right.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { once } from 'node:events'
import { writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

const CHILD = join(dirname(fileURLToPath(import.meta.url)), 'lock-race-child.ts')

/** How to start a contender: through tsx by default, or a bundled program (the reliability suite). */
export type ContenderCommand = readonly string[]

const TSX_CHILD: ContenderCommand = ['--import', 'tsx', CHILD]

function contender(
  lockPath: string,
  command: ContenderCommand,
): {
  child: ChildProcessWithoutNullStreams
  next: () => Promise<string>
} {
  const child = spawn(process.execPath, [...command, lockPath])
  const lines = createInterface({ input: child.stdout })
  const queue: string[] = []
  const waiting: ((line: string) => void)[] = []
  lines.on('line', (line) => {
    const resolve = waiting.shift()
    if (resolve) resolve(line)
    else queue.push(line)
  })
  const next = (): Promise<string> =>
    new Promise((resolve, reject) => {
      const line = queue.shift()
      if (line !== undefined) return resolve(line)
      waiting.push(resolve)
      child.once('exit', (code) => reject(new Error(`lock contender exited (${String(code)})`)))
    })
  return { child, next }
}

/** The pid of a process that has run and exited (and been reaped). */
export async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''])
  await once(child, 'exit')
  if (child.pid === undefined) throw new Error('no pid')
  return child.pid
}

/** Writes a stale lock (a pid that is not running) and lets two processes race for it. */
export async function raceForStaleLock(
  lockPath: string,
  deadPid: number,
  command: ContenderCommand = TSX_CHILD,
): Promise<number> {
  await writeFile(lockPath, JSON.stringify({ pid: deadPid, host: hostname(), since: 'then' }))
  const contenders = [contender(lockPath, command), contender(lockPath, command)]
  try {
    for (const c of contenders) if ((await c.next()) !== 'ready') throw new Error('not ready')
    const at = String(Date.now() + 30)
    for (const c of contenders) c.child.stdin.write(`${at}\n`)
    const results = await Promise.all(contenders.map((c) => c.next()))
    return results.filter((r) => (JSON.parse(r) as { acquired: boolean }).acquired).length
  } finally {
    for (const c of contenders) {
      c.child.stdin.end()
      if (c.child.exitCode === null) await once(c.child, 'exit')
    }
  }
}
