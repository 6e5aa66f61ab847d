import { NearDuplicateActionSchema } from '../../shared/contract/import-api.ts'
import { StepSwitches } from './StepSwitches.tsx'
import {
  NEAR_DUPLICATE_LABELS,
  setBatchNearDuplicate,
  setBatchStep,
  type Choices,
} from './preview-state.ts'

interface BatchChoicesProps {
  choices: Choices
  onChange: (change: (choices: Choices) => Choices) => void
}

/** The choices for every document of the batch; each document may still differ. */
export function BatchChoices({ choices, onChange }: BatchChoicesProps) {
  return (
    <div className="batch-choices">
      <StepSwitches
        legend="Cleanup for every document"
        isOn={(step) => choices.steps[step]}
        onChange={(step, on) => onChange((c) => setBatchStep(c, step, on))}
      />
      <label className="near-duplicate-default">
        Near-duplicates{' '}
        <select
          value={choices.nearDuplicate}
          onChange={(e) =>
            onChange((c) =>
              setBatchNearDuplicate(c, NearDuplicateActionSchema.parse(e.target.value)),
            )
          }
        >
          {NearDuplicateActionSchema.options.map((action) => (
            <option key={action} value={action}>
              {NEAR_DUPLICATE_LABELS[action]}
            </option>
          ))}
        </select>
      </label>
    </div>
  )
}
