/**
 * spaCy-ready JSONL: one document per line with the tokens (`tokens` and
 * `spaces`, spaCy's own convention, so `Doc(vocab, words, spaces)` rebuilds
 * the text exactly and every span falls on token boundaries), the spans as
 * `[start, end, label]` in code points (Python str indices), relations and
 * span attributes. A span that overlaps no other goes to `entities`
 * (`doc.ents` must not overlap); the others go to `spans["sc"]`, the default
 * key of spaCy's span categorizer. Whitespace at a span's ends is left out,
 * because spaCy refuses entities that start or end with it.
 */
import { alignToTokens, unitExtents, type AlignedSpan } from './extents.ts'
import { spanExtras } from './span-extras.ts'
import type { DatasetWriter, DocumentOutput, ExportUnit, WriterNote } from './writer.ts'
import { unitRelations } from './relation-ends.ts'

/** Ids of spans that overlap at least one other span. */
export function overlappingIds(spans: readonly AlignedSpan[]): Set<string> {
  const ids = new Set<string>()
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end)
  let reach: AlignedSpan | null = null
  for (const s of sorted) {
    if (reach && s.start < reach.end) {
      ids.add(s.span.id)
      ids.add(reach.span.id)
    }
    if (!reach || s.end > reach.end) reach = s
  }
  return ids
}

export function spacyDocument(unit: ExportUnit): DocumentOutput {
  const { extents, notes } = unitExtents(unit)
  const { tokens, spans } = alignToTokens(unit.doc.text, extents)
  const overlapping = overlappingIds(spans)
  const triple = (s: AlignedSpan) => [s.start, s.end, s.span.label]
  const byId = new Map(spans.map((s) => [s.span.id, s]))
  const relationNotes: WriterNote[] = []
  const relations = unitRelations(unit, byId, relationNotes, (r, head, child) => ({
    id: r.id,
    head: [head.start, head.end],
    child: [child.start, child.end],
    label: r.type,
    // The ends by their span_meta ids: two spans may have the same bounds.
    head_id: r.from,
    child_id: r.to,
  }))
  const line = {
    id: unit.doc.id,
    title: unit.doc.title,
    text: unit.doc.text,
    tokens: tokens.map((t) => t.text),
    spaces: tokens.map((t) => t.ws),
    entities: spans.filter((s) => !overlapping.has(s.span.id)).map(triple),
    spans: { sc: spans.filter((s) => overlapping.has(s.span.id)).map(triple) },
    relations,
    // Every span's id, attributes and note, keyed by its bounds and label.
    span_meta: spans.map((s) => ({
      start: s.start,
      end: s.end,
      label: s.span.label,
      id: s.span.id,
      ...spanExtras(s.span),
    })),
    meta: {
      annotator: unit.annotator,
      status: unit.set?.status ?? 'new',
      offset_unit: 'codepoint',
    },
  }
  return { stream: `${JSON.stringify(line)}\n`, notes: [...notes, ...relationNotes] }
}

export const spacyWriter: DatasetWriter = {
  folder: false,
  stream: true,
  extension: 'jsonl',
  mediaType: 'application/x-ndjson; charset=utf-8',
  offsets: () => 'code points (Python str indices), whitespace at span ends left out',
  header: () => '',
  separator: '',
  footer: () => '',
  document: spacyDocument,
  howToLoad: (
    _ctx,
    files,
  ) => `Each line holds \`tokens\` and \`spaces\` (spaCy's tokenization convention), so
\`doc.char_span\` accepts every span. A DocBin for \`spacy train\`:

\`\`\`python
import json, spacy
from spacy.tokens import Doc, DocBin

nlp = spacy.blank("xx")
db = DocBin()
for line in open("${files[0] ?? 'data.jsonl'}", encoding="utf-8"):
    row = json.loads(line)
    doc = Doc(nlp.vocab, words=row["tokens"], spaces=row["spaces"])
    doc.ents = [doc.char_span(s, e, label=l) for s, e, l in row["entities"]]
    doc.spans["sc"] = [doc.char_span(s, e, label=l) for s, e, l in row["entities"] + row["spans"]["sc"]]
    db.add(doc)
db.to_disk("train.spacy")
\`\`\`

\`entities\` holds the spans that overlap no other (valid \`doc.ents\`), \`spans["sc"]\` the
overlapping ones; the span categorizer usually wants both, as above.`,
}
