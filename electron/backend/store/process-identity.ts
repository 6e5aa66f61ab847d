/**
 * Who holds a lock, precisely enough to tell a live writer from a pid that
 * was reused: pid and host, and on Linux the boot id and the process's start
 * time (from /proc). Elsewhere only the pid is checked.
 */
import { readFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { isCode } from './atomic-file.ts'

export interface Holder {
  pid: number
  host: string
  /** The process's start time in clock ticks since boot (Linux). */
  start?: string
  /** /proc/sys/kernel/random/boot_id (Linux): a lock from before a reboot is stale. */
  boot?: string
}

export function processIdentity(): Holder {
  const start = startTime(process.pid)
  const boot = bootId()
  return {
    pid: process.pid,
    host: hostname(),
    ...(start ? { start } : {}),
    ...(boot ? { boot } : {}),
  }
}

/** Whether the process that wrote `holder` (on this host) may still be running. */
export function processLooksAlive(holder: Holder): boolean {
  try {
    process.kill(holder.pid, 0)
  } catch (err) {
    if (isCode(err, 'ESRCH')) return false
  }
  const boot = bootId()
  if (holder.boot && boot && holder.boot !== boot) return false
  if (holder.start) {
    const start = startTime(holder.pid)
    return start === null || start === holder.start
  }
  // A lock without a start time (older Spanbench): a pid now used by a
  // program that is not node or Electron is not the writer.
  const command = commandLine(holder.pid)
  return command === null || /node|electron|spanbench/i.test(command)
}

function startTime(pid: number): string | null {
  const stat = readProc(`/proc/${pid}/stat`)
  if (stat === null) return null
  // Field 22; the command name (field 2) may hold spaces, so count after its ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return fields[19] ?? null
}

function bootId(): string | null {
  return readProc('/proc/sys/kernel/random/boot_id')?.trim() ?? null
}

function commandLine(pid: number): string | null {
  return readProc(`/proc/${pid}/cmdline`)?.replace(/\0/g, ' ') ?? null
}

function readProc(path: string): string | null {
  try {
    return readFileSync(path, 'utf8')
  } catch {
    return null
  }
}
