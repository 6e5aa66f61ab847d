/** One relation type of the schema editor: id, name and the labels each end allows. */
import type { RelationTypeDraft } from './schema-draft.ts'

export function RelationTypeFields({
  type,
  labels,
  onChange,
  onRemove,
}: {
  type: RelationTypeDraft
  /** The draft's labels, by key, with their current ids. */
  labels: { key: string; id: string }[]
  onChange: (change: Partial<RelationTypeDraft>) => void
  onRemove: () => void
}) {
  return (
    <fieldset className="row" aria-label={`Relation type ${type.origin ?? type.id}`}>
      <label>
        Id <input value={type.id} onChange={(e) => onChange({ id: e.target.value })} />
      </label>
      <label>
        Name <input value={type.name} onChange={(e) => onChange({ name: e.target.value })} />
      </label>
      <LabelChoice
        title="From"
        labels={labels}
        chosen={type.from}
        onChange={(from) => onChange({ from })}
      />
      <LabelChoice
        title="To"
        labels={labels}
        chosen={type.to}
        onChange={(to) => onChange({ to })}
      />
      <button type="button" onClick={onRemove}>
        Remove
      </button>
    </fieldset>
  )
}

/** The labels a relation end allows, chosen by label key, shown by current id. */
function LabelChoice(props: {
  title: string
  labels: { key: string; id: string }[]
  chosen: string[]
  onChange: (keys: string[]) => void
}) {
  return (
    <span className="label-choice">
      {props.title}:
      {props.labels.map(({ key, id }) => (
        <label key={key}>
          <input
            type="checkbox"
            checked={props.chosen.includes(key)}
            onChange={(e) =>
              props.onChange(
                e.target.checked ? [...props.chosen, key] : props.chosen.filter((x) => x !== key),
              )
            }
          />
          {id}
        </label>
      ))}
    </span>
  )
}
