import { mkdir, writeFile } from 'node:fs/promises'
import { connect } from 'node:net'
import { networkInterfaces } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ApiOutput } from '../../shared/contract/api.ts'
import {
  callApi,
  cleanup,
  downloadExport,
  findCodePoints,
  http,
  makeCorpus,
  openBackend,
  spanAt,
  tempDir,
  type HttpResponse,
} from '../../tests/support/backend.ts'
import { startWebServer, type WebServer } from './web-server.ts'

const TEXT = 'Erdogan said 33 Turkish soldiers were killed in 🇹🇷-Syria border area near Idlib.'
const INDEX = '<!doctype html><title>Spanbench</title>'

let server: WebServer
let docId: string

beforeEach(async () => {
  const root = await tempDir()
  const staticDir = join(root, 'static')
  await mkdir(staticDir)
  await writeFile(join(staticDir, 'index.html'), INDEX)
  await writeFile(join(staticDir, 'app.js'), 'console.log(1)')
  await writeFile(join(root, 'secret.txt'), 'TOP SECRET')
  const corpus = await makeCorpus({ 'a.txt': TEXT })
  docId = corpus.docIds[0] ?? ''
  server = await startWebServer({ backend: await openBackend(corpus.dir), staticDir })
})

afterEach(async () => {
  await server.close()
  await cleanup()
})

function get(path: string, headers: Record<string, string> = {}): Promise<HttpResponse> {
  return http({ port: server.port, path, headers })
}

function withToken(path: string, headers: Record<string, string> = {}): Promise<HttpResponse> {
  return get(path, { 'x-spanbench-token': server.token, ...headers })
}

describe('browser mode authentication', () => {
  it('prints a loopback URL carrying the token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`)
  })

  it('refuses a request without a token (401) and with a wrong one (403)', async () => {
    expect((await get('/')).status).toBe(401)
    expect((await get('/', { 'x-spanbench-token': 'guess' })).status).toBe(403)
    const cookie = `spanbench_${server.port}=${'x'.repeat(server.token.length)}`
    expect((await get('/', { cookie })).status).toBe(403)
    expect((await get('/?token=guess')).status).toBe(403)
  })

  it('turns a ?token= visit into an HttpOnly SameSite=Strict cookie that then works', async () => {
    const visit = await get(`/?token=${server.token}&doc=1`)
    expect(visit.status).toBe(302)
    expect(visit.headers['location']).toBe(`${server.base}?doc=1`)
    const setCookie = String(visit.headers['set-cookie'])
    expect(setCookie).toContain(`spanbench_${server.port}=${server.token}`)
    expect(setCookie).toMatch(/HttpOnly/)
    expect(setCookie).toMatch(/SameSite=Strict/)
    expect(setCookie).toContain(`Path=${server.base}`)
    const cookie = setCookie.split(';')[0] ?? ''
    const page = await get(server.base, { cookie })
    expect(page.status).toBe(200)
    expect(page.body).toBe(INDEX)
    const api = await http({
      port: server.port,
      path: `${server.base}api/corpus.info`,
      method: 'POST',
      headers: { cookie },
    })
    expect(api.status).toBe(200)
    expect(JSON.parse(api.body)).toMatchObject({ ok: true, value: { name: 'Test corpus' } })
  })

  it('refuses a foreign Host header (DNS rebinding) even with the right token', async () => {
    for (const host of [
      `evil.example:${server.port}`,
      'evil.example',
      `127.0.0.1:${server.port + 1}`,
    ]) {
      expect((await withToken('/', { host })).status).toBe(403)
    }
    expect((await withToken('/', { host: `localhost:${server.port}` })).status).toBe(200)
  })

  it('refuses a cross-site Origin, and accepts its own', async () => {
    const post = (origin: string): Promise<HttpResponse> =>
      http({
        port: server.port,
        path: '/api/documents.list',
        method: 'POST',
        headers: { 'x-spanbench-token': server.token, origin },
        body: '{}',
      })
    expect((await post('http://evil.example')).status).toBe(403)
    expect((await post('null')).status).toBe(403)
    expect((await post(`http://127.0.0.1:${server.port}.evil.example`)).status).toBe(403)
    expect((await post(`http://127.0.0.1:${server.port}`)).status).toBe(200)
    expect((await post(`http://localhost:${server.port}`)).status).toBe(200)
  })

  it('listens on 127.0.0.1 only', async () => {
    const reachable = (host: string): Promise<boolean> =>
      new Promise((resolve) => {
        const socket = connect({ host, port: server.port })
        socket.once('connect', () => {
          socket.destroy()
          resolve(true)
        })
        socket.once('error', () => resolve(false))
      })
    expect(await reachable('127.0.0.1')).toBe(true)
    expect(await reachable('127.0.0.2')).toBe(false)
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal)
      .map((a) => a?.address ?? '')
    for (const address of external) expect(await reachable(address)).toBe(false)
  })
})

describe('browser mode content', () => {
  it('serves the page with a Content-Security-Policy', async () => {
    const page = await withToken('/')
    expect(page.status).toBe(200)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    const csp = String(page.headers['content-security-policy'])
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("frame-ancestors 'none'")
    expect((await withToken('/app.js')).body).toBe('console.log(1)')
  })

  it('does not serve files outside its folder (path traversal)', async () => {
    const paths = [
      '/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/..%2f..%2f..%2f..%2fetc%2fpasswd',
      '/%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd',
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/static/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%00',
      '/%E0%A4%A',
      '/nosuchfile.js',
    ]
    for (const path of paths) {
      const res = await withToken(path)
      expect({ path, status: res.status }).toEqual({ path, status: 404 })
      expect(res.body).not.toContain('SECRET')
      expect(res.body).not.toContain('root:')
    }
  })

  it('carries API calls over POST /api/<method>, with coded errors', async () => {
    const list = await callApi(server.port, server.token, 'documents.list', {})
    expect(list.ok).toBe(true)
    expect((list.value as ApiOutput<'documents.list'>).map((d) => d.id)).toEqual([docId])
    const unknown = await callApi(server.port, server.token, 'documents.drop', {})
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } })
    const badJson = await http({
      port: server.port,
      path: '/api/documents.list',
      method: 'POST',
      headers: { 'x-spanbench-token': server.token },
      body: '{not json',
    })
    expect(badJson.status).toBe(400)
    expect(JSON.parse(badJson.body)).toMatchObject({ ok: false, error: { code: 'bad_request' } })
    expect((await withToken('/api/documents.list')).status).toBe(405)
    const badName = await callApi(server.port, server.token, '%E0%A4%A', {}).catch((err: unknown) =>
      String(err),
    )
    expect(badName).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })

  it('downloads the JSONL export job as a zip with its dataset card', async () => {
    const [start, end] = findCodePoints(TEXT, 'Idlib')
    const span = spanAt(TEXT, start, end, 'PLACE', 'p1')
    const applied = await callApi(server.port, server.token, 'annotations.apply', {
      docId,
      revision: 0,
      ops: [{ op: 'addSpan', span }],
    })
    expect(applied).toEqual({ ok: true, value: { revision: 1, spanCount: 1 } })
    const { res, files } = await downloadExport(server.port, server.token, {
      format: 'jsonl',
      options: { untouched: true },
    })
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toBe('application/zip')
    expect(res.headers['content-disposition']).toBe('attachment; filename="Test-corpus.zip"')
    expect([...files.keys()].sort()).toEqual(['Test-corpus.jsonl', 'Test-corpus.jsonl.card.md'])
    const jsonl = files.get('Test-corpus.jsonl') ?? ''
    expect(jsonl.endsWith('\n')).toBe(true)
    const lines = jsonl.trimEnd().split('\n')
    expect(lines).toHaveLength(1)
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({
      id: docId,
      text: TEXT,
      offset_unit: 'codepoint',
      annotator: 'tester',
      spans: [{ id: 'p1', start, end, label: 'PLACE', text: 'Idlib' }],
    })
    const unknown = await callApi(server.port, server.token, 'export.start', {
      format: 'csv',
      to: 'download',
    })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'bad_request' } })
    expect((await get('/export/job/anything')).status).toBe(401)
  })
})

describe('browser mode limits (issue 16.12)', () => {
  it('refuses an API body over the limit with 413 before reading it, and keeps serving', async () => {
    const announced = await http({
      port: server.port,
      path: '/api/import.files',
      method: 'POST',
      headers: { 'x-spanbench-token': server.token, 'content-length': String(250 * 1024 * 1024) },
    })
    expect(announced.status).toBe(413)
    expect(announced.body).toContain('request body over')
    expect(announced.headers['x-content-type-options']).toBe('nosniff')
    const after = await callApi(server.port, server.token, 'corpus.info', {})
    expect(after).toMatchObject({ ok: true })
  })
})
