/**
 * What the corpus index knows of files without reading them: which .json
 * files a folder holds, and the signatures (mtime and size of a file, mtime
 * and inode of a folder) that tell whether one changed since it was read.
 */
import { lstatSync, readdirSync, statSync, type Dirent } from 'node:fs'
import { isCode } from './atomic-file.ts'
import { forEachBatch } from './batches.ts'
import type { Signature } from './corpus-index-file.ts'

const STAT_BATCH = 1000

/** Ids of the .json files in a folder (none when it does not exist). */
export function jsonIds(dir: string): string[] {
  let entries: Dirent[]
  try {
    // A folder that is a symbolic link, and links among the files, could point outside the corpus.
    entries = lstatSync(dir).isSymbolicLink() ? [] : readdirSync(dir, { withFileTypes: true })
  } catch (err) {
    if (isCode(err, 'ENOENT')) return []
    throw err
  }
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.json') && !e.name.startsWith('.'))
    .map((e) => e.name.slice(0, -'.json'.length))
}

/** [mtimeMs, inode] of a folder; [-1, -1] when there is none (an annotator with no files yet). */
export function folderSignature(path: string): Signature {
  try {
    const info = statSync(path)
    return [info.mtimeMs, info.ino]
  } catch (err) {
    if (isCode(err, 'ENOENT')) return [-1, -1]
    throw err
  }
}

export function signatureOf(path: string): Signature | null {
  try {
    const info = statSync(path)
    return [info.mtimeMs, info.size]
  } catch (err) {
    if (isCode(err, 'ENOENT')) return null
    throw err
  }
}

/** The files whose signature differs from their entry's (or that have none), with the new signature. */
export async function staleFiles(
  ids: readonly string[],
  pathOf: (id: string) => string,
  entries: ReadonlyMap<string, { signature: Signature }>,
): Promise<{ id: string; signature: Signature }[]> {
  const stale: { id: string; signature: Signature }[] = []
  await forEachBatch(ids, STAT_BATCH, (id) => {
    const signature = signatureOf(pathOf(id))
    const known = entries.get(id)?.signature
    if (signature && (!known || known[0] !== signature[0] || known[1] !== signature[1]))
      stale.push({ id, signature })
  })
  return stale
}
