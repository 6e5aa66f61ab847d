import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { projectRoot } from './paths.ts'

let version: Promise<string> | null = null

/** Spanbench's version from package.json ("unknown" if it cannot be read), for dataset cards. */
export function toolVersion(): Promise<string> {
  version ??= readFile(join(projectRoot(), 'package.json'), 'utf8').then(
    (text) => {
      const parsed: unknown = JSON.parse(text)
      return typeof parsed === 'object' &&
        parsed &&
        'version' in parsed &&
        typeof parsed.version === 'string'
        ? parsed.version
        : 'unknown'
    },
    () => 'unknown',
  )
  return version
}
