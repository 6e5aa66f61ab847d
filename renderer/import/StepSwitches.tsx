import { STEP_IDS, type StepId } from '../../shared/cleanup/types.ts'
import { STEP_LABELS } from './preview-state.ts'

interface StepSwitchesProps {
  legend: string
  isOn: (step: StepId) => boolean
  /** A note after a step's name, e.g. that this document differs from the batch. */
  note?: (step: StepId) => string | null
  onChange: (step: StepId, on: boolean) => void
}

/** One checkbox per cleanup step, in the order the steps run. */
export function StepSwitches({ legend, isOn, note, onChange }: StepSwitchesProps) {
  return (
    <fieldset className="step-switches">
      <legend>{legend}</legend>
      {STEP_IDS.map((step) => (
        <label key={step}>
          <input
            type="checkbox"
            checked={isOn(step)}
            onChange={(e) => onChange(step, e.target.checked)}
          />
          {STEP_LABELS[step]}
          {note?.(step) && <span className="hint"> ({note(step)})</span>}
        </label>
      ))}
    </fieldset>
  )
}
