/** `spanbench export` run as a process, for tests that check what a user gets (imported only by tests). */
import { join } from 'node:path'
import { runCli, tempDir, type CliResult } from './backend.ts'

/** Exports alice's annotations in `format` to a new file; returns the result and the file's path. */
export async function exportWithCli(
  dir: string,
  format: string,
  name: string,
): Promise<{ result: CliResult; out: string }> {
  const out = join(await tempDir(), name)
  const result = await runCli(
    ['export', '--corpus', dir, '--annotator', 'alice', '--format', format, '--out', out],
    await tempDir(),
  )
  return { result, out }
}
