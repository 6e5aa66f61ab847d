/**
 * Attributes guessed when a span is created or relabelled: a casualty figure
 * is parsed into low/best/high, qualifier and outcome. Only attributes the
 * label defines are filled; the user's corrections are never overwritten
 * (relabelling keeps existing values over guesses).
 */
import { parseCasualtyFigure } from '../casualty/figure.ts'
import type { AttributeValue, LabelDef } from '../contract/model.ts'
import type { UnbrandedOffset, Utf16Offset } from '../text/offsets.ts'

export function guessAttributes(
  label: LabelDef | undefined,
  text: string,
  /** UTF-16 offsets in `text`. */
  start: Utf16Offset | UnbrandedOffset,
  end: Utf16Offset | UnbrandedOffset,
): Record<string, AttributeValue> | undefined {
  if (label?.id !== 'CASUALTY_FIGURE') return undefined
  const parsed: Record<string, AttributeValue> = { ...parseCasualtyFigure(text, start, end) }
  const defined = new Set(label.attributes.map((a) => a.id))
  const attributes = Object.fromEntries(
    Object.entries(parsed).filter(([key, value]) => value !== null && defined.has(key)),
  )
  return Object.keys(attributes).length ? attributes : undefined
}
