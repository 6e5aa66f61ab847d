import { useState } from 'react'
import type { ApiOutput } from '../../shared/contract/api.ts'
import { AttributeTypeSchema, type LabelSchema } from '../../shared/contract/model.ts'
import { ATTRIBUTE_TYPES, ATTRIBUTE_TYPE_IDS } from '../../shared/corpus/attribute-types.ts'
import { call } from '../api.ts'
import {
  draftOf,
  newLabel,
  removeLabel,
  schemaOf,
  type LabelDraft,
  type RelationTypeDraft,
  type SchemaDraft,
} from './schema-draft.ts'
import { Modal } from '../app/Modal.tsx'
import { count } from '../../shared/text/plural.ts'

type Impact = ApiOutput<'schema.impact'>

interface SchemaEditorProps {
  schema: LabelSchema
  onSaved: () => void
  onClose: () => void
}

/**
 * Add, rename, recolour and re-key labels, their attributes and the relation
 * types. Renamed ids carry existing annotations over; anything a removal
 * would delete is counted and confirmed before it happens.
 */
export function SchemaEditor({ schema, onSaved, onClose }: SchemaEditorProps) {
  const [draft, setDraft] = useState<SchemaDraft>(() => draftOf(schema))
  const [impact, setImpact] = useState<Impact | null>(null)
  const [error, setError] = useState<string | null>(null)
  const labels = draft.labels.map((l) => ({ key: l.key, id: l.id }))

  const setLabel = (i: number, change: Partial<LabelDraft>) =>
    setDraft((d) => ({ ...d, labels: d.labels.map((l, k) => (k === i ? { ...l, ...change } : l)) }))
  const setType = (i: number, change: Partial<RelationTypeDraft>) =>
    setDraft((d) => ({
      ...d,
      relationTypes: d.relationTypes.map((t, k) => (k === i ? { ...t, ...change } : t)),
    }))

  const save = async (confirmed: boolean) => {
    setError(null)
    try {
      const change = schemaOf(draft)
      if (!confirmed) {
        const found = await call('schema.impact', change)
        if (found.spansRemoved || found.relationsRemoved || found.attributesRemoved)
          return setImpact(found)
      }
      await call('schema.update', change)
      onSaved()
    } catch (err) {
      setImpact(null)
      setError(err instanceof Error ? err.message : String(err))
    }
  }

  return (
    <Modal label="Schema" onClose={onClose} className="schema-editor">
      <h2>Schema</h2>
      <p className="hint">
        Renaming an id updates existing annotations in every annotator’s files.
      </p>
      <h3>Labels</h3>
      {draft.labels.map((label, i) => (
        <fieldset key={i} className="schema-label" aria-label={`Label ${label.origin ?? label.id}`}>
          <div className="row">
            <label>
              Id <input value={label.id} onChange={(e) => setLabel(i, { id: e.target.value })} />
            </label>
            <label>
              Name{' '}
              <input value={label.name} onChange={(e) => setLabel(i, { name: e.target.value })} />
            </label>
            <label>
              Colour{' '}
              <input
                type="color"
                value={label.color}
                onChange={(e) => setLabel(i, { color: e.target.value })}
              />
            </label>
            <label>
              Key{' '}
              <input
                className="key"
                maxLength={1}
                value={label.hotkey}
                onChange={(e) => setLabel(i, { hotkey: e.target.value })}
              />
            </label>
            <button type="button" onClick={() => setDraft((d) => removeLabel(d, i))}>
              Remove label
            </button>
          </div>
          {label.attributes.map((attr, a) => {
            const setAttr = (change: Partial<typeof attr>) =>
              setLabel(i, {
                attributes: label.attributes.map((x, k) => (k === a ? { ...x, ...change } : x)),
              })
            return (
              <div className="row attr-row" key={a}>
                <label>
                  Attribute{' '}
                  <input value={attr.id} onChange={(e) => setAttr({ id: e.target.value })} />
                </label>
                <label>
                  Name{' '}
                  <input value={attr.name} onChange={(e) => setAttr({ name: e.target.value })} />
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
                  onClick={() =>
                    setLabel(i, { attributes: label.attributes.filter((_, k) => k !== a) })
                  }
                >
                  Remove
                </button>
              </div>
            )
          })}
          <button
            type="button"
            onClick={() =>
              setLabel(i, {
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
      ))}
      <button
        type="button"
        onClick={() => setDraft((d) => ({ ...d, labels: [...d.labels, newLabel(d)] }))}
      >
        Add label
      </button>
      <h3>Relation types</h3>
      {draft.relationTypes.map((type, i) => (
        <fieldset key={i} className="row" aria-label={`Relation type ${type.origin ?? type.id}`}>
          <label>
            Id <input value={type.id} onChange={(e) => setType(i, { id: e.target.value })} />
          </label>
          <label>
            Name <input value={type.name} onChange={(e) => setType(i, { name: e.target.value })} />
          </label>
          <LabelChoice
            title="From"
            labels={labels}
            chosen={type.from}
            onChange={(from) => setType(i, { from })}
          />
          <LabelChoice
            title="To"
            labels={labels}
            chosen={type.to}
            onChange={(to) => setType(i, { to })}
          />
          <button
            type="button"
            onClick={() =>
              setDraft((d) => ({
                ...d,
                relationTypes: d.relationTypes.filter((_, k) => k !== i),
              }))
            }
          >
            Remove
          </button>
        </fieldset>
      ))}
      <button
        type="button"
        onClick={() =>
          setDraft((d) => ({
            ...d,
            relationTypes: [
              ...d.relationTypes,
              {
                origin: null,
                id: `relation_${d.relationTypes.length + 1}`,
                name: '',
                from: [],
                to: [],
              },
            ],
          }))
        }
      >
        Add relation type
      </button>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {impact ? (
        <div className="confirm" role="alertdialog" aria-label="Confirm schema change">
          <p>
            This change removes {count(impact.spansRemoved, 'annotation')},{' '}
            {count(impact.relationsRemoved, 'relation')} and{' '}
            {count(impact.attributesRemoved, 'attribute value')}, in{' '}
            {count(impact.files, 'annotation file')}. Save it?
          </p>
          <button type="button" onClick={() => void save(true)}>
            Remove and save
          </button>
          <button type="button" onClick={() => setImpact(null)}>
            Go back
          </button>
        </div>
      ) : (
        <div className="actions">
          <button type="button" className="primary" onClick={() => void save(false)}>
            Save schema
          </button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      )}
    </Modal>
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
