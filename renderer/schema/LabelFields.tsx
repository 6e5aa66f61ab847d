/** One label of the schema editor: id, name, colour, key and its attributes. */
import { AttributeTypeSchema } from '../../shared/contract/model.ts'
import { ATTRIBUTE_TYPE_IDS, ATTRIBUTE_TYPES } from '../../shared/corpus/attribute-types.ts'
import type { LabelDraft } from './schema-draft.ts'

export function LabelFields({
  label,
  onChange,
  onRemove,
}: {
  label: LabelDraft
  onChange: (change: Partial<LabelDraft>) => void
  onRemove: () => void
}) {
  return (
    <fieldset className="schema-label" aria-label={`Label ${label.origin ?? label.id}`}>
      <div className="row">
        <label>
          Id <input value={label.id} onChange={(e) => onChange({ id: e.target.value })} />
        </label>
        <label>
          Name <input value={label.name} onChange={(e) => onChange({ name: e.target.value })} />
        </label>
        <label>
          Colour{' '}
          <input
            type="color"
            value={label.color}
            onChange={(e) => onChange({ color: e.target.value })}
          />
        </label>
        <label>
          Key{' '}
          <input
            className="key"
            maxLength={1}
            value={label.hotkey}
            onChange={(e) => onChange({ hotkey: e.target.value })}
          />
        </label>
        <button type="button" onClick={onRemove}>
          Remove label
        </button>
      </div>
      {label.attributes.map((attr, a) => {
        const setAttr = (change: Partial<typeof attr>) =>
          onChange({
            attributes: label.attributes.map((x, k) => (k === a ? { ...x, ...change } : x)),
          })
        return (
          <div className="row attr-row" key={a}>
            <label>
              Attribute <input value={attr.id} onChange={(e) => setAttr({ id: e.target.value })} />
            </label>
            <label>
              Name <input value={attr.name} onChange={(e) => setAttr({ name: e.target.value })} />
            </label>
            <label>
              Type{' '}
              <select
                value={attr.type}
                onChange={(e) => setAttr({ type: AttributeTypeSchema.parse(e.target.value) })}
              >
                {ATTRIBUTE_TYPE_IDS.map((t) => (
                  <option key={t} value={t}>
                    {ATTRIBUTE_TYPES[t].name}
                  </option>
                ))}
              </select>
            </label>
            {ATTRIBUTE_TYPES[attr.type].hasOptions && (
              <label className="options">
                Options{' '}
                <input
                  value={attr.options}
                  onChange={(e) => setAttr({ options: e.target.value })}
                />
              </label>
            )}
            <button
              type="button"
              onClick={() => onChange({ attributes: label.attributes.filter((_, k) => k !== a) })}
            >
              Remove
            </button>
          </div>
        )
      })}
      <button
        type="button"
        onClick={() =>
          onChange({
            attributes: [
              ...label.attributes,
              {
                origin: null,
                id: `attribute_${label.attributes.length + 1}`,
                name: '',
                type: 'text',
                options: '',
              },
            ],
          })
        }
      >
        Add attribute
      </button>
    </fieldset>
  )
}
