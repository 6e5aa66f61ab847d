/**
 * Bundles the Electron main process and preload with esbuild. Main is an ES
 * module (dist/electron/main.mjs) so import.meta.url still locates assets/ and
 * the renderer build from the bundle; the preload is CommonJS because
 * sandboxed preloads cannot load ES modules.
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, type BuildOptions } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
export const ELECTRON_OUT = join(root, 'dist', 'electron')

// Electron 38 runs Node 22 and Chromium 140.
const NODE_TARGET = 'node22'
const CHROME_TARGET = 'chrome140'

const common: BuildOptions = {
  bundle: true,
  external: ['electron'],
  sourcemap: true,
  logLevel: 'warning',
  absWorkingDir: root,
}

export async function buildElectron(): Promise<void> {
  await Promise.all([
    build({
      ...common,
      entryPoints: [join(root, 'electron', 'desktop', 'main.ts')],
      outfile: join(ELECTRON_OUT, 'main.mjs'),
      platform: 'node',
      format: 'esm',
      target: NODE_TARGET,
      // Dependencies published as CommonJS call require(); an ES module has none.
      banner: {
        js: "import { createRequire as __spanbenchRequire } from 'node:module'; const require = __spanbenchRequire(import.meta.url);",
      },
    }),
    build({
      ...common,
      entryPoints: [join(root, 'electron', 'desktop', 'preload.ts')],
      outfile: join(ELECTRON_OUT, 'preload.cjs'),
      // A sandboxed preload has no Node: only require('electron') and web APIs.
      platform: 'browser',
      format: 'cjs',
      target: CHROME_TARGET,
    }),
  ])
}
