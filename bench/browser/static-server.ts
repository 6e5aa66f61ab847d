/** Serves the built baseline pages and their data on 127.0.0.1, for the benchmark only. */
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
}

export interface StaticServer {
  origin: string
  close(): Promise<void>
}

export async function serveFolder(root: string): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const path = normalize(
      join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)),
    )
    if (!path.startsWith(normalize(root) + sep)) {
      res.writeHead(404).end()
      return
    }
    stat(path).then(
      (info) => {
        if (!info.isFile()) return void res.writeHead(404).end()
        res.writeHead(200, {
          'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream',
          'Cache-Control': 'no-store',
        })
        createReadStream(path).pipe(res)
      },
      () => void res.writeHead(404).end(),
    )
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
