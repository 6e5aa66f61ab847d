import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { AnnotationSetSchema, type AnnotationSet } from '../../../shared/contract/model.ts'
import {
  ROOT,
  callApi,
  findCodePoints,
  makeCorpus,
  spanAt,
  startServerProcess,
  tempDir,
  type ServerProcess,
} from '../../support/backend.ts'

export const ANNOTATOR = 'tester'

/** The five sample articles, as the app's first start imports them. */
export async function sampleFiles(): Promise<Record<string, string>> {
  const folder = join(ROOT, 'assets', 'sample')
  const names = (await readdir(folder)).filter((n) => n.endsWith('.txt')).sort()
  return Object.fromEntries(
    await Promise.all(
      names.map(async (n) => [n, await readFile(join(folder, n), 'utf8')] as const),
    ),
  )
}

export interface Workspace {
  dir: string
  docIds: string[]
  home: string
  server: ServerProcess
  url: string
  restart(): Promise<void>
}

/** A temp corpus with `files`, served by a real `spanbench web` process. */
export async function serveCorpus(files: Record<string, string>): Promise<Workspace> {
  const { dir, docIds } = await makeCorpus(files)
  const home = await tempDir('spanbench-home-')
  const start = () => startServerProcess(dir, home, ['--annotator', ANNOTATOR])
  const ws: Workspace = {
    dir,
    docIds,
    home,
    server: await start(),
    url: '',
    restart: async () => {
      ws.server.child.kill('SIGTERM')
      await new Promise((r) => ws.server.child.once('exit', r))
      ws.server = await start()
      ws.url = urlOf(ws.server)
    },
  }
  ws.url = urlOf(ws.server)
  return ws
}

function urlOf(server: ServerProcess): string {
  return `http://127.0.0.1:${server.port}/?token=${server.token}`
}

/** What the annotator's file for a document holds on disk (null when not written yet). */
export async function savedAnnotations(dir: string, docId: string): Promise<AnnotationSet | null> {
  try {
    const raw = await readFile(join(dir, 'annotations', ANNOTATOR, `${docId}.json`), 'utf8')
    return AnnotationSetSchema.parse(JSON.parse(raw))
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw err
  }
}

/** The saved spans as "LABEL text start-end", in file order. */
export async function savedSpans(dir: string, docId: string): Promise<string[]> {
  const set = await savedAnnotations(dir, docId)
  return (set?.spans ?? []).map((s) => `${s.label} ${s.text} ${s.start}-${s.end}`)
}

/** Saves `spans` ([quote, label], first occurrence of each quote) as `annotator`'s layer of the first document, then switches back to the tester. */
export async function writeLayer(
  ws: Workspace,
  annotator: string,
  text: string,
  spans: readonly (readonly [string, string])[],
): Promise<void> {
  const { port, token } = ws.server
  await callApi(port, token, 'corpus.setAnnotator', { annotator })
  const ops = spans.map(([quote, label], i) => {
    const [start, end] = findCodePoints(text, quote)
    return { op: 'addSpan', span: spanAt(text, start, end, label, `${annotator}${i}`) }
  })
  const saved = await callApi(port, token, 'annotations.apply', {
    docId: ws.docIds[0] ?? '',
    revision: 0,
    ops,
  })
  await callApi(port, token, 'corpus.setAnnotator', { annotator: ANNOTATOR })
  if (!saved.ok) throw new Error(`could not save ${annotator}'s layer: ${JSON.stringify(saved)}`)
}
