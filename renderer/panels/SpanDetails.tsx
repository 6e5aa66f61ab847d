import { useState, useSyncExternalStore } from 'react'
import type { AttributeDef, AttributeValue, LabelSchema } from '../../shared/contract/model.ts'
import type { DocumentStore } from '../state/document-store.ts'
import type { Workbench } from '../state/workbench.ts'
import { FIGURE_LABEL } from '../../shared/corpus/claims.ts'
import { ATTRIBUTE_TYPES } from '../../shared/corpus/attribute-types.ts'
import { attributeValueProblem } from '../../shared/corpus/schema-check.ts'
import { CasualtyConventions } from './CasualtyConventions.tsx'
import { NoteField } from './NoteField.tsx'
import { LabelChip } from './LabelChip.tsx'

interface SpanDetailsProps {
  store: DocumentStore
  workbench: Workbench
  schema: LabelSchema
}

/** The selected span: its label's attributes, its note and its relations, all editable by keyboard. */
export function SpanDetails({ store, workbench, schema }: SpanDetailsProps) {
  const { selectedId, version, relationCount } = useSyncExternalStore(
    store.subscribe,
    store.getSnapshot,
  )
  const stored = selectedId ? store.span(selectedId) : undefined
  if (!stored) return null
  const span = stored.span
  const label = schema.labels.find((l) => l.id === span.label)
  const typeName = new Map(schema.relationTypes.map((t) => [t.id, t.name]))
  const relations = store.relationsOf(span.id)
  return (
    <section
      className="details"
      aria-label="Selected annotation"
      data-version={`${version}.${relationCount}`}
    >
      <h3>
        <LabelChip label={span.label} color={label?.color} /> “{span.text}”
      </h3>
      {label?.attributes.map((def) => (
        <AttributeField
          key={`${span.id}:${def.id}`}
          def={def}
          value={span.attributes?.[def.id]}
          onChange={(value) => workbench.editing.setAttribute(span.id, def.id, value)}
        />
      ))}
      {span.label === FIGURE_LABEL && <CasualtyConventions />}
      <NoteField
        key={span.id}
        label="Note"
        value={span.note ?? ''}
        onCommit={(note) => workbench.editing.setSpanNote(span.id, note)}
      />
      <div className="span-relations">
        <h4>Relations</h4>
        {relations.length === 0 && <p className="hint">Press r to link this span to another.</p>}
        <ul>
          {relations.map((r) => {
            const outgoing = r.from === span.id
            const other = store.span(outgoing ? r.to : r.from)
            return (
              <li key={r.id} data-relation={r.id}>
                {outgoing ? '→' : '←'} <em>{typeName.get(r.type) ?? r.type}</em> {other?.span.text}
                <button
                  type="button"
                  aria-label={`Delete relation ${typeName.get(r.type) ?? r.type}`}
                  onClick={() => workbench.linking.removeRelation(r.id)}
                >
                  ×
                </button>
              </li>
            )
          })}
        </ul>
      </div>
    </section>
  )
}

interface AttributeFieldProps {
  def: AttributeDef
  value: AttributeValue | undefined
  onChange: (value: AttributeValue | undefined) => void
}

function AttributeField({ def, value, onChange }: AttributeFieldProps) {
  const id = `attr-${def.id}`
  const type = ATTRIBUTE_TYPES[def.type]
  if (type.input === 'checkbox') {
    return (
      <label className="attr attr-boolean" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          checked={value === true}
          onChange={(e) => onChange(e.target.checked)}
        />
        {def.name}
      </label>
    )
  }
  if (type.input === 'select') {
    return (
      <label className="attr" htmlFor={id}>
        <span>{def.name}</span>
        <select
          id={id}
          value={typeof value === 'string' ? value : ''}
          onChange={(e) => onChange(e.target.value || undefined)}
        >
          <option value="">—</option>
          {(def.options ?? []).map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </label>
    )
  }
  return <ValueField def={def} value={value} onChange={onChange} />
}

/**
 * A text or number attribute, saved when the field is left or on Enter. A
 * value the schema does not allow (a latitude of 95) is not saved: the field
 * keeps it and says why, naming the field.
 */
function ValueField({ def, value, onChange }: AttributeFieldProps) {
  const id = `attr-${def.id}`
  const type = ATTRIBUTE_TYPES[def.type]
  const [problem, setProblem] = useState<string | null>(null)
  const save = (raw: string) => {
    const next = type.parse(raw)
    const why = next === undefined || next === null ? null : attributeValueProblem(def, next)
    setProblem(why && `${def.name} ${why}: not saved.`)
    if (!why) onChange(next)
  }
  return (
    <>
      <label className="attr" htmlFor={id}>
        <span>{def.name}</span>
        <input
          id={id}
          key={String(value)}
          type={type.input}
          step={type.input === 'number' ? 'any' : undefined}
          min={def.min}
          max={def.max}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${id}-problem` : undefined}
          defaultValue={value === null || value === undefined ? '' : String(value)}
          onBlur={(e) => save(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur()
          }}
        />
      </label>
      {problem && (
        <p className="attr-problem" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
    </>
  )
}
