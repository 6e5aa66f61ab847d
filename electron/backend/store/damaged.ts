import { SpanbenchError } from './errors.ts'

/** True for an error that is about one file's contents (damaged, or from a newer Spanbench). */
export function isDamagedFile(err: unknown): err is SpanbenchError {
  return err instanceof SpanbenchError && (err.code === 'corrupt' || err.code === 'too_new')
}

/**
 * Corpus-wide work (impact of a schema change, claims, stats, export) leaves a
 * damaged file out and names it in `problems`, instead of failing on it.
 */
export function skipDamaged<T>(read: () => T, problems: string[]): T | null {
  try {
    return read()
  } catch (err) {
    if (!isDamagedFile(err)) throw err
    problems.push(err.message)
    return null
  }
}

/** The same as skipDamaged, for an asynchronous read. */
export async function skipDamagedAsync<T>(
  read: () => Promise<T>,
  problems: string[],
): Promise<T | null> {
  try {
    return await read()
  } catch (err) {
    if (!isDamagedFile(err)) throw err
    problems.push(err.message)
    return null
  }
}
