/**
 * Before serving: rebuild the renderer when its sources changed. A failed
 * build is reported and the server starts anyway (with the previous build, if
 * any), so the API and the printed URL never depend on the page compiling.
 */
import { buildRenderer, rendererIsStale } from './build.ts'

export async function ensureRenderer(): Promise<void> {
  if (!rendererIsStale()) return
  process.stdout.write('Building the renderer…\n')
  try {
    await buildRenderer({ quiet: true })
  } catch (err) {
    const message = (err instanceof Error ? err.message : String(err)).split('\n')[0]
    process.stderr.write(`spanbench: the renderer did not build: ${message}\n`)
  }
}
