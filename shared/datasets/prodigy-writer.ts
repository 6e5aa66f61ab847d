/**
 * Prodigy's task format, one accepted task per line: `tokens` with
 * `{text, start, end, id, ws}`, `spans` with `{start, end, token_start,
 * token_end, label}` (code points; token_end inclusive, as Prodigy has it)
 * and `relations` with `head_span` / `child_span`, their `head` and `child`
 * being the last token of each span (Prodigy's convention). Overlapping spans
 * are all kept, as spans.manual allows.
 */
import { alignToTokens, unitExtents, type AlignedSpan } from './extents.ts'
import { spanExtras } from './span-extras.ts'
import type { DatasetWriter, DocumentOutput, ExportUnit, WriterNote } from './writer.ts'
import { unitRelations } from './relation-ends.ts'

function prodigySpan(s: AlignedSpan) {
  return {
    start: s.start,
    end: s.end,
    token_start: s.tokenStart,
    token_end: s.tokenEnd,
    label: s.span.label,
  }
}

export function prodigyDocument(unit: ExportUnit): DocumentOutput {
  const { extents, notes } = unitExtents(unit)
  const { tokens, spans } = alignToTokens(unit.doc.text, extents)
  const byId = new Map(spans.map((s) => [s.span.id, s]))
  const relationNotes: WriterNote[] = []
  const relations = unitRelations(unit, byId, relationNotes, (r, head, child) => ({
    head: head.tokenEnd,
    child: child.tokenEnd,
    head_span: prodigySpan(head),
    child_span: prodigySpan(child),
    label: r.type,
  }))
  const task = {
    text: unit.doc.text,
    tokens: tokens.map((t, id) => ({ text: t.text, start: t.start, end: t.end, id, ws: t.ws })),
    spans: spans.map((s) => ({ ...prodigySpan(s), id: s.span.id, ...spanExtras(s.span) })),
    relations,
    meta: { id: unit.doc.id, title: unit.doc.title, annotator: unit.annotator },
    answer: 'accept',
  }
  return { stream: `${JSON.stringify(task)}\n`, notes: [...notes, ...relationNotes] }
}

export const prodigyWriter: DatasetWriter = {
  folder: false,
  stream: true,
  extension: 'jsonl',
  mediaType: 'application/x-ndjson; charset=utf-8',
  offsets: () => 'code points (Python str indices); token_end is inclusive',
  header: () => '',
  separator: '',
  footer: () => '',
  document: prodigyDocument,
  howToLoad: (_ctx, files) => `Load the tasks into a dataset, then review or train:

\`\`\`sh
prodigy db-in conflict_spans ${files[0] ?? 'data.jsonl'}
prodigy rel.manual conflict_rels blank:xx dataset:conflict_spans --label victim,location --span-label ACTOR,PLACE
prodigy train ./model --spancat conflict_spans
\`\`\``,
}
