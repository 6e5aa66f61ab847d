/** Our JSONL dataset format: one document per line, code point offsets, labels by id. */
import type { AnnotationSet, DocumentRecord } from '../contract/model.ts'
import { compareRelations, compareSpans } from '../corpus/ops.ts'

/** One JSONL line (with its newline) for a document and one annotator's annotations. */
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
    ...(s.attributes && Object.keys(s.attributes).length
      ? { attributes: sortedKeys(s.attributes) }
      : {}),
    ...(s.note ? { note: s.note } : {}),
    ...(s.fragments ? { fragments: s.fragments } : {}),
  }))
  const relations = [...(set?.relations ?? [])]
    .sort(compareRelations)
    .map((r) => ({ id: r.id, type: r.type, from: r.from, to: r.to }))
  const line = {
    id: doc.id,
    title: doc.title,
    text: doc.text,
    sha256: doc.sha256,
    offset_unit: 'codepoint',
    annotator,
    status: set?.status ?? 'new',
    ...(set?.note ? { note: set.note } : {}),
    ...(Object.keys(doc.metadata).length ? { metadata: sortedKeys(doc.metadata) } : {}),
    spans,
    relations,
  }
  return `${JSON.stringify(line)}\n`
}

function sortedKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
}
