import { readFileSync, unlinkSync } from 'node:fs'
import { open, readFile, unlink } from 'node:fs/promises'
import { hostname } from 'node:os'
import { isCode } from './atomic-file.ts'
import { fieldOf } from './json-file.ts'

export type LockResult =
  { acquired: true; release: () => void } | { acquired: false; reason: string }

/**
 * One writer per corpus: a lock file holding pid and host. A lock left by a
 * process that no longer runs on this host is taken over.
 */
export async function acquireLock(path: string): Promise<LockResult> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const file = await open(path, 'wx')
      const mine = JSON.stringify({
        pid: process.pid,
        host: hostname(),
        since: new Date().toISOString(),
      })
      await file.writeFile(mine)
      await file.close()
      const release = (): void => {
        process.off('exit', release)
        try {
          if (readFileSync(path, 'utf8') === mine) unlinkSync(path)
        } catch {
          // Already gone: nothing to release.
        }
      }
      process.once('exit', release)
      return { acquired: true, release }
    } catch (err) {
      if (!isCode(err, 'EEXIST')) throw err
    }
    const holder = await readHolder(path)
    if (holder && holder.host === hostname() && !isRunning(holder.pid)) {
      await unlink(path).catch(() => undefined)
      continue
    }
    const who = holder ? `process ${holder.pid} on ${holder.host}` : 'another process'
    return {
      acquired: false,
      reason: `${who} is writing to this corpus (lock file ${path}); opened read-only`,
    }
  }
  return { acquired: false, reason: `could not take the lock ${path}; opened read-only` }
}

async function readHolder(path: string): Promise<{ pid: number; host: string } | null> {
  try {
    const data: unknown = JSON.parse(await readFile(path, 'utf8'))
    const pid = fieldOf(data, 'pid')
    const host = fieldOf(data, 'host')
    return typeof pid === 'number' && typeof host === 'string' ? { pid, host } : null
  } catch {
    return null
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return !isCode(err, 'ESRCH')
  }
}
