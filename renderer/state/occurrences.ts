/** The other places a span's text occurs, as proposals to review one by one. */
import { PhraseMatcher } from '../../shared/suggestions/phrase-matcher.ts'
import type { Suggestion } from '../../shared/suggestions/suggestions.ts'
import type { DocumentStore, PlacedSuggestion } from './document-store.ts'

/**
 * Untagged occurrences of `quote` in the document, as proposals with this
 * label: placed at the UTF-16 bounds where they were found, with the
 * suggestion's code points worked out once.
 */
export function occurrencesOf(
  store: DocumentStore,
  quote: string,
  label: string,
  attributes: Suggestion['attributes'],
): PlacedSuggestion[] {
  const matcher = new PhraseMatcher<true>()
  matcher.add(quote, true)
  return matcher
    .match(store.text)
    .filter((m) => !store.findSame(m.start, m.end, label))
    .map(({ start, end }) => ({
      start,
      end,
      suggestion: {
        start: store.offsets.toCodePoint(start),
        end: store.offsets.toCodePoint(end),
        label,
        text: store.text.slice(start, end),
        source: 'corpus',
        reason: `another occurrence of “${quote}”`,
        ...(attributes ? { attributes } : {}),
      },
    }))
}
