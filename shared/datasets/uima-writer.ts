/**
 * UIMA CAS JSON (the Apache UIMA JSON CAS draft, as DKPro Cassis and
 * INCEpTION read it), one `<doc>.json` per document. The type system is
 * embedded: spans are `webanno.custom.Span` annotations with a `label`
 * feature, one feature per attribute and a `note`; relations are
 * `webanno.custom.SpanRelation` annotations with `Governor` and `Dependent`
 * (WebAnno's relation layer convention, offsets those of the dependent).
 * Offsets are UTF-16 code units, as the Java CAS counts.
 */
import type { AttributeValue, LabelSchema } from '../contract/model.ts'
import { OffsetMap } from '../text/offsets.ts'
import { compareSpans } from '../corpus/ops.ts'
import { unitRelations } from './relation-ends.ts'
import type {
  DatasetWriter,
  DocumentOutput,
  ExportContext,
  ExportUnit,
  WriterNote,
} from './writer.ts'
import { ATTRIBUTE_TYPES } from '../corpus/attribute-types.ts'

export const SPAN_TYPE = 'webanno.custom.Span'
export const RELATION_TYPE = 'webanno.custom.SpanRelation'
const RESERVED = new Set(['label', 'note', 'begin', 'end', 'sofa', 'Governor', 'Dependent'])

/** Feature names for the schema's attributes: Java identifiers, clear of the built-in features. */
export function attributeFeatures(
  schema: LabelSchema,
): Map<string, { name: string; range: string }> {
  const features = new Map<string, { name: string; range: string }>()
  const taken = new Set(RESERVED)
  for (const label of schema.labels) {
    for (const a of label.attributes) {
      if (features.has(a.id)) continue
      let name = a.id.replace(/[^A-Za-z0-9_]/g, '_').replace(/^(?=\d)/, '_')
      while (taken.has(name)) name = `${name}_`
      taken.add(name)
      features.set(a.id, { name, range: ATTRIBUTE_TYPES[a.type].uimaRange })
    }
  }
  return features
}

function typeSystem(schema: LabelSchema) {
  const feature = (name: string, range: string) => ({ '%NAME': name, '%RANGE': range })
  const span: Record<string, unknown> = {
    '%NAME': SPAN_TYPE,
    '%SUPER_TYPE': 'uima.tcas.Annotation',
    label: feature('label', 'uima.cas.String'),
  }
  for (const { name, range } of attributeFeatures(schema).values())
    span[name] = feature(name, range)
  span['note'] = feature('note', 'uima.cas.String')
  return {
    [SPAN_TYPE]: span,
    [RELATION_TYPE]: {
      '%NAME': RELATION_TYPE,
      '%SUPER_TYPE': 'uima.tcas.Annotation',
      Governor: feature('Governor', SPAN_TYPE),
      Dependent: feature('Dependent', SPAN_TYPE),
      label: feature('label', 'uima.cas.String'),
    },
  }
}

function featureValue(value: AttributeValue, range: string): AttributeValue {
  if (range === 'uima.cas.String' && typeof value !== 'string' && value !== null)
    return String(value)
  return value
}

export function uimaCas(
  unit: ExportUnit,
  ctx: ExportContext,
): { cas: unknown; notes: WriterNote[] } {
  const map = new OffsetMap(unit.doc.text)
  const features = attributeFeatures(ctx.schema)
  const notes: WriterNote[] = []
  const structures: Record<string, unknown>[] = [
    {
      '%ID': 1,
      '%TYPE': 'uima.cas.Sofa',
      sofaNum: 1,
      sofaID: '_InitialView',
      mimeType: 'text',
      sofaString: unit.doc.text,
    },
    {
      '%ID': 2,
      '%TYPE': 'uima.tcas.DocumentAnnotation',
      '@sofa': 1,
      begin: 0,
      end: unit.doc.text.length,
      language: 'x-unspecified',
    },
  ]
  const fsIds = new Map<string, { id: number; begin: number; end: number }>()
  for (const span of [...(unit.set?.spans ?? [])].sort(compareSpans)) {
    const fs: Record<string, unknown> = {
      '%ID': structures.length + 1,
      '%TYPE': SPAN_TYPE,
      '@sofa': 1,
      begin: map.toUtf16(span.start),
      end: map.toUtf16(span.end),
      label: span.label,
    }
    for (const [id, value] of Object.entries(span.attributes ?? {}).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    )) {
      const f = features.get(id)
      if (value === null) continue
      if (!f) {
        notes.push({
          docId: unit.doc.id,
          spanId: span.id,
          kind: 'dropped',
          message: `span ${span.id}: attribute ${id} is not in the corpus schema, so the type system has no feature for it`,
        })
        continue
      }
      fs[f.name] = featureValue(value, f.range)
    }
    if (span.note) fs['note'] = span.note
    if (span.fragments)
      notes.push({
        docId: unit.doc.id,
        spanId: span.id,
        kind: 'changed',
        message: `span ${span.id} is discontinuous: its whole extent is written`,
      })
    fsIds.set(span.id, {
      id: structures.length + 1,
      begin: fs['begin'] as number,
      end: fs['end'] as number,
    })
    structures.push(fs)
  }
  const relations = unitRelations(unit, fsIds, notes, (r, governor, dependent) => ({
    r,
    governor,
    dependent,
  }))
  for (const { r, governor, dependent } of relations)
    structures.push({
      '%ID': structures.length + 1,
      '%TYPE': RELATION_TYPE,
      '@sofa': 1,
      begin: dependent.begin,
      end: dependent.end,
      '@Governor': governor.id,
      '@Dependent': dependent.id,
      label: r.type,
    })
  const cas = {
    '%TYPES': typeSystem(ctx.schema),
    '%FEATURE_STRUCTURES': structures,
    '%VIEWS': {
      _InitialView: { '%SOFA': 1, '%MEMBERS': structures.slice(1).map((s) => s['%ID']) },
    },
  }
  return { cas, notes }
}

export function uimaDocument(unit: ExportUnit, ctx: ExportContext): DocumentOutput {
  const { cas, notes } = uimaCas(unit, ctx)
  return {
    files: [{ path: `${unit.doc.id}.json`, content: `${JSON.stringify(cas, null, 1)}\n` }],
    notes,
  }
}

export const uimaWriter: DatasetWriter = {
  folder: true,
  stream: false,
  extension: 'json',
  mediaType: 'application/json; charset=utf-8',
  offsets: () => 'UTF-16 code units (as the Java UIMA CAS counts)',
  header: () => '',
  separator: '',
  footer: () => '',
  document: uimaDocument,
  howToLoad: (ctx) => {
    const features = [...attributeFeatures(ctx.schema).values()]
    return `In INCEpTION, create a span layer named \`Span\` (type \`${SPAN_TYPE}\`) with a
string feature \`label\`${features.length ? `, ${features.map((f) => `\`${f.name}\` (${f.range.replace('uima.cas.', '')})`).join(', ')}` : ''}
and a string feature \`note\`, and a relation layer \`SpanRelation\` (type \`${RELATION_TYPE}\`)
attached to it with a string feature \`label\`; then import the files with the
format "UIMA CAS JSON". In Python:

\`\`\`python
from cassis import load_cas_from_json
cas = load_cas_from_json(open("DOC.json", "rb"))
for span in cas.select("${SPAN_TYPE}"):
    print(span.label, span.get_covered_text())
\`\`\``
  },
}
