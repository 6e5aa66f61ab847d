/**
 * doccano's relation-extraction JSONL: `{text, entities: [{id, label,
 * start_offset, end_offset}], relations: [{id, from_id, to_id, type}]}`, ids
 * numbered per document. Offsets are UTF-16 code units (what doccano's
 * browser annotator counts) unless code points are asked for; the unit is
 * written on every line and in the card. doccano has no span attributes or
 * notes: they are reported as not written.
 */
import { OffsetMap } from '../text/offsets.ts'
import { compareRelations, compareSpans } from '../corpus/ops.ts'
import type {
  DatasetWriter,
  DocumentOutput,
  ExportContext,
  ExportUnit,
  WriterNote,
} from './writer.ts'

export function doccanoDocument(unit: ExportUnit, ctx: ExportContext): DocumentOutput {
  const unitName = ctx.offsetUnit ?? 'utf16'
  const map = new OffsetMap(unit.doc.text)
  const at = (cp: number) => (unitName === 'utf16' ? map.toUtf16(cp) : cp)
  const spans = [...(unit.set?.spans ?? [])].sort(compareSpans)
  const ids = new Map(spans.map((s, i) => [s.id, i + 1]))
  const notes: WriterNote[] = []
  const extras = spans.filter((s) => (s.attributes && Object.keys(s.attributes).length) || s.note)
  if (extras.length)
    notes.push({
      docId: unit.doc.id,
      kind: 'dropped',
      message: `attributes or notes of ${extras.length} span(s) (${extras.map((s) => s.id).join(', ')}): doccano has no place for them`,
    })
  for (const s of spans.filter((x) => x.fragments))
    notes.push({
      docId: unit.doc.id,
      spanId: s.id,
      kind: 'changed',
      message: `span ${s.id} is discontinuous: its whole extent is written`,
    })
  const line = {
    id: unit.doc.id,
    text: unit.doc.text,
    title: unit.doc.title,
    offset_unit: unitName,
    entities: spans.map((s) => ({
      id: ids.get(s.id) ?? 0,
      label: s.label,
      start_offset: at(s.start),
      end_offset: at(s.end),
    })),
    relations: [...(unit.set?.relations ?? [])].sort(compareRelations).map((r, i) => ({
      id: i + 1,
      from_id: ids.get(r.from) ?? 0,
      to_id: ids.get(r.to) ?? 0,
      type: r.type,
    })),
  }
  return { stream: `${JSON.stringify(line)}\n`, notes }
}

export const doccanoWriter: DatasetWriter = {
  folder: false,
  stream: true,
  extension: 'jsonl',
  mediaType: 'application/x-ndjson; charset=utf-8',
  offsets: (ctx) =>
    (ctx.offsetUnit ?? 'utf16') === 'utf16'
      ? 'UTF-16 code units (JavaScript string indices, as doccano’s annotator counts)'
      : 'code points (Python str indices), as asked with --offsets codepoint',
  header: () => '',
  separator: '',
  footer: () => '',
  document: doccanoDocument,
  howToLoad: (
    ctx,
    files,
  ) => `Create a "Sequence Labeling" project with **"Allow overlapping entity"** and
"Use relation labeling" on, add the labels and relation types, then import
\`${files[0] ?? 'data.jsonl'}\` as JSONL (column "text", label column "entities").
Without "Allow overlapping entity", doccano's importer drops every span that overlaps
another, and the import then fails on the relations that point at a dropped span.${
    (ctx.offsetUnit ?? 'utf16') === 'utf16'
      ? ' Offsets are UTF-16 units; in Python, slice `text.encode("utf-16-le")[2*start:2*end]` and decode it.'
      : ''
  }`,
}
