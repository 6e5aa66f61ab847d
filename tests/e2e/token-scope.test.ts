/**
 * Issue 16.3: browsers send a cookie to every port of a host. After the app
 * is opened, a visit to another local web server must not carry the token.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { cleanup, makeCorpus, openBackend, tempDir } from '../support/backend.ts'
import { startWebServer } from '../../electron/server/web-server.ts'
import { launchBrowser, type Browser } from './support/browser.ts'

let browser: Browser | null = null

afterEach(async () => {
  await browser?.close()
  browser = null
  await cleanup()
})

it('the token never reaches a web server on another port of 127.0.0.1', async () => {
  const staticDir = join(await tempDir(), 'static')
  await mkdir(staticDir)
  await writeFile(join(staticDir, 'index.html'), '<!doctype html><title>Spanbench</title>')
  const { dir } = await makeCorpus()
  const app = await startWebServer({ backend: await openBackend(dir), staticDir })
  const seen: string[] = []
  const other = createServer((req, res) => {
    seen.push(`${req.url ?? ''} ${req.headers.cookie ?? ''}`)
    res.end('<!doctype html><title>other</title>')
  })
  await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve))
  const otherPort = (other.address() as AddressInfo).port
  try {
    browser = await launchBrowser()
    const { page } = browser
    await page.goto(app.url)
    expect(await page.title()).toBe('Spanbench')
    expect(page.url()).not.toContain(app.token)
    // The page's own API calls carry the cookie.
    const info = await page.evaluate(async () => {
      const res = await fetch('api/corpus.info', { method: 'POST', body: '{}' })
      return res.status
    })
    expect(info).toBe(200)
    for (const path of ['/', '/api/corpus.info', '/export/job/some-job'])
      await page.goto(`http://127.0.0.1:${otherPort}${path}`)
    expect(seen.filter((r) => !r.startsWith('/favicon.ico'))).toHaveLength(3)
    for (const request of seen) expect(request).not.toContain(app.token)
  } finally {
    other.close()
    await app.close()
  }
})
