/**
 * What a dataset reader is: a pure function from the files of a dataset
 * (name and text) to documents with annotations, in our model, and a list of
 * problems. A reader never drops anything silently: whatever the model
 * cannot hold (an event, a normalization, a second label on one region) is a
 * problem naming the file, the line and the document.
 */
import type { DocumentStatus, LabelSchema, Relation, Span } from '../contract/model.ts'
import type { OffsetUnit } from './writer.ts'

export interface DatasetFileIn {
  /** A path relative to what the user named (`doc1.ann`, `train/doc2.txt`). */
  name: string
  text: string
}

export interface ImportedDocument {
  file: string
  /** 1-based line of the record in a line-based file. */
  line?: number
  /** The dataset's own id for the document; kept when it is a valid id. */
  id?: string
  title?: string
  /** The text as the dataset has it: offsets below refer to it, in code points. */
  text: string
  /** The text's SHA-256 as the dataset states it, checked at import. */
  sha256?: string
  metadata: Record<string, string>
  /** Whose annotations these are, when the dataset says. */
  annotator?: string
  status?: DocumentStatus
  note?: string
  spans: Span[]
  relations: Relation[]
}

export interface DatasetProblem {
  file: string
  line?: number
  /** The document's id in the dataset, when known. */
  docId?: string
  message: string
  /**
   * Set when everything still came in, changed (a new id, a value kept as
   * text): a warning. Without it, something was left out.
   */
  warning?: true
}

export interface DatasetRead {
  documents: ImportedDocument[]
  problems: DatasetProblem[]
  /** A schema the dataset declares (brat's annotation.conf), for a corpus created from it. */
  schema?: LabelSchema
}

export interface DatasetParseOptions {
  /** The unit of offsets where the dataset does not say (doccano). */
  offsetUnit?: OffsetUnit
  /** The corpus schema, to read values the format encodes (brat's choice values). */
  schema?: LabelSchema
}

export type DatasetParser = (
  files: readonly DatasetFileIn[],
  options: DatasetParseOptions,
) => DatasetRead

/** "where: " for a problem message. */
export function at(problem: { file: string; line?: number }): string {
  return problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`
}
