import { link, open, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { SpanbenchError } from './errors.ts'

/** Thrown by an exclusive write when the file exists already. */
export class FileExistsError extends Error {}

/**
 * Replaces `path` with `content` so that a crash at any moment leaves either
 * the old file or the new one: write a temp file beside it, fsync it, rename
 * it over the target, fsync the directory so the rename itself is durable.
 * With `exclusive`, the file must not exist yet: it is hard-linked into place,
 * which never replaces a file, so two writers racing cannot both create it.
 */
export async function writeFileAtomic(
  path: string,
  content: string | Uint8Array,
  options: { exclusive?: boolean } = {},
): Promise<void> {
  try {
    await replaceFile(path, content, options)
  } catch (err) {
    throw unwritable(path, err)
  }
}

/** A full disk or a read-only folder as a message the user can act on; other errors as they are. */
function unwritable(path: string, err: unknown): unknown {
  const keep = 'nothing was changed; the file keeps its last saved version'
  if (isCode(err, 'ENOSPC') || isCode(err, 'EDQUOT'))
    return new SpanbenchError('no_space', `cannot save ${path}: the disk is full; ${keep}`)
  if (isCode(err, 'EROFS') || isCode(err, 'EACCES') || isCode(err, 'EPERM'))
    return new SpanbenchError(
      'read_only',
      `cannot save ${path}: the folder cannot be written (${(err as NodeJS.ErrnoException).code ?? ''}); ${keep}`,
    )
  return err
}

async function replaceFile(
  path: string,
  content: string | Uint8Array,
  options: { exclusive?: boolean },
): Promise<void> {
  const dir = dirname(path)
  const tmp = await writeTempBeside(path, content)
  try {
    if (options.exclusive) await linkIntoPlace(tmp, path)
    else await rename(tmp, path)
  } catch (err) {
    await unlink(tmp).catch(() => undefined)
    throw err
  }
  await syncDirectory(dir)
}

/**
 * Writes `content` to a new temp file beside `path` (`.<name>.<pid>.<random>.tmp`)
 * and fsyncs it; nothing is left behind when that fails (a full disk).
 */
export async function writeTempBeside(path: string, content: string | Uint8Array): Promise<string> {
  const tmp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  )
  const file = await open(tmp, 'wx', 0o644)
  try {
    await file.writeFile(content)
    await file.sync()
  } catch (err) {
    await file.close()
    await unlink(tmp).catch(() => undefined)
    throw err
  }
  await file.close()
  return tmp
}

async function linkIntoPlace(tmp: string, path: string): Promise<void> {
  try {
    await link(tmp, path)
  } catch (err) {
    if (isCode(err, 'EEXIST')) throw new FileExistsError(`${path} exists already`)
    // File systems without hard links (FAT, some network shares): check, then rename.
    if (!isCode(err, 'EPERM') && !isCode(err, 'ENOTSUP') && !isCode(err, 'EOPNOTSUPP')) throw err
    if (
      await stat(path).then(
        () => true,
        () => false,
      )
    )
      throw new FileExistsError(`${path} exists already`)
    await rename(tmp, path)
    return
  }
  await unlink(tmp)
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r')
  try {
    await handle.sync()
  } catch (err) {
    // Some file systems (and Windows) cannot fsync a directory; the rename is still atomic.
    if (!isCode(err, 'EINVAL') && !isCode(err, 'EPERM') && !isCode(err, 'EISDIR')) throw err
  } finally {
    await handle.close()
  }
}

export function isCode(err: unknown, code: string): boolean {
  return err instanceof Error && (err as NodeJS.ErrnoException).code === code
}
