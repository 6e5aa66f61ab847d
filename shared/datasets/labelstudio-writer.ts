/**
 * Label Studio tasks: one JSON array, one task per document, with the text
 * in `data.text` and the annotator's work as one completed annotation.
 * Spans are `labels` regions with offsets in code points, as Label Studio
 * counts them (its RichText splits the text with `[...text]`: an emoji is
 * one, a ZWJ family or a flag one per code point in it); attributes are per-region `choices`,
 * `number` and `textarea` results sharing the region's id, the span note a
 * `textarea` named "note", and relations `relation` results. The labeling
 * config that matches is in the dataset card.
 */
import type { AttributeValue, LabelSchema } from '../contract/model.ts'
import { compareRelations, compareSpans } from '../corpus/ops.ts'
import { ATTRIBUTE_TYPES, attributeTypeOf } from '../corpus/attribute-types.ts'
import type {
  DatasetWriter,
  DocumentOutput,
  ExportContext,
  ExportUnit,
  WriterNote,
} from './writer.ts'

const TEXT = 'text'
const LABEL = 'label'
const NOTE = 'note'

type Region = Record<string, unknown>

function attributeResult(
  schema: LabelSchema,
  label: string,
  id: string,
  value: AttributeValue,
): { type: string; value: Record<string, unknown> } | null {
  if (value === null) return null
  const def = schema.labels.find((l) => l.id === label)?.attributes.find((a) => a.id === id)
  const type = attributeTypeOf(def, value).labelStudio.result(value)
  switch (type) {
    case 'number':
      return { type, value: { number: value } }
    case 'choices':
      return { type, value: { choices: [String(value)] } }
    case 'textarea':
      return { type, value: { text: [String(value)] } }
  }
}

export function labelStudioTask(
  unit: ExportUnit,
  ctx: ExportContext,
): { task: unknown; notes: WriterNote[] } {
  const notes: WriterNote[] = []
  const result: Region[] = []
  const spans = [...(unit.set?.spans ?? [])].sort(compareSpans)
  for (const span of spans) {
    const at = { start: span.start, end: span.end }
    const region = { id: span.id, from_name: LABEL, to_name: TEXT }
    result.push({
      ...region,
      type: 'labels',
      value: { ...at, text: span.text, labels: [span.label] },
    })
    if (span.fragments)
      notes.push({
        docId: unit.doc.id,
        spanId: span.id,
        kind: 'changed',
        message: `span ${span.id} is discontinuous: its whole extent is written`,
      })
    for (const [id, value] of Object.entries(span.attributes ?? {}).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    )) {
      const r = attributeResult(ctx.schema, span.label, id, value)
      if (r) result.push({ ...region, from_name: id, type: r.type, value: { ...at, ...r.value } })
    }
    if (span.note)
      result.push({
        ...region,
        from_name: NOTE,
        type: 'textarea',
        value: { ...at, text: [span.note] },
      })
  }
  for (const r of [...(unit.set?.relations ?? [])].sort(compareRelations)) {
    result.push({
      from_id: r.from,
      to_id: r.to,
      type: 'relation',
      direction: 'right',
      labels: [r.type],
    })
  }
  const task = {
    data: { text: unit.doc.text, doc_id: unit.doc.id, title: unit.doc.title },
    annotations: unit.set ? [{ result, ground_truth: false }] : [],
    meta: {
      annotator: unit.annotator,
      status: unit.set?.status ?? 'new',
      offset_unit: 'codepoint',
      ...(unit.set?.note ? { note: unit.set.note } : {}),
    },
  }
  return { task, notes }
}

/** A Label Studio labeling config for the corpus schema. */
export function labelingConfig(schema: LabelSchema): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')
  const lines = [
    '<View>',
    `  <Labels name="${LABEL}" toName="${TEXT}">`,
    ...schema.labels.map((l) => `    <Label value="${esc(l.id)}" background="${l.color}"/>`),
    '  </Labels>',
    `  <Text name="${TEXT}" value="$text"/>`,
    '  <Relations>',
    ...schema.relationTypes.map((r) => `    <Relation value="${esc(r.id)}"/>`),
    '  </Relations>',
  ]
  const seen = new Set<string>()
  for (const label of schema.labels) {
    for (const a of label.attributes) {
      if (seen.has(a.id)) continue
      seen.add(a.id)
      const common = `name="${esc(a.id)}" toName="${TEXT}" perRegion="true"`
      const { control, choices } = ATTRIBUTE_TYPES[a.type].labelStudio
      if (control === 'Choices')
        lines.push(
          `  <Choices ${common}>`,
          ...choices(a.options ?? []).map((o) => `    <Choice value="${esc(o)}"/>`),
          '  </Choices>',
        )
      else lines.push(`  <${control} ${common}/>`)
    }
  }
  lines.push(`  <TextArea name="${NOTE}" toName="${TEXT}" perRegion="true"/>`, '</View>')
  return lines.join('\n')
}

export function labelStudioDocument(unit: ExportUnit, ctx: ExportContext): DocumentOutput {
  const { task, notes } = labelStudioTask(unit, ctx)
  return { stream: JSON.stringify(task), notes }
}

export const labelStudioWriter: DatasetWriter = {
  folder: false,
  stream: true,
  extension: 'json',
  mediaType: 'application/json; charset=utf-8',
  offsets: () => 'Unicode code points (Python str indices), as Label Studio counts',
  header: () => '[\n',
  separator: ',\n',
  footer: () => '\n]\n',
  document: labelStudioDocument,
  howToLoad: (
    ctx,
    files,
  ) => `Create a project with this labeling config, then import \`${files[0] ?? 'data.json'}\`
(Data Import, or \`POST /api/projects/<id>/import\`):

\`\`\`xml
${labelingConfig(ctx.schema)}
\`\`\``,
}
