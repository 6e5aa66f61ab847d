/**
 * Whether the desktop app can run on this machine. Install scripts are off
 * (.npmrc), so Electron's binary may be missing; it is fetched once here, on
 * demand, and a machine that still cannot run it gets a reason, not a crash.
 */
import { execFile, spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const FETCH_TIMEOUT_MS = 60_000

export type ElectronRuntime = { ok: true; binary: string } | { ok: false; reason: string }

/** The Electron package folder, wherever npm put it. */
function electronPackageDir(): string {
  return dirname(createRequire(import.meta.url).resolve('electron/package.json'))
}

/** The binary that node_modules/electron/path.txt names, if it is really there. */
export function electronBinary(packageDir = electronPackageDir()): string | null {
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const relative = readFileSync(pathFile, 'utf8').trim()
  if (!relative) return null
  // The same override the electron package itself honours.
  const distDir = process.env['ELECTRON_OVERRIDE_DIST_PATH'] ?? join(packageDir, 'dist')
  const binary = join(distDir, relative)
  return existsSync(binary) ? binary : null
}

/** Why a window cannot be shown at all, whatever the binary: null when it can. */
export function missingDisplay(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string | null {
  if (platform !== 'linux' && platform !== 'freebsd' && platform !== 'openbsd') return null
  return env['DISPLAY'] || env['WAYLAND_DISPLAY']
    ? null
    : 'no display: neither DISPLAY nor WAYLAND_DISPLAY is set'
}

/** Runs the electron package's own installer, quietly and for a bounded time. */
function fetchElectronBinary(packageDir: string): Promise<void> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [join(packageDir, 'install.js')],
      { cwd: packageDir, timeout: FETCH_TIMEOUT_MS, killSignal: 'SIGKILL', windowsHide: true },
      // Success or failure is judged by looking for the binary afterwards.
      () => resolve(),
    )
  })
}

/** Checks the display, then the binary (fetching it once if missing). */
export async function electronRuntime(): Promise<ElectronRuntime> {
  const noDisplay = missingDisplay()
  if (noDisplay) return { ok: false, reason: noDisplay }
  let packageDir: string
  try {
    packageDir = electronPackageDir()
  } catch {
    return { ok: false, reason: 'the electron package is not installed' }
  }
  let binary = electronBinary(packageDir)
  if (!binary) {
    await fetchElectronBinary(packageDir)
    binary = electronBinary(packageDir)
  }
  return binary ? { ok: true, binary } : { ok: false, reason: 'its binary could not be downloaded' }
}

/**
 * Runs the app in Electron until it quits; resolves with its exit code.
 * Ctrl-C reaches Electron too (it quits through the same save-first path as
 * the menu), and a signal sent to this process alone is passed on.
 */
export function launchElectron(binary: string, args: string[]): Promise<number> {
  const env = { ...process.env }
  // Inherited from a parent that ran Electron as Node, it would make this one a plain Node.
  delete env['ELECTRON_RUN_AS_NODE']
  const child = spawn(binary, args, { stdio: 'inherit', env })
  const forward = (signal: NodeJS.Signals): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal)
  }
  process.on('SIGINT', forward)
  process.on('SIGTERM', forward)
  return new Promise((resolve) => {
    const done = (code: number): void => {
      process.off('SIGINT', forward)
      process.off('SIGTERM', forward)
      resolve(code)
    }
    child.once('error', (err) => {
      process.stderr.write(`spanbench: could not start Electron: ${err.message}\n`)
      done(1)
    })
    child.once('exit', (code, signal) => done(code ?? (signal ? 1 : 0)))
  })
}
