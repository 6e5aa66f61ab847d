/**
 * Token tags for non-overlapping spans: IOB2 (B- begins a span, I- goes on,
 * O is outside) and BIOES (S- for a one-token span, E- ends a longer one).
 * Whitespace tokens get no tag: the formats that use tags drop them.
 */
import type { AlignedSpan } from './extents.ts'
import type { DatasetToken } from './tokens.ts'

export type TagScheme = 'iob2' | 'bioes'

/** Tag of every non-whitespace token, keyed by the token's start (code points); absent means O. */
export function tagTokens(
  tokens: readonly DatasetToken[],
  kept: readonly AlignedSpan[],
  scheme: TagScheme,
): Map<number, string> {
  const tags = new Map<number, string>()
  for (const span of kept) {
    const inside: DatasetToken[] = []
    for (let i = span.tokenStart; i <= span.tokenEnd; i++) {
      const t = tokens[i]
      if (t && !t.space) inside.push(t)
    }
    inside.forEach((t, i) => {
      const last = i === inside.length - 1
      let prefix = i === 0 ? 'B' : 'I'
      if (scheme === 'bioes') {
        if (inside.length === 1) prefix = 'S'
        else if (last) prefix = 'E'
      }
      tags.set(t.start, `${prefix}-${span.span.label}`)
    })
  }
  return tags
}

/** The tag names a scheme uses for these labels, O first (the order of ClassLabel ids). */
export function tagNames(labels: readonly string[], scheme: TagScheme): string[] {
  const prefixes = scheme === 'iob2' ? ['B', 'I'] : ['B', 'I', 'E', 'S']
  return ['O', ...labels.flatMap((l) => prefixes.map((p) => `${p}-${l}`))]
}
