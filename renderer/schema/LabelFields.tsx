/** One label of the schema editor: id, name, colour, key and its attributes. */
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
                onChange={(e) => setAttr({ type: e.target.value as typeof attr.type })}
              >
                <option value="choice">choice</option>
                <option value="number">number</option>
                <option value="text">text</option>
                <option value="boolean">yes/no</option>
              </select>
            </label>
            {attr.type === 'choice' && (
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
