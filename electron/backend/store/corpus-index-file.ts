/**
 * The corpus index's cache file, .cache/corpus-index.json: one row per file,
 * `[mtimeMs, size, ...what the list shows]`, so that 100,000 documents and
 * their annotation files parse in a fraction of a second. Rows are checked
 * by hand, not by a schema library (which took seconds at that size); a row
 * that does not fit is dropped, and its file is read again.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { DocumentStatusSchema, type DocumentStatus } from '../../../shared/contract/model.ts'

/** [mtimeMs, size] of a file: when either differs, the file is read again. */
export type Signature = [number, number]

export interface DocumentEntry {
  signature: Signature
  title: string
  length: number
  importedAt: string
  fileName: string
}

export interface AnnotationEntry {
  signature: Signature
  /** The migration generation spanCount was counted at; a schema change counts again. */
  generation: number
  spanCount: number
  status: DocumentStatus
  updatedAt: string
}

/** The index in memory: Maps, so no document id can collide with an object's own properties. */
export interface Index {
  documents: Map<string, DocumentEntry>
  /** annotator -> document id -> entry */
  annotations: Map<string, Map<string, AnnotationEntry>>
  /**
   * Folder (relative path) -> [mtimeMs, inode] as of its last full check: a
   * folder that still has it had no file added, removed or replaced by
   * rename since, so its list can be shown before its files are checked.
   */
  folders: Map<string, Signature>
}

const FORMAT = 'spanbench.corpus-index'
const VERSION = 5
const STATUSES: readonly string[] = DocumentStatusSchema.options

type Row = unknown[]
const isRow = (value: unknown, length: number): value is Row =>
  Array.isArray(value) && value.length === length
const isNumber = (value: unknown): value is number => typeof value === 'number'
const isString = (value: unknown): value is string => typeof value === 'string'
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function documentOf(row: unknown): DocumentEntry | null {
  if (!isRow(row, 7)) return null
  const [, mtime, size, title, length, importedAt, fileName] = row
  if (!isNumber(mtime) || !isNumber(size) || !isString(title) || !isNumber(length)) return null
  if (!isString(importedAt) || !isString(fileName)) return null
  return { signature: [mtime, size], title, length, importedAt, fileName }
}

function annotationOf(row: unknown): AnnotationEntry | null {
  if (!isRow(row, 7)) return null
  const [, mtime, size, spanCount, status, updatedAt, generation] = row
  if (!isNumber(mtime) || !isNumber(size) || !isNumber(spanCount) || !isString(updatedAt))
    return null
  if (!isString(status) || !STATUSES.includes(status) || !isNumber(generation)) return null
  const signature: Signature = [mtime, size]
  return { signature, generation, spanCount, status: status as DocumentStatus, updatedAt }
}

function folderOf(row: unknown): Signature | null {
  if (!isRow(row, 2)) return null
  const [mtime, inode] = row
  return isNumber(mtime) && isNumber(inode) ? [mtime, inode] : null
}

/** Rows `[id, ...fields]` (an array parses much faster than an object with 100,000 keys). */
function rowEntries<T>(rows: unknown, of: (row: unknown) => T | null): Map<string, T> {
  const map = new Map<string, T>()
  if (!Array.isArray(rows)) return map
  for (const row of rows as unknown[]) {
    const entry = of(row)
    const id = (row as Row)[0]
    if (entry && isString(id)) map.set(id, entry)
  }
  return map
}

function entries<T>(rows: unknown, of: (row: unknown) => T | null): Map<string, T> {
  const map = new Map<string, T>()
  if (!isObject(rows)) return map
  for (const id in rows) {
    const entry = of(rows[id])
    if (entry) map.set(id, entry)
  }
  return map
}

/** The cached index; empty when there is none or it is damaged or of another version. */
export async function readIndexFile(path: string): Promise<Index> {
  const index: Index = { documents: new Map(), annotations: new Map(), folders: new Map() }
  let file: unknown
  try {
    file = JSON.parse(await readFile(path, 'utf8'))
  } catch {
    return index // No cache yet, or a torn one: it is rebuilt from the files.
  }
  if (!isObject(file) || file['format'] !== FORMAT || file['version'] !== VERSION) return index
  index.documents = rowEntries(file['documents'], documentOf)
  index.folders = entries(file['folders'], folderOf)
  const annotations = file['annotations']
  if (isObject(annotations))
    for (const annotator in annotations)
      index.annotations.set(annotator, rowEntries(annotations[annotator], annotationOf))
  return index
}

/**
 * Writes the cache, documents in the order of `order` (no fsync: a torn or
 * stale file is dropped or re-checked by mtime).
 */
export async function writeIndexFile(
  path: string,
  index: Index,
  order: readonly string[],
): Promise<void> {
  const documents: Row[] = []
  for (const id of order) {
    const d = index.documents.get(id)
    if (d) documents.push([id, ...d.signature, d.title, d.length, d.importedAt, d.fileName])
  }
  const annotations: Record<string, Row[]> = {}
  for (const [annotator, sets] of index.annotations) {
    const rows: Row[] = []
    for (const [id, a] of sets)
      rows.push([id, ...a.signature, a.spanCount, a.status, a.updatedAt, a.generation])
    annotations[annotator] = rows
  }
  const folders = Object.fromEntries(index.folders)
  const tmp = `${path}.${process.pid}.tmp`
  await mkdir(dirname(path), { recursive: true })
  await writeFile(
    tmp,
    JSON.stringify({ format: FORMAT, version: VERSION, documents, annotations, folders }),
  )
  await rename(tmp, path)
}
