/**
 * Temp files a killed writer left (`.<name>.<pid>.<random>.tmp`, see
 * writeTempBeside): removed when a writer opens the corpus, because they
 * would otherwise pile up and travel through git or a file sync. Only files
 * older than the lock just taken are removed: with the lock held no other
 * process writes to this corpus, so each of them belongs to a dead writer.
 * The sweep runs while this process already writes, and a file system's
 * clock is coarser than Date.now(), so temp files named with this process's
 * own pid are never removed.
 */
import { lstat, readdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { isCode } from './atomic-file.ts'

const TEMP = /^\..+\.(\d+)\.[0-9a-f]+\.tmp$/
/** A starting process's copy of its lock, which it may be about to link: never removed here. */
const LOCK_TEMP = /^\.spanbench-lock\./

/** Removes the temp files in the corpus's folders older than `before` (ms); returns how many. */
export async function removeCrashLeftovers(root: string, before: number): Promise<number> {
  const annotators = await entries(join(root, 'annotations'))
  const folders = [
    root,
    join(root, 'documents'),
    join(root, 'originals'),
    ...annotators.filter((e) => e.isDirectory()).map((e) => join(root, 'annotations', e.name)),
  ]
  let removed = 0
  for (const folder of folders) {
    for (const entry of await entries(folder)) {
      const pid = TEMP.exec(entry.name)?.[1]
      if (!entry.isFile() || !pid || Number(pid) === process.pid || LOCK_TEMP.test(entry.name))
        continue
      const path = join(folder, entry.name)
      const info = await lstat(path).catch(() => null)
      if (!info || info.mtimeMs >= before) continue
      await unlink(path).then(
        () => removed++,
        () => undefined,
      )
    }
  }
  return removed
}

async function entries(folder: string) {
  try {
    return await readdir(folder, { withFileTypes: true })
  } catch (err) {
    if (isCode(err, 'ENOENT') || isCode(err, 'ENOTDIR')) return []
    throw err
  }
}
