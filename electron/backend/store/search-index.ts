import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { termsOf } from '../../../shared/text/search-terms.ts'
import { forEachBatch } from './batches.ts'
import type { CorpusFiles, IndexedDocument } from './corpus-index.ts'

/**
 * On disk, postings are delta-coded base-36 strings ("0,3,a"): the file
 * parses fast, and a query decodes only the terms it asks for. It is checked
 * by hand, not by a schema library, which took seconds at 100,000 documents.
 */
interface SearchFile {
  format: 'spanbench.search-index'
  version: 2
  /** Document number -> [id, mtimeMs, size of the file indexed], or null once it is gone. */
  documents: ([string, number, number] | null)[]
  postings: Record<string, string>
}

function isSearchFile(value: unknown): value is SearchFile {
  if (typeof value !== 'object' || value === null) return false
  const file = value as Record<string, unknown>
  const { documents, postings } = file
  if (file['format'] !== 'spanbench.search-index' || file['version'] !== 2) return false
  if (!Array.isArray(documents) || typeof postings !== 'object' || postings === null) return false
  const rowFits = (row: unknown): boolean =>
    row === null ||
    (Array.isArray(row) &&
      row.length === 3 &&
      typeof row[0] === 'string' &&
      typeof row[1] === 'number' &&
      typeof row[2] === 'number')
  return documents.every(rowFits) && Object.values(postings).every((p) => typeof p === 'string')
}

const READ_BATCH = 100

/**
 * A machine-local full-text index in .cache/search-index.json (git-ignored):
 * every folded term (shared/text/search-terms.ts) with the documents that hold it.
 * Before each query it is checked against the documents' current file
 * signatures, and documents added or changed since are indexed again.
 * A read-only corpus reads the file but never writes it.
 */
export class SearchIndex {
  private loaded = false
  /** Document number -> id (null: removed or re-indexed under a new number). */
  private ids: (string | null)[] = []
  private signatures: ([number, number] | null)[] = []
  private numbers = new Map<string, number>()
  /** term -> encoded postings (file form) or decoded document numbers (after a change). */
  private postings = new Map<string, string | number[]>()
  private sortedTerms: string[] | null = null
  private dirty = false
  /** The list last synced: the corpus index hands out the same array until a document changes. */
  private synced: readonly IndexedDocument[] | null = null

  constructor(private readonly files: CorpusFiles) {}

  get cachePath(): string {
    return join(this.files.dir, '.cache', 'search-index.json')
  }

  /** Brings the index up to date with `documents` (as the corpus index lists them). */
  async sync(documents: readonly IndexedDocument[]): Promise<void> {
    if (documents === this.synced) return
    await this.load()
    const present = new Set(documents.map((d) => d.id))
    for (const [id, n] of this.numbers) {
      if (!present.has(id)) this.forget(id, n)
    }
    const stale = documents.filter((d) => {
      const n = this.numbers.get(d.id)
      const known = n === undefined ? null : this.signatures[n]
      return !known || known[0] !== d.signature[0] || known[1] !== d.signature[1]
    })
    await forEachBatch(stale, READ_BATCH, (d) => {
      const doc = this.files.readDocumentSync(d.id)
      const old = this.numbers.get(d.id)
      if (old !== undefined) this.forget(d.id, old)
      this.add(d.id, d.signature, termsOf(`${doc.title}\n${doc.text}`))
    })
    if (this.removedShare() > 0.25) this.compact()
    await this.persist()
    this.synced = documents
  }

  /** Ids of the documents holding every term; the last term matches as a prefix. */
  match(terms: readonly string[]): Set<string> {
    let result: Set<number> | null = null
    terms.forEach((term, i) => {
      const numbers = i === terms.length - 1 ? this.prefixNumbers(term) : this.numbersOf(term)
      result = result ? new Set(numbers.filter((n) => result?.has(n))) : new Set(numbers)
    })
    const ids = new Set<string>()
    for (const n of result ?? []) {
      const id = this.ids[n]
      if (id) ids.add(id)
    }
    return ids
  }

  private numbersOf(term: string): number[] {
    const entry = this.postings.get(term)
    if (entry === undefined) return []
    if (typeof entry !== 'string') return entry
    const numbers = decode(entry)
    this.postings.set(term, numbers)
    return numbers
  }

  private prefixNumbers(prefix: string): number[] {
    this.sortedTerms ??= [...this.postings.keys()].sort()
    const terms = this.sortedTerms
    let lo = 0
    let hi = terms.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((terms[mid] ?? '') < prefix) lo = mid + 1
      else hi = mid
    }
    const out = new Set<number>()
    for (let i = lo; i < terms.length && (terms[i] ?? '').startsWith(prefix); i++)
      for (const n of this.numbersOf(terms[i] ?? '')) out.add(n)
    return [...out]
  }

  private add(id: string, signature: [number, number], terms: Set<string>): void {
    const n = this.ids.length
    this.ids.push(id)
    this.signatures.push(signature)
    this.numbers.set(id, n)
    for (const term of terms) {
      const list = this.numbersOf(term)
      if (list.length === 0) {
        this.postings.set(term, [n])
        this.sortedTerms = null
      } else list.push(n)
    }
    this.dirty = true
  }

  /** Drops a document; its number stays in the postings until the next compaction. */
  private forget(id: string, n: number): void {
    this.ids[n] = null
    this.signatures[n] = null
    this.numbers.delete(id)
    this.dirty = true
  }

  private removedShare(): number {
    return this.ids.length ? 1 - this.numbers.size / this.ids.length : 0
  }

  /** Renumbers the live documents and drops removed ones from every posting list. */
  private compact(): void {
    const renumber = new Map<number, number>()
    const ids: string[] = []
    const signatures: [number, number][] = []
    this.ids.forEach((id, n) => {
      const signature = this.signatures[n]
      if (id && signature) {
        renumber.set(n, ids.length)
        ids.push(id)
        signatures.push(signature)
      }
    })
    for (const term of [...this.postings.keys()]) {
      const kept = this.numbersOf(term).flatMap((n) => renumber.get(n) ?? [])
      if (kept.length) this.postings.set(term, kept)
      else this.postings.delete(term)
    }
    this.ids = ids
    this.signatures = signatures
    this.numbers = new Map(ids.map((id, n) => [id, n]))
    this.sortedTerms = null
    this.dirty = true
  }

  private async load(): Promise<void> {
    if (this.loaded) return
    this.loaded = true
    let file: unknown = null
    try {
      file = JSON.parse(await readFile(this.cachePath, 'utf8'))
    } catch {
      // No index yet, or a damaged one: it is rebuilt from the documents.
    }
    if (!isSearchFile(file)) return
    this.ids = file.documents.map((d) => d?.[0] ?? null)
    this.signatures = file.documents.map((d) => (d ? [d[1], d[2]] : null))
    this.numbers = new Map()
    this.ids.forEach((id, n) => id !== null && this.numbers.set(id, n))
    this.postings = new Map(Object.entries(file.postings))
  }

  private async persist(): Promise<void> {
    if (!this.dirty || this.files.readOnly) return
    this.dirty = false
    const file: SearchFile = {
      format: 'spanbench.search-index',
      version: 2,
      documents: this.ids.map((id, n) => {
        const signature = this.signatures[n]
        return id && signature ? [id, ...signature] : null
      }),
      postings: Object.fromEntries(
        [...this.postings].map(([term, p]) => [term, typeof p === 'string' ? p : encode(p)]),
      ),
    }
    // A cache needs no fsync: a torn file fails validation and is rebuilt.
    const tmp = `${this.cachePath}.${process.pid}.tmp`
    try {
      await mkdir(join(this.files.dir, '.cache'), { recursive: true })
      await writeFile(tmp, JSON.stringify(file))
      await rename(tmp, this.cachePath)
    } catch {
      // A read-only folder keeps no index; search still works, only slower to start.
    }
  }
}

/** Ascending document numbers as delta-coded base-36, comma separated. */
export function encode(numbers: readonly number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b)
  let previous = 0
  return sorted
    .map((n) => {
      const delta = n - previous
      previous = n
      return delta.toString(36)
    })
    .join(',')
}

export function decode(encoded: string): number[] {
  let previous = 0
  return encoded.split(',').map((part) => (previous += parseInt(part, 36)))
}
