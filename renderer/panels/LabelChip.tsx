import { textColorOn } from '../../shared/corpus/color.ts'

/** A label's name on its colour, in black or white, whichever reads (WCAG AA). */
export function LabelChip({ label, color }: { label: string; color: string | undefined }) {
  const background = color ?? '#888888'
  return (
    <span className="chip" style={{ background, color: textColorOn(background) }}>
      {label}
    </span>
  )
}
