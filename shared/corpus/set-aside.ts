/**
 * Spans a file holds that do not fit the document's text (an end beyond it,
 * or a quote that differs from what the offsets cover: a hand edit, another
 * tool, a damaged sync). They are set aside when the file is read: the
 * document opens without them and says why, exports leave them out, and a
 * save writes them back as they were (with the relations that name them), so
 * they are never lost and never taken as valid. `spanbench validate` lists them.
 */
import type { AnnotationSet, Span } from '../contract/model.ts'
import { OffsetMap } from '../text/offsets.ts'

export interface SetAside {
  spans: Span[]
  relations: AnnotationSet['relations']
  /** One line per span: which and why. */
  reasons: string[]
}

export const NOTHING_SET_ASIDE: SetAside = { spans: [], relations: [], reasons: [] }

/** Why a span does not fit the text, or null when it does. */
export function spanMisfit(span: Span, text: OffsetMap): string | null {
  if (span.end > text.codePointLength || span.start >= span.end)
    return `span ${span.id}: offsets ${span.start}-${span.end} are outside the text (length ${text.codePointLength})`
  const actual = text.slice(span.start, span.end)
  if (actual !== span.text)
    return `span ${span.id}: text ${JSON.stringify(span.text)} does not match ${JSON.stringify(actual)} at ${span.start}-${span.end}`
  return null
}

/**
 * The set without the spans that do not fit `text` (and their relations), and
 * what was set aside; `text` as a string or, where one is kept, its offset map.
 */
export function setAsideMisfits<T extends Pick<AnnotationSet, 'spans' | 'relations'>>(
  set: T,
  text: string | OffsetMap,
): { set: T; setAside: SetAside } {
  const map = typeof text === 'string' ? new OffsetMap(text) : text
  const spans: Span[] = []
  const aside: SetAside = { spans: [], relations: [], reasons: [] }
  for (const span of set.spans) {
    const misfit = spanMisfit(span, map)
    if (misfit === null) spans.push(span)
    else {
      aside.spans.push(span)
      aside.reasons.push(misfit)
    }
  }
  if (!aside.spans.length) return { set, setAside: NOTHING_SET_ASIDE }
  const gone = new Set(aside.spans.map((s) => s.id))
  const relations = set.relations.filter((r) => {
    const keep = !gone.has(r.from) && !gone.has(r.to)
    if (!keep) aside.relations.push(r)
    return keep
  })
  return { set: { ...set, spans, relations }, setAside: aside }
}
