/** The other places a span's text occurs, as proposals to review one by one. */
import { PhraseMatcher } from '../../shared/suggestions/phrase-matcher.ts'
import type { Suggestion } from '../../shared/suggestions/suggestions.ts'
import type { DocumentStore } from './document-store.ts'

/** Untagged occurrences of `quote` in the document, as proposals with this label. */
export function occurrencesOf(
  store: DocumentStore,
  quote: string,
  label: string,
  attributes: Suggestion['attributes'],
): Suggestion[] {
  const matcher = new PhraseMatcher<true>()
  matcher.add(quote, true)
  return matcher
    .match(store.text)
    .filter((m) => !store.findSame(m.start, m.end, label))
    .map((m) => {
      const span = store.makeSpan('x', label, m.start, m.end)
      return {
        start: span.start,
        end: span.end,
        label,
        text: span.text,
        source: 'corpus' as const,
        reason: `another occurrence of “${quote}”`,
        ...(attributes ? { attributes } : {}),
      }
    })
}
