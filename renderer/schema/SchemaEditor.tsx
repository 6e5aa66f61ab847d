import { useState } from 'react'
import type { ApiOutput } from '../../shared/contract/api.ts'
import type { LabelSchema } from '../../shared/contract/model.ts'
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
import { LabelFields } from './LabelFields.tsx'
import { RelationTypeFields } from './RelationTypeFields.tsx'
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
        <LabelFields
          key={i}
          label={label}
          onChange={(change) => setLabel(i, change)}
          onRemove={() => setDraft((d) => removeLabel(d, i))}
        />
      ))}
      <button
        type="button"
        onClick={() => setDraft((d) => ({ ...d, labels: [...d.labels, newLabel(d)] }))}
      >
        Add label
      </button>
      <h3>Relation types</h3>
      {draft.relationTypes.map((type, i) => (
        <RelationTypeFields
          key={i}
          type={type}
          labels={labels}
          onChange={(change) => setType(i, change)}
          onRemove={() =>
            setDraft((d) => ({ ...d, relationTypes: d.relationTypes.filter((_, k) => k !== i) }))
          }
        />
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
