/**
 * The original bytes of every imported file, kept in the corpus so provenance
 * is never lost: `originals/<sha256>.<ext>`, named by the hash of the bytes
 * (which the document's source records), so a file imported twice, or a CSV
 * holding many documents, is stored once.
 */
import { mkdir, stat, unlink } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { FileExistsError, isCode, writeFileAtomic } from '../store/atomic-file.ts'

export const ORIGINALS = 'originals'

/** The corpus-relative path of an original. */
export function originalPath(bytesSha256: string, ext: string): string {
  const clean = ext.toLowerCase().replace(/[^a-z0-9.]/g, '')
  return `${ORIGINALS}/${bytesSha256}${clean}`
}

/**
 * Writes the bytes unless they are there already; true when this call created
 * the file (so a failed import can take it back). Through the store's atomic
 * writer, like every corpus write, and exclusive: two imports of the same
 * bytes at once store them once, and neither replaces the other's file.
 */
export async function keepOriginal(
  corpusDir: string,
  relative: string,
  bytes: Uint8Array,
): Promise<boolean> {
  const path = join(corpusDir, relative)
  if (await exists(path)) return false
  await mkdir(dirname(path), { recursive: true })
  try {
    await writeFileAtomic(path, bytes, { exclusive: true })
  } catch (err) {
    if (err instanceof FileExistsError) return false
    throw err
  }
  return true
}

/** Takes back an original this import created, when the document it was for failed. */
export async function dropOriginal(corpusDir: string, relative: string): Promise<void> {
  await unlink(join(corpusDir, relative)).catch(() => undefined)
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path)
    return true
  } catch (err) {
    if (isCode(err, 'ENOENT')) return false
    throw err
  }
}
