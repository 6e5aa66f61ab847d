/**
 * Compiles the `spanbench` command (electron/cli/cli.ts and the modules of its
 * commands) with esbuild into dist/cli/, one chunk per command so that a
 * command loads only its own code; packages stay in node_modules and are
 * imported from there when a command needs them. Each file is written
 * beside its place and renamed into it, chunks before the entry, so a CLI
 * starting while another process builds never reads a half-written file.
 */
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
export const CLI_OUT = join(root, 'dist', 'cli')
/** The entry bin/spanbench.js imports; its time stamp is the build's. */
export const CLI_ENTRY = join(CLI_OUT, 'cli.js')

export async function buildCli(): Promise<void> {
  const result = await build({
    entryPoints: [join(root, 'electron', 'cli', 'cli.ts')],
    outdir: CLI_OUT,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    chunkNames: 'chunks/[name]-[hash]',
    logLevel: 'warning',
    absWorkingDir: root,
    write: false,
  })
  const files = [...result.outputFiles].sort(
    (a, b) => Number(a.path === CLI_ENTRY) - Number(b.path === CLI_ENTRY),
  )
  await mkdir(join(CLI_OUT, 'chunks'), { recursive: true })
  const suffix = `.${process.pid}.tmp`
  for (const file of files) {
    await writeFile(`${file.path}${suffix}`, file.contents)
    await rename(`${file.path}${suffix}`, file.path)
  }
  // Chunks of an older build: their names carry another hash.
  const current = new Set(files.map((f) => basename(f.path)))
  for (const name of await readdir(join(CLI_OUT, 'chunks')))
    if (!current.has(name) && !name.endsWith('.tmp'))
      await rm(join(CLI_OUT, 'chunks', name), { force: true })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli()
