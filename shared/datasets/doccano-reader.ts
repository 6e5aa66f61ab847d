/**
 * Reads doccano JSONL: `entities` ({id, label, start_offset, end_offset}) and
 * `relations` ({id, from_id, to_id, type}) from relation projects, or
 * `label` ([start, end, label] triples) from sequence-labeling exports.
 * Offsets are UTF-16 units unless the line (`offset_unit`) or the user says
 * code points. Other string fields become metadata; the rest is reported.
 */
import type { Relation, Span } from '../contract/model.ts'
import { codePoints, OffsetMap } from '../text/offsets.ts'
import type {
  DatasetFileIn,
  DatasetRead,
  ImportedDocument,
  DatasetParseOptions,
  DatasetProblem,
} from './reader.ts'
import {
  IdPool,
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
  'doc_id',
  'text',
  'title',
  'offset_unit',
  'entities',
  'relations',
  'label',
])

export function parseDoccanoDataset(
  files: readonly DatasetFileIn[],
  options: DatasetParseOptions,
): DatasetRead {
  const documents: ImportedDocument[] = []
  const problems: DatasetProblem[] = []
  for (const f of files) {
    for (const { line, text: raw } of linesOf(f.text)) {
      const row = parseJson(raw, { file: f.name, line }, problems)
      if (row === undefined) continue
      const text = isObject(row) ? str(row['text']) : undefined
      if (!isObject(row) || text === undefined) {
        problems.push({ file: f.name, line, message: 'not a doccano line: an object with "text"' })
        continue
      }
      const docId = str(row['doc_id']) ?? (typeof row['id'] === 'string' ? row['id'] : undefined)
      const report = (message: string) =>
        problems.push({ file: f.name, line, ...(docId ? { docId } : {}), message })
      const unit = row['offset_unit'] ?? options.offsetUnit ?? 'utf16'
      if (unit !== 'utf16' && unit !== 'codepoint') {
        report(`offset_unit ${JSON.stringify(unit)} is not utf16 or codepoint: skipped`)
        continue
      }
      const map = new OffsetMap(text)
      const cp = (n: number | undefined) =>
        n === undefined || unit === 'codepoint' ? n : map.toCodePoint(n)
      const entities: {
        id: Json | undefined
        label: Json | undefined
        start: number | undefined
        end: number | undefined
      }[] = []
      for (const e of Array.isArray(row['entities']) ? row['entities'] : []) {
        if (isObject(e))
          entities.push({
            id: e['id'],
            label: e['label'],
            start: cp(int(e['start_offset'])),
            end: cp(int(e['end_offset'])),
          })
        else report('an entity that is not an object is skipped')
      }
      for (const l of Array.isArray(row['label']) ? row['label'] : []) {
        if (Array.isArray(l))
          entities.push({ id: undefined, label: l[2], start: cp(int(l[0])), end: cp(int(l[1])) })
        else report('a label that is not [start, end, label] is skipped')
      }
      const ids = new IdPool('e')
      const byEntity = new Map<string, string>()
      const spans: Span[] = []
      for (const e of entities) {
        const bounds = boundsProblem(e.start, e.end, map.codePointLength)
        if (bounds || e.start === undefined || e.end === undefined)
          report(`entity ${scalar(e.id)} ${bounds ?? ''}: skipped`)
        else if (!isId(e.label))
          report(
            `entity ${scalar(e.id)}: label ${JSON.stringify(e.label)} is not a valid id: skipped`,
          )
        else {
          const id = ids.take(e.id === undefined ? undefined : `e${scalar(e.id)}`)
          if (e.id !== undefined) byEntity.set(scalar(e.id), id)
          spans.push({
            id,
            start: codePoints(e.start),
            end: codePoints(e.end),
            label: e.label,
            text: map.slice(e.start, e.end),
          })
        }
      }
      const relations: Relation[] = []
      const relIds = new IdPool('r')
      for (const r of Array.isArray(row['relations']) ? row['relations'] : []) {
        const from = isObject(r) ? byEntity.get(scalar(r['from_id'])) : undefined
        const to = isObject(r) ? byEntity.get(scalar(r['to_id'])) : undefined
        const type = isObject(r) ? r['type'] : undefined
        if (!isObject(r) || !from || !to)
          report('a relation links an entity that was not imported: skipped')
        else if (!isId(type))
          report(`relation type ${JSON.stringify(type)} is not a valid id: skipped`)
        else
          relations.push({
            id: relIds.take(r['id'] === undefined ? undefined : `r${scalar(r['id'])}`),
            type,
            from,
            to,
          })
      }
      const metadata: Record<string, string> = {}
      for (const [k, v] of Object.entries(row)) {
        if (KNOWN.has(k)) continue
        if (typeof v === 'string') metadata[k] = v
        else if (!(Array.isArray(v) && v.length === 0))
          report(`field "${k}" is not a string: not kept`)
      }
      const doc: ImportedDocument = { file: f.name, line, text, metadata, spans, relations }
      if (docId !== undefined) doc.id = docId
      const title = str(row['title'])
      if (title !== undefined) doc.title = title
      documents.push(doc)
    }
  }
  return { documents, problems }
}
