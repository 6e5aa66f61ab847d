/**
 * Dataset writers by export format: strings in, strings out, one document at
 * a time, so exports stream with flat memory whatever the corpus size.
 */
import type { ExportFormat } from './api.ts'
import { claimsCsvHeader, claimsCsvLines, claimsOf } from './claims.ts'
import { jsonlLine } from './jsonl.ts'
import type { AnnotationSet, DocumentRecord } from './model.ts'

export interface DatasetWriter {
  extension: string
  mediaType: string
  /** What comes before the first document. */
  header(): string
  /** The output for one document and one annotator's annotations. */
  document(doc: DocumentRecord, set: AnnotationSet | null, annotator: string): string
}

export const DATASET_WRITERS: Record<ExportFormat, DatasetWriter> = {
  jsonl: {
    extension: 'jsonl',
    mediaType: 'application/x-ndjson; charset=utf-8',
    header: () => '',
    document: jsonlLine,
  },
  'claims-csv': {
    extension: 'csv',
    mediaType: 'text/csv; charset=utf-8',
    header: claimsCsvHeader,
    document: (doc, set) => claimsCsvLines(claimsOf(doc, set)),
  },
}
