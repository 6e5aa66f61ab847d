/**
 * The corpus search language: words search the text; `label:ID` and
 * attribute conditions (`outcome:killed`, `best>10`, `low<=5`, `best=3`)
 * search annotations. Words, quoted phrases and conditions combine with AND;
 * with any annotation condition, the hits are the spans meeting all of them
 * whose text holds the words.
 */
import type { AttributeValue, Span } from '../contract/model.ts'
import { findMatch, fold, queryTerms } from '../text/search-terms.ts'

export type Comparison = ':' | '=' | '>' | '<' | '>=' | '<='

export interface Condition {
  key: string
  op: Comparison
  value: string
}

export interface CorpusQuery {
  /** The text part: what remains after the conditions, for the full-text search. */
  text: string
  /** Span label ids (any of them), upper-cased as ids are written. */
  labels: string[]
  conditions: Condition[]
}

const TOKEN = /"[^"]*"|\S+/g
const CONDITION = /^([\p{L}_][\p{L}\p{N}_-]*)(>=|<=|:|=|>|<)(.+)$/u

/** Splits a query into its text words and its annotation conditions. */
export function parseCorpusQuery(query: string): CorpusQuery {
  const words: string[] = []
  const labels: string[] = []
  const conditions: Condition[] = []
  for (const token of query.match(TOKEN) ?? []) {
    const m = token.startsWith('"') ? null : CONDITION.exec(token)
    const [, key = '', op = ':', raw = ''] = m ?? []
    const value = raw.replace(/^"|"$/g, '')
    if (!m || !value) words.push(token.replace(/^"|"$/g, ''))
    else if (key.toLowerCase() === 'label' && op === ':') labels.push(value.toUpperCase())
    else conditions.push({ key, op: op as Comparison, value })
  }
  return { text: words.join(' '), labels, conditions }
}

/** Whether the query asks about annotations (a label or an attribute), not the text alone. */
export function asksForSpans(query: CorpusQuery): boolean {
  return query.labels.length > 0 || query.conditions.length > 0
}

function meets(value: AttributeValue | undefined, c: Condition): boolean {
  if (value === undefined || value === null) return false
  if (c.op === ':') return fold(String(value)) === fold(c.value)
  const a = typeof value === 'number' ? value : Number(value)
  const b = Number(c.value)
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false
  switch (c.op) {
    case '=':
      return a === b
    case '>':
      return a > b
    case '<':
      return a < b
    case '>=':
      return a >= b
    case '<=':
      return a <= b
  }
}

/** Whether a span meets every label and attribute condition and its text holds the words. */
export function spanMatches(span: Span, query: CorpusQuery): boolean {
  if (query.labels.length > 0 && !query.labels.includes(span.label.toUpperCase())) return false
  const attributes = span.attributes ?? {}
  if (!query.conditions.every((c) => meets(attributes[c.key], c))) return false
  const terms = queryTerms(query.text)
  return terms.length === 0 || findMatch(span.text, terms) !== null
}

/** Problems a reader should hear about: a comparison whose value is not a number. */
export function queryProblems(query: CorpusQuery): string[] {
  return query.conditions
    .filter((c) => c.op !== ':' && !Number.isFinite(Number(c.value)))
    .map((c) => `${c.key}${c.op}${c.value}: a comparison needs a number`)
}
