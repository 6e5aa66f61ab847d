/**
 * The suite's other conditions: a full disk (a small tmpfs), a read-only
 * corpus (a read-only bind mount), and hostile files (a corrupt annotation
 * file, symbolic links out of the corpus, a formula title). Each returns the
 * failures it found; none is expected.
 */
import { mkdir, readdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Backend } from '../../electron/backend/services/backend.ts'
import { exportDatasetTo } from '../../electron/backend/datasets/dataset-export.ts'
import { importFiles, RAW_IMPORT } from '../../electron/backend/article-import/import-service.ts'
import { Corpus } from '../../electron/backend/store/corpus.ts'
import { readOnlyView, smallDisk } from '../../tests/support/fs-fixtures.ts'
import type { LabelSchema } from '../../shared/contract/model.ts'

const TEXT = 'Shelling killed 3 civilians near Idlib.'

/** Adds a span over "Idlib", `shift` code points further when the text has a prefix. */
async function addSpan(backend: Backend, docId: string, revision: number, id: string, shift = 0) {
  const span = { id, start: 33 + shift, end: 38 + shift, label: 'PLACE', text: 'Idlib' }
  return backend.invoke('annotations.apply', { docId, revision, ops: [{ op: 'addSpan', span }] })
}

/** The suite's documents are "Report N. " and the text. */
const PREFIX = 'Report 0. '.length

/** Saves until the disk is full: each refusal is a clear error, and what was saved stays whole. */
export async function fullDisk(
  schema: LabelSchema,
): Promise<{ saves: number; refused: number; failures: string[] }> {
  const failures: string[] = []
  const disk = await smallDisk(160)
  let saves = 0
  let refused = 0
  try {
    const dir = join(disk.path, 'corpus')
    await Corpus.create(dir, 'Full disk', schema)
    const corpus = await Corpus.open(dir)
    const [imported] = await importFiles(
      corpus,
      [{ name: 'a.txt', bytes: Buffer.from(TEXT) }],
      RAW_IMPORT,
    )
    const docId = imported?.docId ?? ''
    const backend = new Backend({ corpus, annotator: 'alice', home: disk.path })
    let revision = 0
    for (let i = 0; i < 4000 && refused < 5; i++) {
      const result = await addSpan(backend, docId, revision, `d${i}`)
      if (result.ok) {
        revision = (result.value as { revision: number }).revision
        saves++
      } else {
        refused++
        if (result.error.code !== 'no_space' || !result.error.message.includes('disk is full'))
          failures.push(`full disk: unclear refusal: ${result.error.message}`)
      }
    }
    corpus.close()
    if (refused === 0) failures.push('full disk: the disk never filled')
    const reopened = await Corpus.open(dir, { readOnly: true })
    const set = await reopened.readAnnotations(docId, 'alice')
    if ((set?.spans.length ?? 0) !== saves)
      failures.push(`full disk: ${saves} saves confirmed, ${set?.spans.length ?? 0} in the file`)
    const leftovers = (await readdir(join(dir, 'annotations', 'alice'))).filter((n) =>
      n.endsWith('.tmp'),
    )
    if (leftovers.length) failures.push(`full disk: temp files left: ${leftovers.join(', ')}`)
  } catch (err) {
    failures.push(`full disk: ${String(err)}`)
  } finally {
    await disk.unmount()
  }
  return { saves, refused, failures }
}

/** A corpus behind a read-only bind mount opens read-only, reads, exports, and refuses saves clearly. */
export async function readOnlyCorpus(dir: string, docId: string): Promise<string[]> {
  const failures: string[] = []
  const view = await readOnlyView(dir)
  try {
    const corpus = await Corpus.open(view.path)
    if (!corpus.readOnly) failures.push('read-only corpus: opened writable')
    const backend = new Backend({ corpus, annotator: 'alice', home: view.path })
    const got = await backend.invoke('documents.get', { id: docId })
    if (!got.ok) failures.push(`read-only corpus: cannot read: ${got.error.message}`)
    const saved = await addSpan(backend, docId, 0, 'ro', PREFIX)
    if (saved.ok || saved.error.code !== 'read_only')
      failures.push('read-only corpus: a save was not refused as read-only')
    const chunks: Buffer[] = []
    const { Writable } = await import('node:stream')
    const out = new Writable({ write: (c: Buffer, _e, done) => (chunks.push(c), done()) })
    await exportDatasetTo(
      corpus,
      { format: 'jsonl', annotators: ['alice'] },
      { kind: 'stream', out },
    )
    if (!chunks.length) failures.push('read-only corpus: export wrote nothing')
    corpus.close()
  } catch (err) {
    failures.push(`read-only corpus: ${String(err)}`)
  } finally {
    await view.unmount()
  }
  return failures
}

/** Hostile files: nothing outside the corpus is read or written, and the rest works. */
export async function hostileFiles(
  dir: string,
  outside: string,
  docIds: readonly string[],
): Promise<string[]> {
  const failures: string[] = []
  await mkdir(outside, { recursive: true })
  await mkdir(join(dir, 'annotations', 'alice'), { recursive: true })
  await writeFile(join(dir, 'annotations', 'alice', `${docIds[0] ?? ''}.json`), '{"spans": [')
  await symlink(outside, join(dir, 'annotations', 'mallory'))
  await symlink('/etc/passwd', join(dir, 'documents', 'passwd.json'))
  const corpus = await Corpus.open(dir)
  try {
    const mallory = new Backend({ corpus, annotator: 'mallory', home: outside })
    await addSpan(mallory, docIds[1] ?? '', 0, 'm1', PREFIX)
    if ((await readdir(outside)).length)
      failures.push('hostile: a save went through a symbolic link')
    const alice = new Backend({ corpus, annotator: 'alice', home: outside })
    const list = await alice.invoke('documents.list', {})
    if (!list.ok || JSON.stringify(list).includes('root:'))
      failures.push('hostile: the document list failed or quoted /etc/passwd')
    for (const method of ['claims.list', 'corpus.info'])
      if (!(await alice.invoke(method, {})).ok) failures.push(`hostile: ${method} failed`)
    const impact = await alice.invoke('schema.impact', {
      schema: corpus.manifest.schema,
      renames: {},
    })
    if (!impact.ok) failures.push(`hostile: schema.impact failed: ${impact.error.message}`)
  } catch (err) {
    failures.push(`hostile: ${String(err)}`)
  } finally {
    corpus.close()
  }
  return failures
}
