/**
 * What a dataset writer is: a pure function from one document (with one
 * annotator's annotations) to text, plus the text around the documents.
 * Writers never touch a file system; the export service streams what they
 * return, one document at a time, so memory stays flat whatever the corpus.
 *
 * Output comes in two shapes. A stream is appended to the split's one file
 * (`data.jsonl`, or `train.jsonl` / `dev.jsonl` / `test.jsonl`); whole files
 * (brat's `.txt` and `.ann`, one UIMA CAS per document) are written under the
 * split's folder. Files a format needs once (brat's annotation.conf, the
 * Hugging Face dataset_info.json) come from `finish`.
 */
import type { AnnotationSet, DocumentRecord, LabelSchema } from '../contract/model.ts'

/** How offsets are counted in an export. */
export type OffsetUnit = 'codepoint' | 'utf16'

export interface ExportContext {
  corpusName: string
  schema: LabelSchema
  /** The unit asked for, for formats that offer a choice (doccano); others ignore it. */
  offsetUnit?: OffsetUnit
}

/** One document with one annotator's annotations (null when they have none). */
export interface ExportUnit {
  doc: DocumentRecord
  set: AnnotationSet | null
  annotator: string
}

/** A file written whole, at a path relative to the split's folder. */
export interface DatasetFile {
  path: string
  content: string
}

/** Something a writer could not carry over as it was: reported, never silent. */
export interface WriterNote {
  docId: string
  spanId?: string
  /** `dropped`: left out of the export; `changed`: written differently (trimmed, merged). */
  kind: 'dropped' | 'changed'
  message: string
}

export interface DocumentOutput {
  /** Appended to the split's stream file. */
  stream?: string
  files?: DatasetFile[]
  notes?: WriterNote[]
}

export interface DatasetWriter {
  /** Always written as a folder (brat, Hugging Face, UIMA), even without splits. */
  folder: boolean
  /** Whether documents go to a stream file (as opposed to files of their own only). */
  stream: boolean
  /** Extension of the stream file. */
  extension: string
  /** The stream's name in a folder without splits: "data" unless the format expects another. */
  unsplitName?: string
  mediaType: string
  /** The offsets, as the dataset card states them. */
  offsets(ctx: ExportContext): string
  /** What the stream file starts with. */
  header(ctx: ExportContext): string
  /** Between two documents in a stream (a comma in a JSON array). */
  separator: string
  /** What the stream file ends with. */
  footer(ctx: ExportContext): string
  document(unit: ExportUnit, ctx: ExportContext): DocumentOutput
  /** Files written once, after every document, at the top of the export folder. */
  finish?(ctx: ExportContext, splits: readonly string[]): DatasetFile[]
  /** How overlapping spans are resolved, when the format cannot hold them. */
  overlapPolicy?: string
  /** Markdown for the dataset card: how to load the output with the tool it is for. */
  howToLoad(ctx: ExportContext, files: readonly string[]): string
  /** YAML front matter for the card (the Hugging Face hub reads the dataset's from there). */
  cardFrontMatter?(ctx: ExportContext, splits: readonly string[]): string
}
