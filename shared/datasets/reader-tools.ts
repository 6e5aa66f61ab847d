/** Small pieces every dataset reader needs: ids, lines, JSON and span checks. */
import {
  AnnotatorSchema,
  DocumentStatusSchema,
  IdSchema,
  type DocumentStatus,
} from '../contract/model.ts'
import type { OffsetMap } from '../text/offsets.ts'
import type { DatasetProblem } from './reader.ts'

export function isId(value: unknown): value is string {
  return IdSchema.safeParse(value).success
}

/** The same test without narrowing, for strings whose type must stay string. */
export function validId(value: string): boolean {
  return IdSchema.safeParse(value).success
}

export function asAnnotator(value: unknown): string | undefined {
  const parsed = AnnotatorSchema.safeParse(value)
  return parsed.success ? parsed.data : undefined
}

export function asStatus(value: unknown): DocumentStatus | undefined {
  const parsed = DocumentStatusSchema.safeParse(value)
  return parsed.success ? parsed.data : undefined
}

/** Ids for one document: the dataset's own when valid and unused, else `prefix` + a number. */
export class IdPool {
  private readonly used = new Set<string>()
  private next = 1

  constructor(private readonly prefix: string) {}

  take(wanted?: unknown): string {
    if (isId(wanted) && !this.used.has(wanted)) {
      this.used.add(wanted)
      return wanted
    }
    let id = `${this.prefix}${this.next++}`
    while (this.used.has(id)) id = `${this.prefix}${this.next++}`
    this.used.add(id)
    return id
  }
}

/** The non-empty lines of a file with their 1-based numbers (a final newline is no line). */
export function linesOf(text: string): { line: number; text: string }[] {
  return text
    .split('\n')
    .map((t, i) => ({ line: i + 1, text: t.replace(/\r$/, '') }))
    .filter((l) => l.text.trim() !== '')
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

/** JSON.parse that reports instead of throwing. */
export function parseJson(
  text: string,
  where: { file: string; line?: number },
  problems: DatasetProblem[],
): Json | undefined {
  try {
    return JSON.parse(text) as Json
  } catch (err) {
    problems.push({
      ...where,
      message: `not JSON: ${err instanceof Error ? err.message : String(err)}`,
    })
    return undefined
  }
}

export function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A JSON value as a key or in a message: scalars as they read, the rest as JSON. */
export function scalar(value: Json | undefined): string {
  if (value === undefined) return '?'
  return typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value)
}

export function str(value: Json | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined
}

export function int(value: Json | undefined): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) ? value : undefined
}

/** A reason the bounds [start, end) do not fit a text of `length` code points, or null. */
export function boundsProblem(
  start: number | undefined,
  end: number | undefined,
  length: number,
): string | null {
  if (start === undefined || end === undefined) return 'has no integer start and end'
  if (start < 0 || end > length)
    return `[${start}, ${end}) is outside the text (${length} code points)`
  if (end <= start) return `[${start}, ${end}) is empty`
  return null
}

/** Metadata as our documents hold it: strings only; anything else is reported. */
export function stringRecord(
  value: Json | undefined,
  report: (key: string) => void,
): Record<string, string> {
  const out: Record<string, string> = {}
  if (!isObject(value)) return out
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'string') out[k] = v
    else report(k)
  }
  return out
}

/** Checks that the text between code points is what the dataset quotes. */
export function quoteProblem(
  map: OffsetMap,
  start: number,
  end: number,
  quote: string | undefined,
): string | null {
  if (quote === undefined) return null
  const got = map.slice(start, end)
  return got === quote
    ? null
    : `the text there reads ${JSON.stringify(got)}, not ${JSON.stringify(quote)}`
}
