/**
 * Reads our JSONL (see jsonl.ts): one document per line, everything our
 * export writes comes back as it was, so export -> import -> export is byte
 * for byte the same. Offsets are code points unless a line says
 * `"offset_unit": "utf16"`.
 */
import type { AttributeValue, Relation, Span } from '../contract/model.ts'
import { codePoints, OffsetMap, type CodePointOffset } from '../text/offsets.ts'
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
  quoteProblem,
  str,
  stringRecord,
  type Json,
} from './reader-tools.ts'

const DOCUMENT_KEYS = new Set([
  'id',
  'title',
  'text',
  'sha256',
  'offset_unit',
  'annotator',
  'status',
  'note',
  'metadata',
  'spans',
  'relations',
])
const SPAN_KEYS = new Set([
  'id',
  'start',
  'end',
  'label',
  'text',
  'attributes',
  'note',
  'fragments',
])

/** Attribute values our model holds; others are reported by key. */
export function attributeRecord(
  value: Json | undefined,
  report: (key: string) => void,
): Record<string, AttributeValue> | undefined {
  if (!isObject(value)) return undefined
  const out: Record<string, AttributeValue> = {}
  for (const [k, v] of Object.entries(value)) {
    if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
      out[k] = v
    else report(k)
  }
  return Object.keys(out).length ? out : undefined
}

export function readJsonlLine(
  raw: Json | undefined,
  file: string,
  line: number,
  problems: DatasetProblem[],
): ImportedDocument | null {
  const where = { file, line }
  if (raw === undefined) return null
  if (!isObject(raw) || typeof raw['text'] !== 'string') {
    problems.push({ ...where, message: 'not a document: a JSON object with a "text" string' })
    return null
  }
  const text = raw['text']
  const docId = str(raw['id'])
  const report = (message: string) =>
    problems.push({ ...where, ...(docId ? { docId } : {}), message })
  const warn = (message: string) =>
    problems.push({ ...where, ...(docId ? { docId } : {}), message, warning: true })
  for (const key of Object.keys(raw))
    if (!DOCUMENT_KEYS.has(key))
      report(`field "${key}" is not kept (Spanbench has no place for it)`)
  const unit = raw['offset_unit'] ?? 'codepoint'
  if (unit !== 'codepoint' && unit !== 'utf16') {
    report(`offset_unit ${JSON.stringify(unit)} is not codepoint or utf16: the line is skipped`)
    return null
  }
  const map = new OffsetMap(text)
  const cp = (n: number | undefined) =>
    n === undefined ? n : unit === 'codepoint' ? codePoints(n) : map.toCodePoint(n)
  const ids = new IdPool('s')
  const spanIds = new Map<string, string>()
  const spans: Span[] = []
  for (const s of Array.isArray(raw['spans']) ? raw['spans'] : []) {
    if (!isObject(s)) {
      report('a span that is not an object is skipped')
      continue
    }
    const name = str(s['id']) ?? '?'
    const start = cp(int(s['start']))
    const end = cp(int(s['end']))
    const label = s['label']
    const bounds = boundsProblem(start, end, map.codePointLength)
    if (bounds || start === undefined || end === undefined) {
      report(`span ${name} ${bounds ?? ''}: skipped`)
      continue
    }
    if (!isId(label)) {
      report(`span ${name}: label ${JSON.stringify(label)} is not a valid label id: skipped`)
      continue
    }
    const quote = quoteProblem(map, start, end, str(s['text']))
    if (quote) {
      report(`span ${name}: ${quote}: skipped`)
      continue
    }
    for (const key of Object.keys(s))
      if (!SPAN_KEYS.has(key)) report(`span ${name}: field "${key}" is not kept`)
    const id = ids.take(s['id'])
    if (id !== s['id'] && s['id'] !== undefined)
      warn(`span ${name} gets the id ${id} (its own is not a valid or unique id)`)
    if (typeof s['id'] === 'string') spanIds.set(s['id'], id)
    const attributes = attributeRecord(s['attributes'], (k) =>
      report(`span ${name}: attribute ${k} is not a string, number, boolean or null: not kept`),
    )
    const fragments = fragmentsOf(s['fragments'], cp)
    const span: Span = { id, start, end, label, text: map.slice(start, end) }
    if (attributes) span.attributes = attributes
    if (typeof s['note'] === 'string' && s['note']) span.note = s['note']
    if (fragments) span.fragments = fragments
    spans.push(span)
  }
  const relations = readRelations(raw['relations'], spanIds, report, warn)
  const doc: ImportedDocument = {
    file,
    line,
    text,
    metadata: stringRecord(raw['metadata'], (k) =>
      report(`metadata ${k} is not a string: not kept`),
    ),
    spans,
    relations,
  }
  if (docId !== undefined) doc.id = docId
  if (typeof raw['sha256'] === 'string') doc.sha256 = raw['sha256']
  if (typeof raw['title'] === 'string') doc.title = raw['title']
  const annotator = asAnnotator(raw['annotator'])
  if (annotator) doc.annotator = annotator
  else if (raw['annotator'] !== undefined)
    warn(`annotator ${JSON.stringify(raw['annotator'])} is not a valid name`)
  const status = asStatus(raw['status'])
  if (status) doc.status = status
  else if (raw['status'] !== undefined)
    report(`status ${JSON.stringify(raw['status'])} is not one Spanbench knows`)
  if (typeof raw['note'] === 'string' && raw['note']) doc.note = raw['note']
  return doc
}

function fragmentsOf(
  value: Json | undefined,
  cp: (n: number | undefined) => CodePointOffset | undefined,
): [CodePointOffset, CodePointOffset][] | undefined {
  if (!Array.isArray(value)) return undefined
  const out: [CodePointOffset, CodePointOffset][] = []
  for (const f of value) {
    if (!Array.isArray(f)) return undefined
    const a = cp(int(f[0]))
    const b = cp(int(f[1]))
    if (a === undefined || b === undefined) return undefined
    out.push([a, b])
  }
  return out.length > 1 ? out : undefined
}

/** Relations whose ends are kept spans (by the dataset's span ids). */
export function readRelations(
  value: Json | undefined,
  spanIds: ReadonlyMap<string, string>,
  report: (message: string) => void,
  warn: (message: string) => void,
): Relation[] {
  const ids = new IdPool('r')
  const out: Relation[] = []
  for (const r of Array.isArray(value) ? value : []) {
    if (!isObject(r)) {
      report('a relation that is not an object is skipped')
      continue
    }
    const name = str(r['id']) ?? '?'
    const from = spanIds.get(str(r['from']) ?? '')
    const to = spanIds.get(str(r['to']) ?? '')
    if (!from || !to) {
      report(`relation ${name} links a span that was not imported: skipped`)
      continue
    }
    if (!isId(r['type'])) {
      report(`relation ${name}: type ${JSON.stringify(r['type'])} is not a valid id: skipped`)
      continue
    }
    const id = ids.take(r['id'])
    if (id !== r['id'] && r['id'] !== undefined) warn(`relation ${name} gets the id ${id}`)
    out.push({ id, type: r['type'], from, to })
  }
  return out
}

/** Reads JSONL files in our format. */
export function parseJsonlDataset(files: readonly DatasetFileIn[]): DatasetRead {
  const documents: ImportedDocument[] = []
  const problems: DatasetProblem[] = []
  for (const f of files) {
    for (const { line, text } of linesOf(f.text)) {
      const doc = readJsonlLine(
        parseJson(text, { file: f.name, line }, problems),
        f.name,
        line,
        problems,
      )
      if (doc) documents.push(doc)
    }
  }
  return { documents, problems }
}
