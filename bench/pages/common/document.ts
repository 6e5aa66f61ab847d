/** The long document as the baseline pages load it: the same text and spans our backend serves. */
import type { Span } from '../../../shared/contract/model.ts'
import schema from '../../../assets/default-schema.json'

export interface BenchDocument {
  id: string
  title: string
  text: string
  /** Code point offsets, as stored. */
  spans: Span[]
}

export async function fetchDocument(): Promise<BenchDocument> {
  const response = await fetch('data/long.json')
  if (!response.ok) throw new Error(`data/long.json: ${response.status}`)
  return (await response.json()) as BenchDocument
}

type Hex = `#${string}`

function hex(color: string): Hex {
  if (!color.startsWith('#')) throw new Error(`${color} is not a hex color`)
  return color as Hex
}

/** Label colors and hotkeys of the default schema, as the app shows them. */
export const LABELS = new Map(schema.labels.map((l) => [l.id, hex(l.color)]))
export const HOTKEYS = new Map(schema.labels.map((l) => [l.hotkey, l.id]))

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (c) =>
    c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;',
  )
}
