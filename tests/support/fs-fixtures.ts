/**
 * Real file-system conditions for tests (imported only by tests and the
 * reliability suite): a read-only view of a folder (a read-only bind mount)
 * and a tiny disk (a tmpfs of a few KB). Both need root, as CI runs.
 */
import { execFileSync } from 'node:child_process'
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface Mounted {
  path: string
  unmount(): Promise<void>
}

function mount(args: string[]): void {
  execFileSync('mount', args, { stdio: ['ignore', 'ignore', 'pipe'] })
}

/** `dir` seen through a read-only bind mount: every write fails with EROFS. Needs root. */
export async function readOnlyView(dir: string): Promise<Mounted> {
  const path = await mkdtemp(join(tmpdir(), 'spanbench-ro-'))
  mount(['--bind', dir, path])
  mount(['-o', 'remount,ro,bind', path])
  return { path, unmount: () => unmountAndRemove(path) }
}

/** An empty tmpfs of `kilobytes`: writing past it fails with ENOSPC. Needs root. */
export async function smallDisk(kilobytes: number): Promise<Mounted> {
  const path = await mkdtemp(join(tmpdir(), 'spanbench-disk-'))
  mount(['-t', 'tmpfs', '-o', `size=${kilobytes}k`, 'tmpfs', path])
  await mkdir(join(path, 'corpus'))
  return { path, unmount: () => unmountAndRemove(path) }
}

async function unmountAndRemove(path: string): Promise<void> {
  execFileSync('umount', [path])
  await rm(path, { recursive: true, force: true })
}
