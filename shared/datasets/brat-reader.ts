/**
 * Reads a brat standoff collection: `<doc>.txt` with `<doc>.ann`, and the
 * collection's annotation.conf / visual.conf when present. T lines become
 * spans (several fragments make a discontinuous span), R lines relations,
 * A and M lines attributes, `#` lines notes (AnnotatorNotes) or, with any
 * other type, attributes. Events, normalizations and equivalences have no
 * place in our model: each is reported by file and line.
 */
import type {
  AttributeDef,
  AttributeValue,
  LabelSchema,
  Relation,
  Span,
} from '../contract/model.ts'
import { codePoints, OffsetMap, type CodePointOffset } from '../text/offsets.ts'
import { NOTE_TYPE, unescapeNote } from './brat-standoff.ts'
import { parseAnnotationConf } from './brat-conf.ts'
import { ATTRIBUTE_TYPES } from '../corpus/attribute-types.ts'
import type {
  DatasetFileIn,
  DatasetRead,
  ImportedDocument,
  DatasetParseOptions,
  DatasetProblem,
} from './reader.ts'
import { isId } from './reader-tools.ts'

/** The definition of attribute `id` on `label`, in the corpus schema or else the declared one. */
function attributeDef(
  schemas: readonly (LabelSchema | undefined)[],
  label: string,
  id: string,
): AttributeDef | undefined {
  for (const schema of schemas) {
    const def = schema?.labels.find((l) => l.id === label)?.attributes.find((a) => a.id === id)
    if (def) return def
  }
  return undefined
}

interface AnnContext {
  file: string
  docId: string
  text: string
  schemas: readonly (LabelSchema | undefined)[]
  problems: DatasetProblem[]
}

/** Spans and relations of one .ann file. */
export function readAnn(ann: string, ctx: AnnContext): { spans: Span[]; relations: Relation[] } {
  const map = new OffsetMap(ctx.text)
  const spans = new Map<string, Span>()
  const relations: Relation[] = []
  const later: { line: number; id: string; rest: string }[] = []
  const report = (line: number, message: string, warning?: true) =>
    ctx.problems.push({
      file: ctx.file,
      line,
      docId: ctx.docId,
      message,
      ...(warning ? { warning } : {}),
    })
  ann.split('\n').forEach((raw, i) => {
    const line = i + 1
    const text = raw.replace(/\r$/, '')
    if (!text.trim()) return
    const tab = text.indexOf('\t')
    const id = tab < 0 ? '' : text.slice(0, tab)
    const rest = tab < 0 ? '' : text.slice(tab + 1)
    if (!/^([A-Za-z]+|#[A-Za-z]*)[0-9]+$/.test(id) && id !== '*') {
      report(line, `not a brat annotation line: ${JSON.stringify(text.slice(0, 40))}`)
      return
    }
    if (id.startsWith('T')) {
      const span = textBound(id, rest, map, (m) => report(line, m))
      if (span) spans.set(id, span)
    } else later.push({ line, id, rest })
  })
  for (const { line, id, rest } of later) {
    const kind = id.startsWith('#') ? '#' : id.replace(/[0-9]+$/, '')
    const fail = (m: string, warning?: true) => report(line, `${id}: ${m}`, warning)
    if (kind === 'R') {
      const [type = '', a1 = '', a2 = ''] = rest.split(/\s+/)
      const from = a1.split(':')[1] ?? ''
      const to = a2.split(':')[1] ?? ''
      if (!spans.has(from) || !spans.has(to))
        fail('a relation argument is not a text-bound annotation that was read')
      else if (!isId(type)) fail(`relation type ${JSON.stringify(type)} is not a valid id`)
      else relations.push({ id, type, from, to })
    } else if (kind === 'A' || kind === 'M') {
      const [name = '', target = '', ...value] = rest.split(' ')
      const span = spans.get(target)
      if (!span)
        fail(`attributes of ${target || 'nothing'} have no place (only spans have attributes)`)
      else if (!isId(name)) fail(`attribute ${JSON.stringify(name)} is not a valid id`)
      else setAttribute(span, name, value.length ? value.join(' ') : true, ctx.schemas, fail)
    } else if (kind === '#') {
      const tab = rest.indexOf('\t')
      const [type = '', target = ''] = (tab < 0 ? rest : rest.slice(0, tab)).split(' ')
      const body = unescapeNote(tab < 0 ? '' : rest.slice(tab + 1))
      const span = spans.get(target)
      if (!span) fail(`notes on ${target || 'nothing'} have no place (only spans have notes)`)
      else if (type === NOTE_TYPE) span.note = span.note ? `${span.note}\n${body}` : body
      else if (!isId(type)) fail(`note type ${JSON.stringify(type)} is not a valid attribute id`)
      else setAttribute(span, type, body, ctx.schemas, fail)
    } else {
      const what =
        kind === 'E'
          ? 'an event'
          : kind === 'N'
            ? 'a normalization'
            : kind === '*'
              ? 'an equivalence'
              : `a ${kind} line`
      fail(`${what} has no place in Spanbench's model: not imported`)
    }
  }
  return { spans: [...spans.values()], relations }
}

function textBound(
  id: string,
  rest: string,
  map: OffsetMap,
  fail: (m: string) => void,
): Span | null {
  const m = /^(\S+) ([0-9]+ [0-9]+(?:;[0-9]+ [0-9]+)*)\t?(.*)$/s.exec(rest)
  if (!m) {
    fail(`${id}: not "TYPE START END<TAB>TEXT"`)
    return null
  }
  const [, label = '', offsets = '', quote = ''] = m
  const fragments = offsets
    .split(';')
    // brat counts characters as Python does: code points.
    .map((f): [CodePointOffset, CodePointOffset] => {
      const [a = 0, b = 0] = f.split(' ').map(Number)
      return [codePoints(a), codePoints(b)]
    })
    .sort((a, b) => a[0] - b[0])
  const start = fragments[0]?.[0] ?? codePoints(0)
  const end = fragments[fragments.length - 1]?.[1] ?? codePoints(0)
  if (
    fragments.some(([a, b], i) => b <= a || a < (fragments[i - 1]?.[1] ?? 0)) ||
    end > map.codePointLength
  ) {
    fail(`${id}: offsets ${offsets} are empty, overlap or lie outside the text`)
    return null
  }
  const expected = fragments.map(([a, b]) => map.slice(a, b)).join(' ')
  if (quote !== expected) {
    fail(`${id}: the text there reads ${JSON.stringify(expected)}, not ${JSON.stringify(quote)}`)
    return null
  }
  if (!isId(label)) {
    fail(`${id}: type ${JSON.stringify(label)} is not a valid label id`)
    return null
  }
  const span: Span = { id, start, end, label, text: map.slice(start, end) }
  if (fragments.length > 1) span.fragments = fragments
  return span
}

function setAttribute(
  span: Span,
  id: string,
  raw: string | true,
  schemas: readonly (LabelSchema | undefined)[],
  fail: (m: string, warning?: true) => void,
): void {
  const def = attributeDef(schemas, span.label, id)
  let value: AttributeValue = raw
  if (raw !== true && def) {
    const read = ATTRIBUTE_TYPES[def.type].brat.read(raw, def.options)
    value = read.value
    if (read.problem) fail(`${id} of ${span.id} ${read.problem}`, true)
  }
  if (span.attributes?.[id] !== undefined) fail(`${span.id} has ${id} twice: the last one is kept`)
  span.attributes = { ...span.attributes, [id]: value }
}

function baseName(path: string, ext: string): string {
  return path.slice(0, -ext.length)
}

/** Reads a brat collection from its files (any folder depth). */
export function parseBratDataset(
  files: readonly DatasetFileIn[],
  options: DatasetParseOptions,
): DatasetRead {
  const problems: DatasetProblem[] = []
  const byName = new Map(files.map((f) => [f.name, f]))
  const confFile = files.find((f) => /(^|\/)annotation\.conf$/.test(f.name))
  const visualFile = files.find((f) => /(^|\/)visual\.conf$/.test(f.name))
  const conf = confFile ? parseAnnotationConf(confFile.text, visualFile?.text ?? '') : undefined
  for (const p of conf?.problems ?? [])
    problems.push({ file: confFile?.name ?? 'annotation.conf', message: p })
  const schemas = [options.schema, conf?.schema]
  const documents: ImportedDocument[] = []
  for (const f of files) {
    if (f.name.endsWith('.ann') && !byName.has(`${baseName(f.name, '.ann')}.txt`))
      problems.push({ file: f.name, message: 'no .txt file beside it: not imported' })
    if (!f.name.endsWith('.txt')) continue
    const stem = baseName(f.name, '.txt')
    const name = stem.split('/').pop() ?? stem
    const annFile = byName.get(`${stem}.ann`)
    // brat reads .txt files with universal newlines: its offsets count a CRLF as one character.
    const text = f.text.replace(/\r\n?/g, '\n')
    const ctx = { file: annFile?.name ?? f.name, docId: name, text, schemas, problems }
    const { spans, relations } = annFile ? readAnn(annFile.text, ctx) : { spans: [], relations: [] }
    const doc: ImportedDocument = { file: f.name, text, metadata: {}, spans, relations }
    if (isId(name)) doc.id = name
    documents.push(doc)
  }
  return { documents, problems, ...(conf ? { schema: conf.schema } : {}) }
}
