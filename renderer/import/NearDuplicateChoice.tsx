import {
  NearDuplicateActionSchema,
  type DocumentPreview,
} from '../../shared/contract/import-api.ts'
import {
  NEAR_DUPLICATE_LABELS,
  documentNearDuplicate,
  percent,
  setDocumentNearDuplicate,
  type Choices,
} from './preview-state.ts'

interface NearDuplicateChoiceProps {
  doc: DocumentPreview
  choices: Choices
  onChange: (change: (choices: Choices) => Choices) => void
}

/** Which document this one mostly repeats, how closely, and what to do about it. */
export function NearDuplicateChoice({ doc, choices, onChange }: NearDuplicateChoiceProps) {
  const [near, ...others] = doc.nearDuplicates
  if (!near) return null
  const chosen = documentNearDuplicate(choices, doc.key)
  return (
    <fieldset className="near-duplicate">
      <legend>
        Near-duplicate of “{near.title}” ({percent(near.similarity)} similar
        {near.key ? ', in this batch' : ', in the corpus'})
      </legend>
      {others.length > 0 && (
        <p className="hint">
          Also like: {others.map((o) => `“${o.title}” (${percent(o.similarity)})`).join(', ')}
        </p>
      )}
      {NearDuplicateActionSchema.options.map((action) => (
        <label key={action}>
          <input
            type="radio"
            name={`near-duplicate-${doc.key}`}
            value={action}
            checked={chosen === action}
            onChange={() => onChange((c) => setDocumentNearDuplicate(c, doc.key, action))}
          />
          {NEAR_DUPLICATE_LABELS[action]}
        </label>
      ))}
    </fieldset>
  )
}
