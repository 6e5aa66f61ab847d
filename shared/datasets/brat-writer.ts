/**
 * brat standoff: `<doc>.txt` (the text as stored) and `<doc>.ann` per
 * document, with annotation.conf and visual.conf for the collection. Spans
 * are T lines (discontinuous ones with ";"-separated fragments), relations R
 * lines, choice and boolean attributes A lines, and number and text
 * attributes "#" notes whose type is the attribute id; a span's own note is
 * an AnnotatorNotes line. See brat-standoff.ts for what is escaped.
 */
import type { LabelSchema, Relation, Span } from '../contract/model.ts'
import {
  ATTRIBUTE_TYPES,
  attributeTypeOf,
  type BratLine,
  type SetValue,
} from '../corpus/attribute-types.ts'
import { OffsetMap } from '../text/offsets.ts'
import { compareSpans } from '../corpus/ops.ts'
import { NOTE_TYPE, bratFragments, encodeValue, escapeNote, fragmentText } from './brat-standoff.ts'
import { compareIdsNaturally } from './span-extras.ts'
import type {
  DatasetFile,
  DatasetWriter,
  DocumentOutput,
  ExportContext,
  ExportUnit,
  WriterNote,
} from './writer.ts'
import { relationsBetween } from './relation-ends.ts'

/** How an attribute is written: declared choice and boolean attributes are A lines, the rest notes. */
function kindOf(schema: LabelSchema, label: string, id: string, value: SetValue): BratLine {
  const def = schema.labels.find((l) => l.id === label)?.attributes.find((a) => a.id === id)
  return attributeTypeOf(def, value).brat.line(value)
}

/**
 * brat ids for our ids: an id brat can hold as it is (`T7` for a span, `R7`
 * for a relation, as a brat import stores them) is kept; the others get the
 * lowest free numbers, in order.
 */
export function bratIds(ids: readonly string[], prefix: 'T' | 'R'): Map<string, string> {
  const own = new RegExp(`^${prefix}[1-9][0-9]*$`)
  const out = new Map<string, string>()
  const used = new Set<string>()
  for (const id of ids) {
    if (!own.test(id) || used.has(id)) continue
    out.set(id, id)
    used.add(id)
  }
  let next = 1
  for (const id of ids) {
    if (out.has(id)) continue
    while (used.has(`${prefix}${next}`)) next++
    out.set(id, `${prefix}${next}`)
    used.add(`${prefix}${next}`)
  }
  return out
}

/** What a T line changes in a span: a line break cut off at an edge or between fragments. */
function fragmentChange(span: Span, fragments: readonly [number, number][]): string | null {
  const own = span.fragments ?? [[span.start, span.end]]
  if (
    own.length === fragments.length &&
    own.every(([a, b], i) => fragments[i]?.[0] === a && fragments[i]?.[1] === b)
  )
    return null
  const written = fragments.map(([a, b]) => `${a}-${b}`).join(';')
  return `${span.label} span ${span.id} (${span.start}-${span.end}) is written as ${written}: a brat line cannot hold a line break`
}

/** Span order in .ann files: the stored order, ties broken by id with numbers as numbers. */
function bratOrder(a: Span, b: Span): number {
  return compareSpans({ ...a, id: '' }, { ...b, id: '' }) || compareIdsNaturally(a.id, b.id)
}

export function bratAnn(
  unit: ExportUnit,
  ctx: ExportContext,
): { ann: string; notes: WriterNote[] } {
  const map = new OffsetMap(unit.doc.text)
  const docId = unit.doc.id
  const notes: WriterNote[] = []
  const spans = [...(unit.set?.spans ?? [])].sort(bratOrder)
  const written = spans.filter((s) => bratFragments(map, s).length > 0)
  const tIdOf = bratIds(
    written.map((s) => s.id),
    'T',
  )
  const tIds = new Map<string, string>()
  const tLines: string[] = []
  const aLines: string[] = []
  const noteLines: string[] = []
  for (const span of spans) {
    const fragments = bratFragments(map, span)
    if (fragments.length === 0) {
      notes.push({
        docId,
        spanId: span.id,
        kind: 'dropped',
        message: `${span.label} span ${span.id} covers only line breaks`,
      })
      continue
    }
    const t = tIdOf.get(span.id) ?? span.id
    tIds.set(span.id, t)
    const change = fragmentChange(span, fragments)
    if (change) notes.push({ docId, spanId: span.id, kind: 'changed', message: change })
    const offsets = fragments.map(([a, b]) => `${a} ${b}`).join(';')
    tLines.push(`${t}\t${span.label} ${offsets}\t${fragmentText(map, fragments)}`)
    for (const [id, value] of Object.entries(span.attributes ?? {}).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    )) {
      if (value === null) continue
      const kind = kindOf(ctx.schema, span.label, id, value)
      if (kind === 'choice')
        aLines.push(`A${aLines.length + 1}\t${id} ${t} ${encodeValue(String(value))}`)
      else if (kind === 'binary') {
        if (value === true) aLines.push(`A${aLines.length + 1}\t${id} ${t}`)
        else
          notes.push({
            docId,
            spanId: span.id,
            kind: 'changed',
            message: `span ${span.id}: ${id}=${JSON.stringify(value)} is written as an absent binary attribute`,
          })
      } else noteLines.push(`#${noteLines.length + 1}\t${id} ${t}\t${escapeNote(String(value))}`)
    }
    if (span.note)
      noteLines.push(`#${noteLines.length + 1}\t${NOTE_TYPE} ${t}\t${escapeNote(span.note)}`)
  }
  const tOrder = new Map(written.map((s, i) => [s.id, i + 1]))
  const order = (r: Relation) => [tOrder.get(r.from) ?? 0, tOrder.get(r.to) ?? 0]
  const relations = [...(unit.set?.relations ?? [])].sort((a, b) => {
    const [af = 0, at = 0] = order(a)
    const [bf = 0, bt = 0] = order(b)
    return (
      af - bf ||
      at - bt ||
      (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) ||
      compareIdsNaturally(a.id, b.id)
    )
  })
  const rIdOf = bratIds(
    relations.filter((r) => tIds.has(r.from) && tIds.has(r.to)).map((r) => r.id),
    'R',
  )
  const rLines = relationsBetween(
    docId,
    relations,
    (id) => tIds.get(id),
    notes,
    (r, from, to) => `${rIdOf.get(r.id) ?? r.id}\t${r.type} Arg1:${from} Arg2:${to}`,
  )
  if (unit.set?.note)
    notes.push({ docId, kind: 'dropped', message: 'the document note (brat has no place for it)' })
  const lines = [...tLines, ...aLines, ...rLines, ...noteLines]
  return { ann: lines.map((l) => `${l}\n`).join(''), notes }
}

export function bratDocument(unit: ExportUnit, ctx: ExportContext): DocumentOutput {
  const { ann, notes } = bratAnn(unit, ctx)
  return {
    files: [
      { path: `${unit.doc.id}.txt`, content: unit.doc.text },
      { path: `${unit.doc.id}.ann`, content: ann },
    ],
    notes,
  }
}

interface AttributeUse {
  id: string
  name: string
  type: string
  declared: BratLine
  labels: string[]
  options: string[]
}

/** Attributes by id across labels, in the order they first appear. */
function attributeUses(schema: LabelSchema): AttributeUse[] {
  const uses = new Map<string, AttributeUse>()
  for (const label of schema.labels) {
    for (const a of label.attributes) {
      // The same id may be a choice on one label and text on another: they are written apart.
      const declared = ATTRIBUTE_TYPES[a.type].brat.declared
      const key = `${a.id}\u0000${declared}`
      const use = uses.get(key) ?? {
        id: a.id,
        name: a.name,
        type: a.type,
        declared,
        labels: [],
        options: [],
      }
      use.labels.push(label.id)
      for (const o of a.options ?? []) if (!use.options.includes(o)) use.options.push(o)
      uses.set(key, use)
    }
  }
  return [...uses.values()]
}

/** annotation.conf for the corpus schema. */
export function annotationConf(schema: LabelSchema): string {
  const uses = attributeUses(schema)
  const declared = uses.filter((u) => u.declared !== 'note')
  const notes = uses.filter((u) => u.declared === 'note')
  const args = (ids: readonly string[]) => (ids.length ? ids.join('|') : '<ENTITY>')
  return [
    '# brat configuration written by Spanbench from the corpus schema.',
    '[entities]',
    ...schema.labels.map((l) => l.id),
    '',
    '[relations]',
    ...schema.relationTypes.map((r) => `${r.id}\tArg1:${args(r.from)}, Arg2:${args(r.to)}`),
    '# Spans may overlap and nest.',
    '<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>',
    '',
    '[events]',
    '',
    '[attributes]',
    ...declared.map((u) =>
      u.declared === 'choice'
        ? `${u.id}\tArg:${u.labels.join('|')}, Value:${u.options.map(encodeValue).join('|')}`
        : `${u.id}\tArg:${u.labels.join('|')}`,
    ),
    ...(notes.length
      ? [
          '',
          '# Attributes written as notes ("#" lines whose type is the attribute), which brat does not declare:',
          ...notes.map((u) => `# ${u.id}\tArg:${u.labels.join('|')}, Type:${u.type}`),
        ]
      : []),
    '',
  ].join('\n')
}

/** visual.conf: display names and colors. */
export function visualConf(schema: LabelSchema): string {
  // Declared attributes first, then notes, as annotation.conf lists them: a schema read
  // back from the two files gives the same order, so the files come out the same.
  const all = attributeUses(schema)
  const declared = (u: AttributeUse) => u.declared !== 'note'
  const uses = [...all.filter(declared), ...all.filter((u) => !declared(u))]
  return [
    '[labels]',
    ...schema.labels.map((l) => `${l.id} | ${l.name}`),
    ...schema.relationTypes.map((r) => `${r.id} | ${r.name}`),
    ...uses.map((u) => `${u.id} | ${u.name}`),
    // Values with spaces are written with "_"; their display name keeps the original.
    ...[...new Set(uses.flatMap((u) => u.options))]
      .filter((o) => encodeValue(o) !== o)
      .map((o) => `${encodeValue(o)} | ${o}`),
    '',
    '[drawing]',
    ...schema.labels.map((l) => `${l.id}\tbgColor:${l.color}`),
    '',
  ].join('\n')
}

function finish(ctx: ExportContext): DatasetFile[] {
  return [
    { path: 'annotation.conf', content: annotationConf(ctx.schema) },
    { path: 'visual.conf', content: visualConf(ctx.schema) },
  ]
}

export const bratWriter: DatasetWriter = {
  folder: true,
  stream: false,
  extension: 'ann',
  mediaType: 'text/plain; charset=utf-8',
  offsets: () => 'code points (brat indexes the text as a Python string)',
  header: () => '',
  separator: '',
  footer: () => '',
  document: bratDocument,
  finish,
  howToLoad: () => `Copy the folder into brat's \`data/\` directory; annotation.conf and visual.conf
declare the labels, relations and attributes. To read it in Python without brat,
each \`.ann\` line is \`ID<TAB>TYPE ARGS<TAB>TEXT\`; T lines give \`start end\` pairs
separated by \`;\` for discontinuous spans, and \`txt[start:end]\` is the span text.`,
}
