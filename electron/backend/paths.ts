import { spawn } from 'node:child_process'
import { dirname, join } from 'node:path'
import { assetsDir } from './assets.ts'

/** The project (or packaged app) root: the folder that holds assets/. */
export function projectRoot(): string {
  return dirname(assetsDir())
}

/** The renderer build that browser mode and the desktop window load. */
export function rendererDir(): string {
  return join(projectRoot(), 'dist', 'renderer')
}

/** Opens a URL in the user's browser; where there is none, the printed URL is enough. */
export function openBrowser(url: string): void {
  const command =
    process.platform === 'darwin' ? 'open' : process.platform === 'win32' ? 'explorer' : 'xdg-open'
  try {
    const child = spawn(command, [url], { stdio: 'ignore', detached: true })
    child.on('error', () => undefined)
    child.unref()
  } catch {
    // No opener on this machine: the URL was printed.
  }
}
