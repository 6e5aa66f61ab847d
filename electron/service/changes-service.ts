/**
 * Files changed on disk by someone else (a git pull, a file sync): a token
 * that changes whenever the corpus's folders or the open document's files do,
 * cheap enough for the app to ask every second or two. Folders change when a
 * file is added, removed or replaced by rename (how git and sync tools
 * write); the open document's files are watched one by one as well.
 */
import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { Corpus } from '../store/corpus.ts'
import type { HandlerSlice } from './handlers.ts'

async function mark(path: string): Promise<string> {
  try {
    const s = await stat(path)
    return `${s.mtimeMs}:${s.size}`
  } catch {
    return '-'
  }
}

export async function changeToken(corpus: Corpus, docId?: string): Promise<string> {
  const annotations = join(corpus.dir, 'annotations')
  const annotators = (await readdir(annotations, { withFileTypes: true }).catch(() => []))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
  const paths = [
    join(corpus.dir, 'spanbench.json'),
    join(corpus.dir, 'documents'),
    annotations,
    ...annotators.map((a) => join(annotations, a)),
    ...(docId ? annotators.map((a) => join(annotations, a, `${docId}.json`)) : []),
  ]
  const marks = await Promise.all(paths.map(mark))
  return paths.map((p, i) => `${p}=${marks[i]}`).join('\n')
}

export const changesHandlers: HandlerSlice<'corpus.changes'> = {
  'corpus.changes': async ({ docId }, { corpus }) => ({ token: await changeToken(corpus, docId) }),
}
