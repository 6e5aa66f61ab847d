/** Our JSONL dataset format: one document per line, code point offsets, labels by id. */
import type { AnnotationSet, DocumentRecord } from './model.ts'
import { compareSpans } from './ops.ts'

/** One JSONL line (with its newline) for a document and one annotator's spans. */
export function jsonlLine(
  doc: DocumentRecord,
  set: AnnotationSet | null,
  annotator: string,
): string {
  const spans = [...(set?.spans ?? [])].sort(compareSpans).map((s) => ({
    id: s.id,
    start: s.start,
    end: s.end,
    label: s.label,
    text: s.text,
  }))
  const line = {
    id: doc.id,
    title: doc.title,
    text: doc.text,
    sha256: doc.sha256,
    offset_unit: 'codepoint',
    annotator,
    status: set?.status ?? 'new',
    spans,
  }
  return `${JSON.stringify(line)}\n`
}
