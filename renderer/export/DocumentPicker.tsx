import { useId, useState } from 'react'
import type { DocumentSummary } from '../../shared/contract/model.ts'
import { count } from '../../shared/text/plural.ts'

interface DocumentPickerProps {
  documents: readonly DocumentSummary[]
  picked: readonly string[]
  onChange: (ids: string[]) => void
}

/** Documents chosen by title (typing narrows the list); none chosen means all of them. */
export function DocumentPicker({ documents, picked, onChange }: DocumentPickerProps) {
  const [needle, setNeedle] = useState('')
  const listId = useId()
  const words = needle.toLowerCase().split(/\s+/).filter(Boolean)
  const shown = documents.filter((d) => words.every((w) => d.title.toLowerCase().includes(w)))
  const toggle = (id: string) =>
    onChange(
      documents
        .map((d) => d.id)
        .filter((x) => (x === id ? !picked.includes(id) : picked.includes(x))),
    )
  return (
    <div className="document-picker">
      <label>
        Documents{' '}
        <input
          type="search"
          value={needle}
          placeholder="find by title"
          aria-controls={listId}
          onChange={(e) => setNeedle(e.target.value)}
        />
      </label>{' '}
      <span className="hint">
        {picked.length ? `${count(picked.length, 'document')} chosen` : 'all documents'}
        {picked.length > 0 && (
          <button type="button" onClick={() => onChange([])}>
            Clear
          </button>
        )}
      </span>
      <ul id={listId} aria-label="Documents to export">
        {shown.map((d) => (
          <li key={d.id}>
            <label>
              <input
                type="checkbox"
                checked={picked.includes(d.id)}
                onChange={() => toggle(d.id)}
              />{' '}
              {d.title}
            </label>
          </li>
        ))}
      </ul>
    </div>
  )
}
