/**
 * Imports a dataset (jsonl, brat, Label Studio, doccano, spaCy JSONL) into a
 * corpus: each document is stored with its text made canonical (its spans
 * moved exactly, or reported), under the dataset's id when that is valid
 * and free, and its annotations are written for the annotator the dataset
 * names (else the one given). Spans keep exactly the attributes that came
 * in (nothing is guessed). The corpus schema grows to fit what came in, and
 * every problem is reported by file, line and document.
 */
import { DATASET_PARSERS, type ImportFormat } from '../../../shared/datasets/readers.ts'
import { canonicalSpans } from '../../../shared/datasets/canonical.ts'
import type {
  DatasetFileIn,
  DatasetRead,
  ImportedDocument,
  DatasetProblem,
} from '../../../shared/datasets/reader.ts'
import { extendSchema } from '../../../shared/datasets/schema-extend.ts'
import type { OffsetUnit } from '../../../shared/datasets/writer.ts'
import {
  FORMAT_VERSION,
  IdSchema,
  type AnnotationSet,
  type DocumentRecord,
  type LabelSchema,
} from '../../../shared/contract/model.ts'
import { lostCharactersWarning } from '../../../shared/text/lost-characters.ts'
import { applySpanRules } from '../../../shared/corpus/span-rules.ts'
import { titleFromText } from '../../../shared/text/text.ts'
import type { Corpus } from '../store/corpus.ts'
import { SpanbenchError } from '../store/errors.ts'
import { sha256 } from '../article-import/import-sources.ts'

export interface DatasetImportOptions {
  format: ImportFormat
  /** Whose annotations, when the dataset does not say. */
  annotator: string
  offsetUnit?: OffsetUnit
}

export interface DatasetImportResult {
  /** Documents read from the dataset. */
  read: number
  /** Documents newly stored (the others were in the corpus already). */
  created: number
  /** Annotation sets written. */
  sets: number
  spans: number
  relations: number
  /** What the corpus schema gained, in words. */
  schemaAdded: string[]
  problems: DatasetProblem[]
}

/** Reads a dataset's files with the format's reader, against a schema. */
export function readDataset(
  files: readonly DatasetFileIn[],
  options: DatasetImportOptions,
  schema: LabelSchema,
): DatasetRead {
  return DATASET_PARSERS[options.format](files, {
    schema,
    ...(options.offsetUnit ? { offsetUnit: options.offsetUnit } : {}),
  })
}

/**
 * Moves a document onto its canonical text, reporting spans (and their
 * relations) that cannot follow, and leaves out, reporting each, what breaks
 * the span rules (a whitespace-only span, a relation from a span to itself).
 */
function canonicalDocument(doc: ImportedDocument, problems: DatasetProblem[]): ImportedDocument {
  const where = {
    file: doc.file,
    ...(doc.line ? { line: doc.line } : {}),
    ...(doc.id ? { docId: doc.id } : {}),
  }
  const moved = canonicalSpans(doc.text, doc.spans)
  for (const s of moved.unplaced)
    problems.push({
      ...where,
      message: `span ${s.id} starts or ends inside a character that Unicode composition (NFC) changes: skipped`,
    })
  const placed = new Set(moved.spans.map((s) => s.id))
  const relations = doc.relations.filter((r) => placed.has(r.from) && placed.has(r.to))
  if (relations.length < doc.relations.length)
    problems.push({
      ...where,
      message: `${doc.relations.length - relations.length} relation(s) of skipped spans: skipped`,
    })
  const ruled = applySpanRules(moved.spans, relations)
  for (const r of ruled.left) problems.push({ ...where, message: `${r.message}: skipped` })
  return { ...doc, text: moved.text, spans: ruled.spans, relations: ruled.relations }
}

/** Canonical documents and the schema extended to fit them. */
export function prepareImport(
  read: DatasetRead,
  schema: LabelSchema,
): {
  documents: ImportedDocument[]
  schema: LabelSchema
  added: string[]
  problems: DatasetProblem[]
} {
  const problems = [...read.problems]
  for (const d of read.documents) {
    const warning = lostCharactersWarning(d.id ? `document ${d.id}` : 'the document', d.text)
    if (warning)
      problems.push({
        file: d.file,
        ...(d.line ? { line: d.line } : {}),
        message: warning,
        warning: true,
      })
  }
  const documents = read.documents.map((d) => canonicalDocument(d, problems))
  const extended = extendSchema(schema, documents)
  return { documents, schema: extended.schema, added: extended.added, problems }
}

/** Stores prepared documents and their annotations in an open, writable corpus. */
export async function storeImport(
  corpus: Corpus,
  documents: readonly ImportedDocument[],
  options: DatasetImportOptions,
  problems: DatasetProblem[],
): Promise<Omit<DatasetImportResult, 'schemaAdded' | 'problems'>> {
  const result = { read: documents.length, created: 0, sets: 0, spans: 0, relations: 0 }
  const importedAt = new Date().toISOString()
  for (const doc of documents) {
    const where = {
      file: doc.file,
      ...(doc.line ? { line: doc.line } : {}),
      ...(doc.id ? { docId: doc.id } : {}),
    }
    const hash = sha256(doc.text)
    if (doc.sha256 && doc.sha256 !== hash)
      problems.push({
        ...where,
        message:
          'the sha256 the dataset gives does not match the text: the text is imported as it is',
        warning: true,
      })
    const given = IdSchema.safeParse(doc.id)
    let id = given.success ? given.data : hash.slice(0, 16)
    let existing = (await corpus.hasDocument(id)) ? await corpus.readDocument(id) : null
    if (existing && existing.sha256 !== hash) {
      problems.push({
        ...where,
        message: `the corpus has another text under the id ${id}: stored under ${hash.slice(0, 16)}`,
        warning: true,
      })
      id = hash.slice(0, 16)
      existing = (await corpus.hasDocument(id)) ? await corpus.readDocument(id) : null
    }
    if (!existing) {
      const record: DocumentRecord = {
        format: 'spanbench.document',
        version: FORMAT_VERSION,
        id,
        title: doc.title ?? titleFromText(doc.text, doc.file),
        source: {
          fileName: doc.file,
          format: options.format,
          importedAt,
          ...(doc.line ? { part: `line ${doc.line}` } : {}),
        },
        metadata: doc.metadata,
        sha256: hash,
        text: doc.text,
      }
      await corpus.addDocument(record)
      result.created++
    }
    const annotator = doc.annotator ?? options.annotator
    if (doc.spans.length === 0 && doc.relations.length === 0 && !doc.note && !doc.status) continue
    const current = await corpus.readAnnotations(id, annotator)
    if (current && (current.spans.length || current.relations.length || current.note)) {
      problems.push({
        ...where,
        message: `${annotator} has annotations on ${id} already: not overwritten`,
      })
      continue
    }
    const set: AnnotationSet = {
      format: 'spanbench.annotations',
      version: FORMAT_VERSION,
      docId: id,
      annotator,
      textSha256: hash,
      status: doc.status ?? 'in_progress',
      revision: (current?.revision ?? 0) + 1,
      updatedAt: importedAt,
      ...(doc.note ? { note: doc.note } : {}),
      spans: doc.spans,
      relations: doc.relations,
    }
    await corpus.writeAnnotations(set)
    result.sets++
    result.spans += set.spans.length
    result.relations += set.relations.length
  }
  return result
}

/** Imports a dataset into an open corpus, growing its schema to fit. */
export async function importDataset(
  corpus: Corpus,
  files: readonly DatasetFileIn[],
  options: DatasetImportOptions,
): Promise<DatasetImportResult> {
  if (corpus.readOnly)
    throw new SpanbenchError(
      'read_only',
      `${corpus.dir} is read-only: ${corpus.readOnlyReason ?? ''}`,
    )
  const prepared = prepareImport(
    readDataset(files, options, corpus.manifest.schema),
    corpus.manifest.schema,
  )
  if (prepared.added.length)
    await corpus.writeManifest({ ...corpus.manifest, schema: prepared.schema })
  const stored = await storeImport(corpus, prepared.documents, options, prepared.problems)
  return { ...stored, schemaAdded: prepared.added, problems: prepared.problems }
}
