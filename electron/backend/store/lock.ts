import { readFileSync, unlinkSync } from 'node:fs'
import { link, open, readFile, rename, stat, unlink } from 'node:fs/promises'
import { hostname } from 'node:os'
import { dirname } from 'node:path'
import { randomBytes } from 'node:crypto'
import { isCode, writeTempBeside } from './atomic-file.ts'
import { fieldOf } from './json-file.ts'
import { processIdentity, processLooksAlive, type Holder } from './process-identity.ts'

export type LockResult =
  { acquired: true; release: () => void } | { acquired: false; reason: string }

/** An unreadable lock younger than this may be one being written by an older Spanbench. */
const UNREADABLE_GRACE_MS = 5_000

/** Errors that mean the folder cannot be written at all: the corpus opens read-only. */
const UNWRITABLE = ['EROFS', 'EACCES', 'EPERM', 'ENOSPC', 'EDQUOT']

/**
 * One writer per corpus: a lock file holding pid, host, boot and process
 * start time. It is created complete or not at all (written to a temp file,
 * then hard-linked into place, which fails when a lock exists), so a full
 * disk never leaves an empty lock behind. A lock is taken over when it is
 * stale: its process no longer runs on this host, or the pid now belongs to
 * another process (start time or boot differ), or it is empty or garbage and
 * not brand new. Taking over happens under a second lock (`<lock>.takeover`),
 * so of two processes that find the same stale lock only one becomes the
 * writer. A lock from another host is never taken over: the reason says how
 * to release it.
 */
export async function acquireLock(path: string): Promise<LockResult> {
  const mine = JSON.stringify({ ...processIdentity(), since: new Date().toISOString() })
  let tmp: string
  try {
    tmp = await writeTempBeside(path, mine)
  } catch (err) {
    return unwritable(err, path)
  }
  try {
    for (let attempt = 0; attempt < 3; attempt++) {
      if (await linkExclusive(tmp, path)) return held(path, mine)
      const holder = await readHolder(path)
      if (!(await isStale(path, holder))) return { acquired: false, reason: heldBy(path, holder) }
      if (await takeOver(path, tmp, holder)) return held(path, mine)
    }
    return { acquired: false, reason: `could not take the lock ${path}; opened read-only` }
  } catch (err) {
    return unwritable(err, path)
  } finally {
    await unlink(tmp).catch(() => undefined)
  }
}

/**
 * Removes a lock that another machine left behind (the way out the
 * read-only reason offers, for a corpus shared through a synced folder).
 * A lock held by a live process on this machine is kept: that process is
 * writing, and a stale one here is taken over by the next writer anyway.
 */
export async function breakLock(
  path: string,
): Promise<{ removed: true; holder: string } | { removed: false; reason: string }> {
  const holder = await readHolder(path)
  const who = holder ? `process ${holder.pid} on ${holder.host}` : 'an unreadable lock'
  if (holder && holder.host === hostname() && processLooksAlive(holder))
    return {
      removed: false,
      reason: `${who} (this machine) is writing to this corpus; close it instead of unlocking`,
    }
  try {
    await unlink(path)
  } catch (err) {
    if (isCode(err, 'ENOENT')) return { removed: false, reason: `there is no lock (${path})` }
    throw err
  }
  return { removed: true, holder: who }
}

function held(path: string, mine: string): LockResult {
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
}

function unwritable(err: unknown, path: string): LockResult {
  const code = UNWRITABLE.find((c) => isCode(err, c))
  if (!code) throw err
  return {
    acquired: false,
    reason: `the corpus folder cannot be written (${code} on ${path}); opened read-only`,
  }
}

/** Puts `tmp` at `path` only if nothing is there; false when something is. */
async function linkExclusive(tmp: string, path: string): Promise<boolean> {
  try {
    await link(tmp, path)
    return true
  } catch (err) {
    if (isCode(err, 'EEXIST')) return false
    // File systems without hard links: an exclusive create, written at once.
    if (!isCode(err, 'EPERM') && !isCode(err, 'ENOTSUP') && !isCode(err, 'EOPNOTSUPP')) throw err
  }
  let file
  try {
    file = await open(path, 'wx', 0o644)
  } catch (err) {
    if (isCode(err, 'EEXIST')) return false
    throw err
  }
  try {
    await file.writeFile(await readFile(tmp))
  } finally {
    await file.close()
  }
  return true
}

/**
 * Replaces a stale lock, as the only process doing so: the takeover lock is
 * created exclusively, the lock is read again under it (another process may
 * have taken it meanwhile), and only a lock that is still the same stale one
 * is removed before ours is linked in.
 */
async function takeOver(path: string, tmp: string, seen: Holder | null): Promise<boolean> {
  const guard = `${path}.takeover`
  if (!(await linkExclusive(tmp, guard))) {
    const other = await readHolder(guard)
    if (await isStale(guard, other)) await removeIfSame(guard, other)
    return false
  }
  try {
    const now = await readHolder(path)
    if (JSON.stringify(now) !== JSON.stringify(seen) || !(await isStale(path, now))) return false
    await removeIfSame(path, now)
    return await linkExclusive(tmp, path)
  } finally {
    await unlink(guard).catch(() => undefined)
  }
}

/** Moves the file aside and deletes it if it is the one expected, else puts it back. */
async function removeIfSame(path: string, expected: Holder | null): Promise<void> {
  const aside = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.stale`
  try {
    await rename(path, aside)
  } catch (err) {
    if (isCode(err, 'ENOENT')) return
    throw err
  }
  if (JSON.stringify(await readHolder(aside)) !== JSON.stringify(expected))
    await link(aside, path).catch(() => undefined)
  await unlink(aside).catch(() => undefined)
}

async function isStale(path: string, holder: Holder | null): Promise<boolean> {
  if (holder) return holder.host === hostname() && !processLooksAlive(holder)
  // Empty or garbage: stale unless it may still be being written.
  try {
    const info = await stat(path)
    return Date.now() - info.mtimeMs > UNREADABLE_GRACE_MS
  } catch (err) {
    if (isCode(err, 'ENOENT')) return false
    throw err
  }
}

function heldBy(path: string, holder: Holder | null): string {
  if (!holder) return `the lock file ${path} is being written; opened read-only`
  const who = `process ${holder.pid} on ${holder.host}`
  if (holder.host !== hostname())
    return `${who} is writing to this corpus (lock file ${path}); opened read-only. If that machine no longer has the corpus open, delete ${path} to write here (spanbench unlock --corpus ${dirname(path)} does that)`
  return `${who} is writing to this corpus (lock file ${path}); opened read-only`
}

async function readHolder(path: string): Promise<Holder | null> {
  try {
    const data: unknown = JSON.parse(await readFile(path, 'utf8'))
    const pid = fieldOf(data, 'pid')
    const host = fieldOf(data, 'host')
    const start = fieldOf(data, 'start')
    const boot = fieldOf(data, 'boot')
    if (typeof pid !== 'number' || typeof host !== 'string') return null
    return {
      pid,
      host,
      ...(typeof start === 'string' ? { start } : {}),
      ...(typeof boot === 'string' ? { boot } : {}),
    }
  } catch {
    return null
  }
}
