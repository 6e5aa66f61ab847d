/**
 * The end-to-end tests drive Debian's Chromium. Where it is missing and we are
 * root on Debian, install it (saying so); otherwise say in one line what to do.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

export const CHROMIUM = process.env['SPANBENCH_CHROMIUM'] ?? '/usr/bin/chromium'

export function ensureChromium(): boolean {
  if (existsSync(CHROMIUM)) return true
  const isRoot = process.getuid?.() === 0
  const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
  if (!isRoot || !hasApt || process.env['SPANBENCH_CHROMIUM']) {
    process.stderr.write(
      `Chromium not found at ${CHROMIUM}: install Debian's chromium (sudo apt-get install -y chromium) or set SPANBENCH_CHROMIUM to a Chromium binary, then run npm test again.\n`,
    )
    return false
  }
  process.stdout.write(
    `Chromium not found at ${CHROMIUM}: installing Debian's chromium package for the end-to-end tests…\n`,
  )
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
  const install =
    update.status === 0
      ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env })
      : update
  if (install.status !== 0 || !existsSync(CHROMIUM)) {
    process.stderr.write(
      `Installing chromium failed (apt-get exited ${install.status}); install it by hand and run npm test again.\n`,
    )
    return false
  }
  return true
}
