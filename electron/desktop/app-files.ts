/**
 * Serves the renderer build for the app's custom scheme: only files inside the
 * build folder, only GET, always with the page's security policy. Plain Node
 * (fetch's Request/Response), so it runs under tests without Electron.
 */
import { readFile, stat } from 'node:fs/promises'
import { extname, join, resolve, sep } from 'node:path'
import { APP_HOST, APP_SCHEME } from './window-options.ts'
import { CONTENT_SECURITY_POLICY } from '../server/web-server.ts'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
}

/**
 * The file a request URL names inside `root`, or null when the URL is not the
 * app's or would leave `root` (`..`, encoded separators, NUL bytes).
 */
export function resolveAppFile(root: string, requestUrl: string): string | null {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return null
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.hostname !== APP_HOST) return null
  let relative: string
  try {
    relative = decodeURIComponent(url.pathname)
  } catch {
    return null
  }
  if (relative.includes('\0') || relative.includes('\\')) return null
  relative = relative.replace(/^\/+/, '')
  if (relative === '') relative = 'index.html'
  const base = resolve(root)
  const path = resolve(join(base, relative))
  return path.startsWith(base + sep) ? path : null
}

/** Answers one request for the app scheme from the renderer build in `root`. */
export async function serveAppFile(root: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'method not allowed')
  const path = resolveAppFile(root, request.url)
  if (path === null) return plain(404, 'not found')
  try {
    if (!(await stat(path)).isFile()) return plain(404, 'not found')
    const body = request.method === 'HEAD' ? null : await readFile(path)
    return new Response(body, {
      status: 200,
      headers: {
        'Content-Type': TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream',
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        // A rebuilt renderer must show on the next start, never a cached page.
        'Cache-Control': 'no-store',
      },
    })
  } catch {
    return plain(404, 'not found')
  }
}

function plain(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
    },
  })
}
