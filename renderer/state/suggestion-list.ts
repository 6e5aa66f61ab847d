/**
 * The open document's proposed highlights, shown dashed until accepted or
 * rejected, in reading order, and which one to focus after a decision (the
 * a, x and n keys act on the focused one).
 */
import type { Utf16Offset } from '../../shared/text/offsets.ts'
import type { Suggestion } from '../../shared/suggestions/suggestions.ts'
import type { HighlightIndex } from '../reader/highlight-index.ts'
import type { ViewSpan } from '../reader/segments.ts'

export interface StoredSuggestion extends ViewSpan {
  suggested: true
  suggestion: Suggestion
}

/** A proposal with its bounds in the text's UTF-16 offsets. */
export interface PlacedSuggestion {
  suggestion: Suggestion
  start: Utf16Offset
  end: Utf16Offset
}

export class SuggestionList {
  private readonly entries = new Map<string, StoredSuggestion>()

  constructor(private readonly index: HighlightIndex) {}

  get size(): number {
    return this.entries.size
  }

  get(id: string): StoredSuggestion | undefined {
    return this.entries.get(id)
  }

  has(id: string): boolean {
    return this.entries.has(id)
  }

  /** Replaces every proposal with `list`. */
  replace(list: readonly PlacedSuggestion[]): void {
    for (const id of [...this.entries.keys()]) this.drop(id)
    list.forEach(({ suggestion, start, end }, i) => {
      const entry: StoredSuggestion = {
        id: `g${i}`,
        label: suggestion.label,
        start,
        end,
        suggested: true,
        suggestion,
      }
      this.entries.set(entry.id, entry)
      this.index.place(entry)
    })
  }

  /** Removes one proposal (accepted or rejected); returns the one to focus next. */
  remove(id: string): string | null {
    const next = this.neighbour(id, 1)
    this.drop(id)
    return next && next !== id ? next : (this.sorted()[0]?.id ?? null)
  }

  sorted(): StoredSuggestion[] {
    return [...this.entries.values()].sort((a, b) => a.start - b.start || a.end - b.end)
  }

  /** The proposal `delta` steps from `id` in reading order (or the first/last). */
  neighbour(id: string | null, delta: number): string | null {
    const list = this.sorted()
    if (list.length === 0) return null
    const at = list.findIndex((s) => s.id === id)
    if (at < 0) return (delta > 0 ? list[0] : list[list.length - 1])?.id ?? null
    return list[Math.min(list.length - 1, Math.max(0, at + delta))]?.id ?? null
  }

  /** An accepted or hand-made span replaces the proposals of its label that it overlaps; true when one went. */
  dropCoveredBy(span: ViewSpan): boolean {
    let dropped = false
    for (const s of this.entries.values()) {
      if (s.label === span.label && s.start < span.end && span.start < s.end) {
        this.drop(s.id)
        dropped = true
      }
    }
    return dropped
  }

  private drop(id: string): void {
    const entry = this.entries.get(id)
    if (!entry) return
    this.entries.delete(id)
    this.index.displace(entry)
  }
}
