/**
 * Reads spaCy-style JSONL: `text` (or `tokens` with `spaces` to rebuild it),
 * spans as `entities` / `ents` and any `spans` key, each a [start, end,
 * label] triple or a {start, end, label} object, in code points (Python str
 * indices); `relations` as {head: [s, e], child: [s, e], label} (with our
 * `head_id` / `child_id`, the span_meta ids of the ends, when given); and our
 * `span_meta` and `meta`. A span listed in entities and again in a span
 * group is imported once; the same bounds and label twice in a span group
 * are two spans, each with its own `span_meta` entry (twice in `entities`,
 * which spaCy's doc.ents cannot hold, is reported and read once).
 */
import type { Relation, Span } from '../contract/model.ts'
import { codePoints, OffsetMap } from '../text/offsets.ts'
import { attributeRecord } from './jsonl-reader.ts'
import type { DatasetFileIn, DatasetRead, ImportedDocument, DatasetProblem } from './reader.ts'
import {
  IdPool,
  asAnnotator,
  asStatus,
  boundsProblem,
  int,
  isId,
  isObject,
  linesOf,
  parseJson,
  scalar,
  str,
  type Json,
} from './reader-tools.ts'

const KNOWN = new Set([
  'id',
  'title',
  'text',
  'tokens',
  'spaces',
  'entities',
  'ents',
  'spans',
  'relations',
  'span_meta',
  'meta',
])

/** [start, end, label] of a triple or an object; undefined parts stay undefined. */
function triple(value: Json): [number | undefined, number | undefined, Json | undefined] {
  if (Array.isArray(value)) return [int(value[0]), int(value[1]), value[2]]
  if (isObject(value))
    return [
      int(value['start'] ?? value['start_char']),
      int(value['end'] ?? value['end_char']),
      value['label'],
    ]
  return [undefined, undefined, undefined]
}

function textOf(row: { [key: string]: Json }): string | undefined {
  const text = str(row['text'])
  if (text !== undefined) return text
  const tokens = row['tokens']
  const spaces = row['spaces']
  if (!Array.isArray(tokens) || !Array.isArray(spaces) || tokens.length !== spaces.length)
    return undefined
  return tokens.map((t, i) => `${str(t) ?? ''}${spaces[i] === true ? ' ' : ''}`).join('')
}

type JsonObject = { [key: string]: Json }
type Report = (message: string, warning?: true) => void

export function parseSpacyDataset(files: readonly DatasetFileIn[]): DatasetRead {
  const documents: ImportedDocument[] = []
  const problems: DatasetProblem[] = []
  for (const f of files) {
    for (const { line, text: raw } of linesOf(f.text)) {
      const row = parseJson(raw, { file: f.name, line }, problems)
      if (row === undefined) continue
      const text = isObject(row) ? textOf(row) : undefined
      if (!isObject(row) || text === undefined) {
        problems.push({
          file: f.name,
          line,
          message: 'not a spaCy line: an object with "text" (or tokens and spaces)',
        })
        continue
      }
      const docId = str(row['id'])
      const report: Report = (message, warning) =>
        problems.push({
          file: f.name,
          line,
          ...(docId ? { docId } : {}),
          message,
          ...(warning ? { warning } : {}),
        })
      for (const key of Object.keys(row)) if (!KNOWN.has(key)) report(`field "${key}" is not kept`)
      const read = new SpacyRow(row, text, report)
      read.readSpans()
      const doc: ImportedDocument = {
        file: f.name,
        line,
        text,
        metadata: {},
        spans: read.spans,
        relations: read.readRelations(),
      }
      documents.push(withRowMeta(doc, row))
    }
  }
  return { documents, problems }
}

/** The document with the line's id, title and meta (annotator, status). */
function withRowMeta(doc: ImportedDocument, row: JsonObject): ImportedDocument {
  const docId = str(row['id'])
  if (docId !== undefined) doc.id = docId
  const title = str(row['title'])
  if (title !== undefined) doc.title = title
  const meta = isObject(row['meta']) ? row['meta'] : {}
  const annotator = asAnnotator(meta['annotator'])
  if (annotator) doc.annotator = annotator
  const status = asStatus(meta['status'])
  if (status) doc.status = status
  return doc
}

/** The span lists of a line: doc.ents cannot hold a span twice; a span group can. */
function spanGroups(row: JsonObject): { name: string; items: Json[]; once: boolean }[] {
  return [
    ...(['entities', 'ents'] as const).map((name) => ({
      name,
      items: Array.isArray(row[name]) ? row[name] : [],
      once: true,
    })),
    ...Object.entries(isObject(row['spans']) ? row['spans'] : {}).map(([name, g]) => ({
      name: `spans["${name}"]`,
      items: Array.isArray(g) ? g : [],
      once: false,
    })),
  ]
}

/** The line's span_meta entries by "start:end:label", in order. */
function spanMetaByKey(row: JsonObject): Map<string, JsonObject[]> {
  const extras = new Map<string, JsonObject[]>()
  for (const a of Array.isArray(row['span_meta']) ? row['span_meta'] : []) {
    if (!isObject(a)) continue
    const key = `${scalar(a['start'])}:${scalar(a['end'])}:${scalar(a['label'])}`
    extras.set(key, [...(extras.get(key) ?? []), a])
  }
  return extras
}

/** One line's spans and relations, read against its text. */
class SpacyRow {
  readonly spans: Span[] = []
  private readonly map: OffsetMap
  private readonly ids = new IdPool('s')
  /** span_meta ids -> the spans they became, for relations that name their ends by id. */
  private readonly byMetaId = new Map<string, Span>()
  private readonly byBounds = new Map<string, Span>()
  private readonly extras: Map<string, JsonObject[]>
  /**
   * How often each "start:end:label" was imported. A span listed in entities and
   * again in a span group is one span; the same bounds and label twice in one
   * list (or in span_meta) are two.
   */
  private readonly seen = new Map<string, number>()

  constructor(
    private readonly row: JsonObject,
    text: string,
    private readonly report: Report,
  ) {
    this.map = new OffsetMap(text)
    this.extras = spanMetaByKey(row)
  }

  readSpans(): void {
    for (const group of spanGroups(this.row)) this.readGroup(group)
    for (const [key, metas] of this.extras) this.readMetaOnly(key, metas)
  }

  private readGroup(group: { name: string; items: Json[]; once: boolean }): void {
    const inGroup = new Map<string, number>()
    for (const item of group.items) {
      const [start, end, label] = triple(item)
      const bounds = boundsProblem(start, end, this.map.codePointLength)
      if (bounds || start === undefined || end === undefined) {
        this.report(`span ${JSON.stringify(item)} ${bounds ?? ''}: skipped`)
        continue
      }
      if (!isId(label)) {
        this.report(
          `span ${JSON.stringify(item)}: label ${JSON.stringify(label)} is not a valid id: skipped`,
        )
        continue
      }
      const key = `${start}:${end}:${label}`
      const nth = (inGroup.get(key) ?? 0) + 1
      if (group.once && nth > 1) {
        this.report(`${group.name} lists [${start}, ${end}, ${label}] twice: imported once`, true)
        continue
      }
      inGroup.set(key, nth)
      if (nth <= (this.seen.get(key) ?? 0)) continue
      this.seen.set(key, nth)
      const span = this.spanOf(start, end, label, this.extras.get(key)?.[nth - 1])
      this.spans.push(span)
      if (!this.byBounds.has(`${start}:${end}`)) this.byBounds.set(`${start}:${end}`, span)
    }
  }

  /** span_meta entries beyond the spans the lists hold become spans of their own. */
  private readMetaOnly(key: string, metas: JsonObject[]): void {
    const [start, end, label] = metas[0] ? triple(metas[0]) : []
    for (let nth = (this.seen.get(key) ?? 0) + 1; nth <= metas.length; nth++) {
      if (start === undefined || end === undefined || !isId(label)) continue
      if (boundsProblem(start, end, this.map.codePointLength)) continue
      this.report(
        `span_meta lists ${key} more often than the spans do: imported from span_meta`,
        true,
      )
      this.spans.push(this.spanOf(start, end, label, metas[nth - 1]))
    }
  }

  private spanOf(start: number, end: number, label: string, extra: JsonObject | undefined): Span {
    const span: Span = {
      id: this.ids.take(extra?.['id']),
      start: codePoints(start),
      end: codePoints(end),
      label,
      text: this.map.slice(start, end),
    }
    const attributes = attributeRecord(extra?.['attributes'], (k) =>
      this.report(`span ${span.id}: attribute ${k} is not kept`),
    )
    if (attributes) span.attributes = attributes
    const note = str(extra?.['note'])
    if (note) span.note = note
    const metaId = str(extra?.['id'])
    if (metaId !== undefined && !this.byMetaId.has(metaId)) this.byMetaId.set(metaId, span)
    return span
  }

  /** Relations between the imported spans; call after readSpans. */
  readRelations(): Relation[] {
    const relations: Relation[] = []
    const relIds = new IdPool('r')
    for (const r of Array.isArray(this.row['relations']) ? this.row['relations'] : []) {
      const bounds = (v: Json | undefined) =>
        Array.isArray(v) ? `${scalar(v[0])}:${scalar(v[1])}` : ''
      // By the ends' span_meta ids where given (two spans may share bounds), else by bounds.
      const end = (id: string, at: string) =>
        isObject(r)
          ? (this.byMetaId.get(str(r[id]) ?? '') ?? this.byBounds.get(bounds(r[at])))
          : undefined
      const from = end('head_id', 'head')
      const to = end('child_id', 'child')
      const type = isObject(r) ? r['label'] : undefined
      if (!isObject(r) || !from || !to)
        this.report('a relation links a span that was not imported: skipped')
      else if (!isId(type))
        this.report(`relation label ${JSON.stringify(type)} is not a valid id: skipped`)
      else relations.push({ id: relIds.take(r['id']), type, from: from.id, to: to.id })
    }
    return relations
  }
}
