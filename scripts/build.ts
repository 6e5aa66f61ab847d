/**
 * Builds what the app runs: the renderer (Vite) and the `spanbench` command
 * (esbuild, scripts/build-cli.ts) always, the Electron main and preload
 * bundles (esbuild) with --electron. `--if-stale` skips a renderer build whose
 * sources are older than its output.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build as viteBuild } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))
const RENDERER_OUT = join(root, 'dist', 'renderer', 'index.html')

function newestMtime(paths: string[]): number {
  let newest = 0
  for (const path of paths) {
    if (!existsSync(path)) continue
    const info = statSync(path)
    if (info.isDirectory()) {
      for (const name of readdirSync(path))
        newest = Math.max(newest, newestMtime([join(path, name)]))
    } else newest = Math.max(newest, info.mtimeMs)
  }
  return newest
}

/** True when the renderer build is missing or older than its sources. */
export function rendererIsStale(): boolean {
  if (!existsSync(RENDERER_OUT)) return true
  const sources = ['renderer', 'shared', 'vite.config.ts', 'package-lock.json'].map((p) =>
    join(root, p),
  )
  return newestMtime(sources) > statSync(RENDERER_OUT).mtimeMs
}

export async function buildRenderer(
  options: { ifStale?: boolean; quiet?: boolean } = {},
): Promise<void> {
  if (options.ifStale && !rendererIsStale()) return
  await viteBuild({
    configFile: join(root, 'vite.config.ts'),
    logLevel: options.quiet ? 'warn' : 'info',
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  await buildRenderer({ ifStale: args.includes('--if-stale') })
  const { buildCli } = await import('./build-cli.ts')
  await buildCli()
  if (args.includes('--electron')) {
    const { buildElectron } = await import('./build-electron.ts')
    await buildElectron()
  }
}
