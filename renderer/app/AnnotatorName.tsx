import { useState } from 'react'

interface AnnotatorNameProps {
  name: string
  onChange: (name: string) => void
}

/** Who is annotating; each annotator's work is kept in its own files. */
export function AnnotatorName({ name, onChange }: AnnotatorNameProps) {
  const [editing, setEditing] = useState(false)
  const [draft, setDraft] = useState(name)
  const valid = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(draft)
  if (!editing) {
    return (
      <button
        type="button"
        className="annotator"
        title="Change the annotator name"
        onClick={() => (setDraft(name), setEditing(true))}
      >
        Annotator: <strong>{name}</strong>
      </button>
    )
  }
  return (
    <form
      className="annotator-form"
      onSubmit={(e) => {
        e.preventDefault()
        if (!valid) return
        setEditing(false)
        if (draft !== name) onChange(draft)
      }}
    >
      <label>
        Annotator{' '}
        <input
          autoFocus
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          aria-invalid={!valid}
        />
      </label>
      <button type="submit" disabled={!valid}>
        Save
      </button>
      <button type="button" onClick={() => setEditing(false)}>
        Cancel
      </button>
      {!valid && <span className="hint">letters, digits, “.”, “_” and “-”</span>}
    </form>
  )
}
