/**
 * Reads Label Studio's JSON export (an array of tasks). Each annotation of a
 * task becomes one annotator's set (named by `completed_by`, or by the
 * `meta.annotator` our writer adds). `labels` regions are spans (offsets in
 * code points, as Label Studio counts; a region's text may show a line break
 * as `\n`, as Label Studio's editor writes it); per-region `choices`, `number`,
 * `rating` and `textarea` results are attributes, the "note" textarea the
 * span's note; `relation` results are relations. Document-level
 * classifications become metadata. Anything else is reported.
 */
import type {
  AttributeType,
  AttributeValue,
  LabelSchema,
  Relation,
  Span,
} from '../contract/model.ts'
import { ATTRIBUTE_TYPES } from '../corpus/attribute-types.ts'
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
  asAnnotator,
  asStatus,
  boundsProblem,
  int,
  isId,
  isObject,
  parseJson,
  quoteProblem,
  str,
  validId,
  type Json,
} from './reader-tools.ts'

const NOTE = 'note'

/** An annotator name for Label Studio's `completed_by` (a user id, or an object with an email). */
function annotatorOf(
  completedBy: Json | undefined,
  fallback: string | undefined,
): string | undefined {
  if (isObject(completedBy)) {
    const email = str(completedBy['email'])
    const name = email?.split('@')[0]?.replace(/[^A-Za-z0-9._-]/g, '-')
    if (name) return asAnnotator(name)
  }
  if (typeof completedBy === 'number') return asAnnotator(`labelstudio-${completedBy}`)
  return fallback
}

function valueOf(
  type: string,
  value: { [key: string]: Json },
  def: { type: AttributeType } | undefined,
): AttributeValue | undefined {
  if (type === 'number') return typeof value['number'] === 'number' ? value['number'] : undefined
  if (type === 'rating') return typeof value['rating'] === 'number' ? value['rating'] : undefined
  if (type === 'textarea') {
    const t = value['text']
    return Array.isArray(t) ? t.filter((x) => typeof x === 'string').join('\n') : str(t)
  }
  if (type === 'choices') {
    const c = value['choices']
    const first = Array.isArray(c) && c.length === 1 ? str(c[0]) : undefined
    if (first === undefined) return undefined
    return def ? ATTRIBUTE_TYPES[def.type].labelStudio.fromChoice(first) : first
  }
  return undefined
}

/**
 * The region's text as a quote to check: Label Studio's editor shows a line
 * break inside a region as the two characters `\\n`, so that form matches too.
 */
function labelStudioQuote(map: OffsetMap, start: number, end: number, text: Json | undefined) {
  const quote = str(text)
  const exact = map.slice(start, end)
  return quote === exact.replace(/[\n\r]/g, '\\n') ? exact : quote
}

interface TaskContext {
  /** The task's meta says its offsets are UTF-16 units (an older Spanbench export). */
  utf16: boolean
  file: string
  index: number
  text: string
  docId: string | undefined
  schema: LabelSchema | undefined
  problems: DatasetProblem[]
}

function readResults(results: readonly Json[], ctx: TaskContext, metadata: Record<string, string>) {
  const map = new OffsetMap(ctx.text)
  // Label Studio counts code points; earlier Spanbench exports counted UTF-16 and said so in meta.
  const fromUnit = (n: number | undefined) =>
    n === undefined ? n : ctx.utf16 ? map.toCodePoint(n) : codePoints(n)
  const report = (message: string, warning?: true) =>
    ctx.problems.push({
      file: ctx.file,
      line: ctx.index + 1,
      ...(ctx.docId ? { docId: ctx.docId } : {}),
      message: `task ${ctx.index + 1}: ${message}`,
      ...(warning ? { warning } : {}),
    })
  const ids = new IdPool('s')
  const spans = new Map<string, Span[]>()
  const relations: Relation[] = []
  const objects = results.filter(isObject)
  if (objects.length < results.length) report('a result that is not an object is skipped')
  for (const r of objects) {
    if (r['type'] !== 'labels') continue
    const value = isObject(r['value']) ? r['value'] : {}
    const name = str(r['id']) ?? '?'
    const start = fromUnit(int(value['start']))
    const end = fromUnit(int(value['end']))
    const bounds = boundsProblem(start, end, map.codePointLength)
    const labels = Array.isArray(value['labels']) ? value['labels'].filter(isId) : []
    if (bounds || start === undefined || end === undefined)
      report(`region ${name} ${bounds ?? ''}: skipped`)
    else if (labels.length === 0) report(`region ${name} has no valid label: skipped`)
    else {
      const quote = quoteProblem(map, start, end, labelStudioQuote(map, start, end, value['text']))
      if (quote) report(`region ${name}: ${quote}: skipped`)
      else
        spans.set(
          name,
          labels.map((label) => ({
            id: ids.take(r['id']),
            start,
            end,
            label,
            text: map.slice(start, end),
          })),
        )
    }
  }
  for (const r of objects) {
    const type = str(r['type']) ?? ''
    if (type === 'labels') continue
    if (type === 'relation') {
      const from = spans.get(str(r['from_id']) ?? '')?.[0]
      const to = spans.get(str(r['to_id']) ?? '')?.[0]
      const labels = Array.isArray(r['labels']) ? r['labels'].filter(isId) : []
      if (!from || !to) report(`a relation links a region that was not imported: skipped`)
      else {
        if (labels.length === 0)
          report(`a relation from ${from.id} to ${to.id} has no label: imported as "related"`, true)
        const [a, b] = r['direction'] === 'left' ? [to, from] : [from, to]
        for (const t of labels.length ? labels : ['related'])
          relations.push({ id: `r${relations.length + 1}`, type: t, from: a.id, to: b.id })
      }
      continue
    }
    const value = isObject(r['value']) ? r['value'] : {}
    const fromName = str(r['from_name']) ?? ''
    const region = spans.get(str(r['id']) ?? '')
    if (!region) {
      // A result on the whole text (a document classification) is kept as metadata.
      const v = valueOf(type, value, undefined)
      if (v !== undefined && v !== null && fromName) metadata[fromName] = String(v)
      else report(`a ${type} result "${fromName}" belongs to no imported region: skipped`)
      continue
    }
    for (const span of region) {
      const def = ctx.schema?.labels
        .find((l) => l.id === span.label)
        ?.attributes.find((a) => a.id === fromName)
      const v = valueOf(type, value, def)
      if (v === undefined)
        report(
          `region ${span.id}: a ${type} result "${fromName}" has no value Spanbench can hold: skipped`,
        )
      else if (fromName === NOTE && typeof v === 'string') span.note = v
      else if (!validId(fromName))
        report(`region ${span.id}: "${fromName}" is not a valid attribute id: skipped`)
      else span.attributes = { ...span.attributes, [fromName]: v }
    }
  }
  return { spans: [...spans.values()].flat(), relations }
}

/** Reads Label Studio JSON exports. */
export function parseLabelStudioDataset(
  files: readonly DatasetFileIn[],
  options: DatasetParseOptions,
): DatasetRead {
  const documents: ImportedDocument[] = []
  const problems: DatasetProblem[] = []
  for (const f of files) {
    const parsed = parseJson(f.text, { file: f.name }, problems)
    if (parsed === undefined) continue
    const tasks = Array.isArray(parsed) ? parsed : [parsed]
    tasks.forEach((task, index) => {
      const where = { file: f.name, line: index + 1 }
      const data = isObject(task) && isObject(task['data']) ? task['data'] : undefined
      const text = str(data?.['text'])
      if (!isObject(task) || !data || text === undefined) {
        problems.push({ ...where, message: `task ${index + 1} has no data.text: skipped` })
        return
      }
      const docId = str(data['doc_id'])
      const meta = isObject(task['meta']) ? task['meta'] : {}
      const metadata: Record<string, string> = {}
      for (const [k, v] of Object.entries(data)) {
        if (k === 'text' || k === 'doc_id' || k === 'title') continue
        if (typeof v === 'string') metadata[k] = v
        else
          problems.push({
            ...where,
            message: `task ${index + 1}: data.${k} is not a string: not kept`,
          })
      }
      const annotations = (Array.isArray(task['annotations']) ? task['annotations'] : []).filter(
        (a) => isObject(a) && a['was_cancelled'] !== true,
      )
      const utf16 = meta['offset_unit'] === 'utf16'
      const ctx = { utf16, file: f.name, index, text, docId, schema: options.schema, problems }
      for (const a of annotations.length ? annotations : [null]) {
        const results = isObject(a) && Array.isArray(a['result']) ? a['result'] : []
        const docMetadata = { ...metadata }
        const { spans, relations } = readResults(results, ctx, docMetadata)
        const single = annotations.length <= 1 ? asAnnotator(meta['annotator']) : undefined
        const annotator = isObject(a) ? annotatorOf(a['completed_by'], single) : single
        const doc: ImportedDocument = {
          file: f.name,
          line: index + 1,
          text,
          metadata: docMetadata,
          spans,
          relations,
        }
        if (docId !== undefined) doc.id = docId
        const title = str(data['title'])
        if (title !== undefined) doc.title = title
        if (annotator) doc.annotator = annotator
        const status = asStatus(meta['status'])
        if (status) doc.status = status
        const note = str(meta['note'])
        if (note) doc.note = note
        documents.push(doc)
      }
    })
  }
  return { documents, problems }
}
