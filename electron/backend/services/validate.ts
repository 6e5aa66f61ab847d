/**
 * `spanbench validate`: reads every file of a corpus and checks it: that it
 * parses and fits its schema, that a document's id and hash match, and that
 * every span's offsets, quote, label and attributes and every relation's
 * ends and type fit the document and the corpus schema. Files are read in
 * batches, one batch in memory at a time.
 */
import { readdir } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { checkAnnotationSet, checkDocument } from '../../../shared/corpus/corpus-check.ts'
import {
  AnnotationSetSchema,
  DocumentRecordSchema,
  type DocumentRecord,
} from '../../../shared/contract/model.ts'
import type { Corpus } from '../store/corpus.ts'
import { bringForward } from '../../../shared/corpus/migration-log.ts'
import { parseCorpusFile, readCorpusText } from '../store/json-file.ts'
import { sha256 } from '../article-import/import-sources.ts'

export interface ValidationProblem {
  /** The file, relative to the corpus folder. */
  file: string
  message: string
}

export interface ValidationReport {
  documents: number
  annotationFiles: number
  spans: number
  relations: number
  problems: ValidationProblem[]
}

const BATCH = 64

async function listJson(dir: string): Promise<string[]> {
  const names = await readdir(dir).catch(() => [])
  return names.filter((n) => n.endsWith('.json') && !n.startsWith('.')).sort()
}

export async function validateCorpus(corpus: Corpus): Promise<ValidationReport> {
  const report: ValidationReport = {
    documents: 0,
    annotationFiles: 0,
    spans: 0,
    relations: 0,
    problems: [],
  }
  const rel = (path: string) => relative(corpus.dir, path)
  const problem = (path: string, message: string) =>
    report.problems.push({ file: rel(path), message })
  const parse = async <T>(path: string, read: (raw: string) => T): Promise<T | null> => {
    try {
      // Never follows a symbolic link, so no file outside the corpus is read or quoted.
      const raw = await readCorpusText(path)
      return raw === null ? null : read(raw)
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err)
      problem(
        path,
        message
          .split(path)
          .join('')
          .replace(/^[:\s]+/, ''),
      )
      return null
    }
  }
  // Documents: kept for the annotation checks by id, text only as long as a batch needs it.
  const docDir = join(corpus.dir, 'documents')
  const docFiles = await listJson(docDir)
  const hashes = new Map<string, string>()
  const unreadable = new Set<string>()
  for (let at = 0; at < docFiles.length; at += BATCH) {
    await Promise.all(
      docFiles.slice(at, at + BATCH).map(async (name) => {
        const path = join(docDir, name)
        const doc = await parse(path, (raw) => parseCorpusFile(path, raw, DocumentRecordSchema))
        if (!doc) return unreadable.add(name.slice(0, -5))
        report.documents++
        for (const m of checkDocument(doc, name.slice(0, -5))) problem(path, m)
        if (sha256(doc.text) !== doc.sha256) problem(path, 'sha256 does not match the text')
        hashes.set(doc.id, doc.sha256)
      }),
    )
  }
  const annotationsDir = join(corpus.dir, 'annotations')
  for (const entry of await readdir(annotationsDir, { withFileTypes: true }).catch(() => []))
    if (entry.isSymbolicLink())
      problem(join(annotationsDir, entry.name), 'is a symbolic link, not a folder; it was not read')
  for (const annotator of await corpus.annotators()) {
    const dir = join(annotationsDir, annotator)
    const files = await listJson(dir)
    for (let at = 0; at < files.length; at += BATCH) {
      await Promise.all(
        files.slice(at, at + BATCH).map(async (name) => {
          const path = join(dir, name)
          const docId = name.slice(0, -5)
          const stored = await parse(path, (raw) => parseCorpusFile(path, raw, AnnotationSetSchema))
          if (!stored) return
          if (unreadable.has(docId))
            return problem(path, `its document documents/${docId}.json could not be read`)
          // Checked under the current schema: the manifest's migration log applied.
          const set = bringForward(stored, corpus.manifest.migrations ?? [])
          report.annotationFiles++
          report.spans += set.spans.length
          report.relations += set.relations.length
          let doc: DocumentRecord | null = null
          if (hashes.has(docId)) doc = await corpus.readDocument(docId).catch(() => null)
          for (const m of checkAnnotationSet(set, doc, corpus.manifest.schema, {
            docId,
            annotator,
          }))
            problem(path, m)
        }),
      )
    }
  }
  return report
}

export function formatValidation(report: ValidationReport): string {
  const lines = report.problems.map((p) => `${p.file}: ${p.message}`)
  const summary = `${report.documents} documents, ${report.annotationFiles} annotation files, ${report.spans} spans, ${report.relations} relations checked`
  lines.push(
    report.problems.length ? `${report.problems.length} problem(s); ${summary}` : `ok: ${summary}`,
  )
  return `${lines.join('\n')}\n`
}
