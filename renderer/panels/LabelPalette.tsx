import type { LabelDef } from '../../shared/contract/model.ts'

interface LabelPaletteProps {
  labels: readonly LabelDef[]
  onLabel: (id: string) => void
  disabled: boolean
}

/** One button per label; pressing it keeps the text selection (mousedown is not allowed to take focus). */
export function LabelPalette({ labels, onLabel, disabled }: LabelPaletteProps) {
  return (
    <div className="palette" role="toolbar" aria-label="Labels">
      {labels.map((l) => (
        <button
          key={l.id}
          type="button"
          className="label-button"
          data-label={l.id}
          disabled={disabled}
          style={{ borderColor: l.color }}
          title={l.description}
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => onLabel(l.id)}
        >
          <span className="swatch" style={{ background: l.color }} />
          {l.name}
          {l.hotkey && <kbd>{l.hotkey}</kbd>}
        </button>
      ))}
    </div>
  )
}
