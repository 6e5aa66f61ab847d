import { useState } from 'react'
import { isoDay, readableDate } from '../../shared/text/dates.ts'
import { call } from '../api.ts'

interface DocumentDateProps {
  docId: string
  /** The stored date: '' when the import found none, an ISO timestamp from a web page, or free text. */
  stored: string
  readOnly: boolean
  onError: (message: string) => void
}

/** The document's date, set or corrected by the user: the claims table dates each claim by it. */
export function DocumentDate({ docId, stored, readOnly, onError }: DocumentDateProps) {
  const [date, setDate] = useState(stored)
  const day = isoDay(date)
  return (
    <label className="attr">
      <span>Date</span>
      <input
        type="date"
        aria-label="Document date"
        value={day}
        disabled={readOnly}
        title={date && !day ? `Stored as “${readableDate(date)}”` : undefined}
        onChange={(e) => {
          const next = e.target.value
          call('documents.setDate', { id: docId, date: next }).then(
            (saved) => setDate(saved.date),
            (err: unknown) => onError(err instanceof Error ? err.message : String(err)),
          )
        }}
      />
    </label>
  )
}
