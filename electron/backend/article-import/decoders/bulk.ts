/**
 * Bulk files: JSON Lines (one object per line) and CSV/TSV (one row per
 * record, a header naming the columns). Each record is one document; the text
 * and title fields are named by the user or detected from common names, and
 * every other scalar field is kept as metadata. A bad record is reported by
 * its line or row and the others go on.
 */
import { parse } from 'csv-parse/sync'
import { SpanbenchError } from '../../store/errors.ts'
import { decodeText } from './decode-text.ts'
import type {
  DecodedDocument,
  DecodedFile,
  DecodeOptions,
  DecodeProblem,
  Decoder,
} from './types.ts'

type Fields = NonNullable<DecodeOptions['fields']>
type Role = keyof Fields

/** Common names for each role, most specific first (matched case-insensitively). */
const CANDIDATES: Record<Role, string[]> = {
  text: [
    'text',
    'body',
    'content',
    'full_text',
    'fulltext',
    'article_text',
    'article_content',
    'article_body',
    'article',
    'story',
    'maintext',
    'description',
  ],
  title: ['title', 'headline', 'article_title', 'heading', 'name'],
  url: ['url', 'link', 'source_url', 'permalink', 'href', 'uri'],
  date: [
    'date',
    'published',
    'publish_date',
    'published_at',
    'pubdate',
    'date_publish',
    'datetime',
    'timestamp',
    'created_at',
  ],
}

type Row = Record<string, unknown>

export const decodeJsonl: Decoder = (name, bytes, options) => {
  const decoded = decodeText(name, bytes, options.encoding)
  const rows: { part: string; row: Row | string }[] = []
  decoded.text.split('\n').forEach((line, i) => {
    if (line.trim().length === 0) return
    const part = `line ${i + 1}`
    try {
      const value: unknown = JSON.parse(line)
      rows.push({ part, row: isRow(value) ? value : 'is not a JSON object' })
    } catch (err) {
      rows.push({
        part,
        row: `is not valid JSON (${err instanceof Error ? err.message : String(err)})`,
      })
    }
  })
  const keys = [
    ...new Set(rows.flatMap((r) => (typeof r.row === 'string' ? [] : Object.keys(r.row)))),
  ]
  return Promise.resolve(
    records(name, 'jsonl', decoded.note, decoded.encoding, rows, keys, options.fields),
  )
}

export const decodeCsv: Decoder = (name, bytes, options) => {
  const decoded = decodeText(name, bytes, options.encoding)
  const delimiter = name.toLowerCase().endsWith('.tsv') ? '\t' : guessDelimiter(decoded.text)
  let table: string[][]
  try {
    table = parse(decoded.text, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      bom: true,
    })
  } catch (err) {
    throw new SpanbenchError(
      'bad_request',
      `${name}: not valid CSV (${err instanceof Error ? err.message : String(err)})`,
    )
  }
  const [header, ...body] = table
  if (!header || body.length === 0) {
    throw new SpanbenchError(
      'bad_request',
      `${name}: needs a header row and at least one row of data`,
    )
  }
  const keys = header.map((h) => h.trim())
  const rows = body.map((cells, i) => ({
    part: `row ${i + 1}`,
    row: Object.fromEntries(keys.map((k, j) => [k, cells[j] ?? ''])),
  }))
  return Promise.resolve(
    records(name, 'csv', decoded.note, decoded.encoding, rows, keys, options.fields),
  )
}

function records(
  name: string,
  format: 'jsonl' | 'csv',
  note: string,
  encoding: string,
  rows: readonly { part: string; row: Row | string }[],
  keys: readonly string[],
  given: Fields | undefined,
): DecodedFile {
  if (rows.length === 0) throw new SpanbenchError('bad_request', `${name}: holds no records`)
  const fields = resolveFields(name, keys, given)
  const documents = rows.map(({ part, row }): DecodedDocument | DecodeProblem => {
    if (typeof row === 'string') return { part, message: `${name} ${part}: ${row}` }
    const text = scalar(row[fields.text])
    if (!text || text.trim().length === 0) {
      return { part, message: `${name} ${part}: no text in field "${fields.text}"` }
    }
    const metadata: Record<string, string> = {}
    for (const [key, value] of Object.entries(row)) {
      if (key === fields.text || key === fields.title || key === fields.url) continue
      const v = scalar(value)
      if (v !== undefined && v.trim().length > 0) metadata[key === fields.date ? 'date' : key] = v
    }
    const title = fields.title ? scalar(row[fields.title])?.trim() : undefined
    const url = fields.url ? scalar(row[fields.url])?.trim() : undefined
    return { part, text, metadata, ...(title ? { title } : {}), ...(url ? { url } : {}) }
  })
  const described = `text from "${fields.text}"${fields.title ? `, title from "${fields.title}"` : ''}`
  return { format, encoding, note: `${rows.length} records, ${described}; ${note}`, documents }
}

/** The user's field names, checked against the file, or the first common name present. */
function resolveFields(
  name: string,
  keys: readonly string[],
  given: Fields | undefined,
): { text: string } & Partial<Record<Exclude<Role, 'text'>, string>> {
  const find = (role: Role): string | undefined => {
    const wanted = given?.[role]
    if (wanted !== undefined) {
      if (!keys.includes(wanted)) {
        throw new SpanbenchError(
          'bad_request',
          `${name}: no field "${wanted}" for the ${role} (fields: ${keys.join(', ')})`,
        )
      }
      return wanted
    }
    const lower = new Map(keys.map((k) => [k.toLowerCase(), k]))
    for (const candidate of CANDIDATES[role]) {
      const key = lower.get(candidate)
      if (key !== undefined) return key
    }
    return undefined
  }
  const text = find('text')
  if (text === undefined) {
    throw new SpanbenchError(
      'bad_request',
      `${name}: no text field found (fields: ${keys.join(', ')}); name one (--text-field)`,
    )
  }
  const out: { text: string } & Partial<Record<Exclude<Role, 'text'>, string>> = { text }
  for (const role of ['title', 'url', 'date'] as const) {
    const key = find(role)
    if (key !== undefined && key !== text) out[role] = key
  }
  return out
}

function isRow(value: unknown): value is Row {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Strings, numbers and booleans become strings; objects and arrays are left out. */
function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return undefined
}

/** The delimiter used most in the first line: comma, semicolon or tab. */
function guessDelimiter(text: string): string {
  const end = text.indexOf('\n')
  const first = end < 0 ? text : text.slice(0, end)
  const counts = [',', ';', '\t'].map((d) => [d, first.split(d).length - 1] as const)
  return counts.reduce((best, c) => (c[1] > best[1] ? c : best))[0]
}
