import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { electronBinary, missingDisplay } from './electron-runtime.ts'

describe('missingDisplay', () => {
  it('needs DISPLAY or WAYLAND_DISPLAY on Linux only', () => {
    expect(missingDisplay('linux', {})).toMatch(/no display/)
    expect(missingDisplay('linux', { DISPLAY: ':0' })).toBeNull()
    expect(missingDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBeNull()
    expect(missingDisplay('darwin', {})).toBeNull()
    expect(missingDisplay('win32', {})).toBeNull()
  })
})

describe('electronBinary', () => {
  let dir: string | undefined
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true })
  })

  it('is the file path.txt names under dist/, and null while either is missing', async () => {
    dir = await mkdtemp(join(tmpdir(), 'spanbench-electron-'))
    expect(electronBinary(dir)).toBeNull()
    await writeFile(join(dir, 'path.txt'), 'electron')
    expect(electronBinary(dir)).toBeNull()
    await mkdir(join(dir, 'dist'))
    await writeFile(join(dir, 'dist', 'electron'), '')
    expect(electronBinary(dir)).toBe(join(dir, 'dist', 'electron'))
  })
})
