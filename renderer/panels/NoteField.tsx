import { useId } from 'react'

interface NoteFieldProps {
  label: string
  value: string
  onCommit: (value: string) => void
}

/** A note that is saved when the field loses focus (or on Ctrl/⌘+Enter). */
export function NoteField({ label, value, onCommit }: NoteFieldProps) {
  const id = useId()
  return (
    <div className="note">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        key={value}
        defaultValue={value}
        rows={2}
        onBlur={(e) => onCommit(e.target.value.trim())}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) e.currentTarget.blur()
        }}
      />
    </div>
  )
}
