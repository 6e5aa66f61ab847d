import { resolve } from 'node:path'

/**
 * The corpus named by `--corpus DIR` or `--corpus=DIR`, made absolute. Read
 * by hand rather than with parseArgs: Electron's argv also carries the binary,
 * the app path and Chromium's own switches, which must not be errors here.
 */
export function corpusArgument(argv: readonly string[], cwd = process.cwd()): string | undefined {
  let found: string | undefined
  for (const [i, arg] of argv.entries()) {
    if (arg === '--') break
    if (arg === '--corpus') found = argv[i + 1]?.startsWith('-') ? undefined : argv[i + 1]
    else if (arg.startsWith('--corpus=')) found = arg.slice('--corpus='.length)
  }
  return found ? resolve(cwd, found) : undefined
}
