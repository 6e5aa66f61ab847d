/**
 * Files changed on disk by someone else (a git pull, a file sync): tokens
 * that change whenever the corpus's folders or the open document's files do,
 * cheap enough for the app to ask every second or two. Folders change when a
 * file is added, removed or replaced by rename (how git and sync tools
 * write); the open document's files are watched one by one as well, and so
 * are the corpus index's corrections (a file changed in place).
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

/**
 * Two tokens: `team` moves when anything but the annotator's own layer
 * changes (the list, the schema, a colleague's files); `own` when the
 * annotator's own file of the open document does — which every save of theirs
 * does, so the app then only compares that one file's revision.
 */
export async function changeTokens(
  corpus: Corpus,
  annotator: string,
  docId?: string,
): Promise<{ team: string; own: string }> {
  const annotations = join(corpus.dir, 'annotations')
  const others = (await readdir(annotations, { withFileTypes: true }).catch(() => []))
    .filter((e) => e.isDirectory() && e.name !== annotator)
    .map((e) => e.name)
    .sort()
  const team = [
    join(corpus.dir, 'spanbench.json'),
    join(corpus.dir, 'documents'),
    annotations,
    ...others.map((a) => join(annotations, a)),
    ...(docId ? others.map((a) => join(annotations, a, `${docId}.json`)) : []),
  ]
  const own = docId ? [join(annotations, annotator, `${docId}.json`)] : []
  const token = async (paths: string[]) =>
    (await Promise.all(paths.map(async (p) => `${p}=${await mark(p)}`))).join('\n')
  // A check of the files after a listing from the cache that found it out of date.
  const corrected = `index=${corpus.index.corrections}`
  return { team: `${await token(team)}\n${corrected}`, own: await token(own) }
}

export const changesHandlers: HandlerSlice<'corpus.changes'> = {
  'corpus.changes': ({ docId }, { corpus, annotator }) => changeTokens(corpus, annotator, docId),
}
