/**
 * The suite's child programs, bundled once with esbuild into plain .mjs
 * files, so that each of the hundreds of processes it kills starts in a
 * fraction of a second instead of compiling TypeScript again.
 */
import { build } from 'esbuild'
import { join } from 'node:path'

export async function bundle(entry: string, outDir: string): Promise<string> {
  const outfile = join(outDir, `${entry.split('/').pop()?.replace(/\.ts$/, '') ?? 'child'}.mjs`)
  await build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'error',
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  })
  return outfile
}
