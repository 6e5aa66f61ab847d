import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'
import { MAX_IMPORT_BYTES } from '../backend/article-import/import-sources.ts'
import { sendExportJob } from './web-export.ts'
import type { Backend } from '../backend/services/backend.ts'

/** The page's security policy, the same as the desktop app's. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * The largest API request: one file at the import limit, base64-encoded in
 * JSON, with room for the rest of the request. A larger body is refused
 * (413) as soon as it is announced or passes the limit, never buffered whole.
 */
const MAX_BODY_BYTES = Math.ceil((MAX_IMPORT_BYTES * 4) / 3) + 8 * 1024 * 1024

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
}

export interface WebServer {
  url: string
  port: number
  token: string
  /** The path the app is served under once the token is a cookie (`/w-<random>/`). */
  base: string
  close(): Promise<void>
}

/**
 * Browser mode: serves the renderer build and the API on 127.0.0.1 only.
 * Every request needs the per-start token (query on first visit, then an
 * HttpOnly same-site cookie scoped to a random path, or the
 * X-Spanbench-Token header); a wrong Host (DNS rebinding) or a foreign
 * Origin (another site) is refused with 403.
 */
export async function startWebServer(options: {
  backend: Backend
  staticDir: string
  port?: number
}): Promise<WebServer> {
  const token = randomBytes(24).toString('base64url')
  // Browsers send a cookie to every port of a host, so the cookie is also
  // scoped to a path no other server can know: a local web server on another
  // port (or another user's) never receives the token.
  const base = `/w-${randomBytes(12).toString('base64url')}/`
  let port = options.port ?? 0
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      process.stderr.write(`spanbench web: ${req.method} ${req.url}: ${String(err)}\n`)
      if (!res.headersSent) send(res, 500, 'internal error')
      else res.destroy()
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`]
    if (!allowedHosts.includes(req.headers.host ?? ''))
      return send(res, 403, 'forbidden: unexpected Host header')
    const origin = req.headers.origin
    if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) {
      return send(res, 403, 'forbidden: cross-origin request')
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`)
    if (url.pathname.startsWith(base)) url.pathname = url.pathname.slice(base.length - 1)
    const cookieName = `spanbench_${port}`
    const queryToken = url.searchParams.get('token')
    if (queryToken !== null && req.method === 'GET') {
      if (!sameSecret(queryToken, token))
        return send(
          res,
          403,
          'forbidden: this link is from an earlier start; use the URL Spanbench printed',
        )
      url.searchParams.delete('token')
      res.writeHead(302, {
        'Set-Cookie': `${cookieName}=${token}; HttpOnly; SameSite=Strict; Path=${base}`,
        Location: base + url.pathname.slice(1) + url.search,
        'Cache-Control': 'no-store',
      })
      res.end()
      return
    }
    const presented = req.headers['x-spanbench-token'] ?? readCookie(req.headers.cookie, cookieName)
    if (typeof presented !== 'string')
      return send(res, 401, 'unauthorized: open the URL Spanbench printed (it carries the token)')
    if (!sameSecret(presented, token)) return send(res, 403, 'forbidden: wrong token')

    if (url.pathname.startsWith('/api/')) {
      if (req.method !== 'POST') return send(res, 405, 'use POST')
      const body = await readBody(req)
      if (body === null) {
        res.setHeader('Connection', 'close')
        return send(
          res,
          413,
          `request body over ${MAX_BODY_BYTES / 1024 / 1024} MB: import files of up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB one request at a time, or larger ones with spanbench import --max-size`,
        )
      }
      let input: unknown
      try {
        input = body.length ? JSON.parse(body.toString('utf8')) : {}
      } catch {
        return sendJson(res, 400, {
          ok: false,
          error: { code: 'bad_request', message: 'the request body is not JSON' },
        })
      }
      const result = await options.backend.invoke(decodePath(url.pathname.slice(5)), input)
      return sendJson(res, 200, result)
    }
    if (url.pathname.startsWith('/export/job/') && req.method === 'GET')
      return sendExportJob(res, url.pathname.slice('/export/job/'.length))
    if (req.method !== 'GET') return send(res, 405, 'method not allowed')
    return serveStatic(res, options.staticDir, url.pathname)
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    base,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}

async function serveStatic(res: ServerResponse, root: string, pathname: string): Promise<void> {
  const relative = pathname === '/' ? 'index.html' : decodePath(pathname).replace(/^\/+/, '')
  const path = normalize(join(root, relative))
  if (!path.startsWith(normalize(root) + sep)) return send(res, 404, 'not found')
  try {
    const info = await stat(path)
    if (!info.isFile()) return send(res, 404, 'not found')
  } catch {
    return send(res, 404, 'not found')
  }
  res.writeHead(200, {
    'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': relative === 'index.html' ? 'no-store' : 'max-age=31536000, immutable',
  })
  createReadStream(path).pipe(res)
}

/** The request body, or null when it is over MAX_BODY_BYTES (then the rest is not read). */
function readBody(req: IncomingMessage): Promise<Buffer | null> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return Promise.resolve(null)
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        chunks = []
        req.pause()
        resolve(null)
      } else chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

/** Percent-decodes a URL path; a malformed one is kept as it is, so it matches nothing. */
function decodePath(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return rest.join('=')
  }
  return undefined
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

function send(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'X-Content-Type-Options': 'nosniff',
  })
  res.end(`${message}\n`)
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  })
  res.end(JSON.stringify(value))
}
