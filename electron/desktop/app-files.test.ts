import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../server/web-server.ts'
import { resolveAppFile, serveAppFile } from './app-files.ts'

let parent: string
let root: string

beforeAll(async () => {
  parent = await mkdtemp(join(tmpdir(), 'spanbench-app-files-'))
  root = join(parent, 'renderer')
  await mkdir(join(root, 'assets'), { recursive: true })
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Spanbench</title>')
  await writeFile(join(root, 'assets', 'index-abc.js'), 'export {}')
  await writeFile(join(parent, 'secret.txt'), 'outside the build')
})

afterAll(() => rm(parent, { recursive: true, force: true }))

describe('resolveAppFile', () => {
  it('maps app URLs into the build folder, the bare origin to index.html', () => {
    expect(resolveAppFile(root, 'spanbench://app/')).toBe(join(root, 'index.html'))
    expect(resolveAppFile(root, 'spanbench://app/assets/index-abc.js?v=1#x')).toBe(
      join(root, 'assets', 'index-abc.js'),
    )
  })

  it.each([
    'spanbench://app/../secret.txt',
    'spanbench://app/%2e%2e/secret.txt',
    'spanbench://app/assets/%2E%2E%2F..%2F..%2Fsecret.txt',
    'spanbench://app/assets/%2F..%2F..%2Fsecret.txt',
  ])('never leaves the build folder for %s', (url) => {
    const path = resolveAppFile(root, url)
    if (path !== null) expect(path.startsWith(join(root, '/'))).toBe(true)
  })

  it.each([
    'spanbench://app/..%5C..%5Csecret.txt',
    'spanbench://app/index.html%00.js',
    'spanbench://app/%E0%A4%A',
    'spanbench://other/index.html',
    'https://app/index.html',
    'file:///etc/passwd',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(root, url)).toBeNull()
  })
})

describe('serveAppFile', () => {
  it('serves a build file with its type and the page security policy', async () => {
    const res = await serveAppFile(root, new Request('spanbench://app/assets/index-abc.js'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await res.text()).toBe('export {}')
  })

  it('answers 404 for traversal, missing files and folders', async () => {
    for (const url of [
      'spanbench://app/%2e%2e/secret.txt',
      'spanbench://app/missing.js',
      'spanbench://app/assets',
    ]) {
      const res = await serveAppFile(root, new Request(url))
      expect(res.status, url).toBe(404)
      expect(await res.text()).not.toContain('outside the build')
    }
  })

  it('refuses anything but reading', async () => {
    const res = await serveAppFile(
      root,
      new Request('spanbench://app/index.html', { method: 'POST', body: 'x' }),
    )
    expect(res.status).toBe(405)
  })
})
