/**
 * Export filters: which documents (by id and by the annotator's status) and
 * which labels. A span of a label left out takes its relations with it, so
 * a filtered set never links to a span that is not there.
 */
import type { AnnotationSet, DocumentStatus } from '../contract/model.ts'

export interface ExportFilter {
  /** Only spans of these labels (all when absent). */
  labels?: readonly string[]
  /** Only documents whose annotation status is one of these; a document never opened is "new". */
  statuses?: readonly DocumentStatus[]
  /** Only these documents. */
  documents?: readonly string[]
  /**
   * Also documents the annotator never touched (no annotations: status new,
   * no spans), which token formats would turn into all-O sentences. Off by
   * default.
   */
  untouched?: boolean
}

/** Whether a document passes the id and status filters. */
export function selectsDocument(
  filter: ExportFilter,
  docId: string,
  status: DocumentStatus,
): boolean {
  if (filter.documents && !filter.documents.includes(docId)) return false
  return !filter.statuses || filter.statuses.includes(status)
}

/** Whether an annotator's set (null: none) holds nothing they did: no spans, relations or note, status new. */
export function isUntouched(set: AnnotationSet | null): boolean {
  return (
    !set ||
    (set.status === 'new' && set.spans.length === 0 && set.relations.length === 0 && !set.note)
  )
}

/** The set with only the selected labels' spans and the relations between them. */
export function filterSet(set: AnnotationSet, filter: ExportFilter): AnnotationSet {
  const labels = filter.labels
  if (!labels) return set
  const spans = set.spans.filter((s) => labels.includes(s.label))
  const kept = new Set(spans.map((s) => s.id))
  const relations = set.relations.filter((r) => kept.has(r.from) && kept.has(r.to))
  return { ...set, spans, relations }
}

/** The filter in words, for the dataset card. */
export function describeFilter(filter: ExportFilter): string[] {
  return [
    ...(filter.labels ? [`labels: ${filter.labels.join(', ')}`] : []),
    ...(filter.statuses ? [`document status: ${filter.statuses.join(', ')}`] : []),
    ...(filter.documents ? [`documents: ${filter.documents.join(', ')}`] : []),
    ...(filter.untouched ? ['documents without annotations included'] : []),
  ]
}
