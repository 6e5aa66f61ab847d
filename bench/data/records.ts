/** Corpus records built the way import builds them (id from the text's sha256), without import's machinery. */
import { createHash } from 'node:crypto'
import {
  FORMAT_VERSION,
  type AnnotationSet,
  type DocumentRecord,
  type DocumentStatus,
  type Span,
} from '../../shared/contract/model.ts'
import { titleFromText } from '../../shared/text/text.ts'

export function documentRecord(
  text: string,
  source: { fileName: string; importedAt: string },
  title = titleFromText(text, source.fileName),
): DocumentRecord {
  const sha256 = createHash('sha256').update(text).digest('hex')
  return {
    format: 'spanbench.document',
    version: FORMAT_VERSION,
    id: sha256.slice(0, 16),
    title,
    source: { ...source, format: 'txt', encoding: 'utf-8' },
    metadata: {},
    sha256,
    text,
  }
}

export function annotationSet(
  doc: DocumentRecord,
  annotator: string,
  spans: Span[],
  status: DocumentStatus,
  updatedAt: string,
): AnnotationSet {
  return {
    format: 'spanbench.annotations',
    version: FORMAT_VERSION,
    docId: doc.id,
    annotator,
    textSha256: doc.sha256,
    status,
    revision: 1,
    updatedAt,
    spans,
    relations: [],
  }
}
