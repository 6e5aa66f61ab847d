import { useSyncExternalStore } from 'react'
import {
  DocumentStatusSchema,
  STATUS_TEXT,
  type DocumentStatus,
} from '../../shared/contract/model.ts'
import type { DocumentStore } from '../state/document-store.ts'
import type { Workbench } from '../state/workbench.ts'
import { DocumentDate } from './DocumentDate.tsx'
import { NoteField } from './NoteField.tsx'

/** The open document's status (s cycles it), its date, and the annotator's note on it. */
export function DocumentDetails({
  store,
  workbench,
}: {
  store: DocumentStore
  workbench: Workbench
}) {
  const { status, note } = useSyncExternalStore(store.subscribe, store.getSnapshot)
  return (
    <section className="details doc-details" aria-label="Document">
      <label className="attr">
        <span>Status</span>
        <select
          aria-label="Document status"
          value={status}
          onChange={(e) => workbench.editing.setStatus(e.target.value as DocumentStatus)}
        >
          {DocumentStatusSchema.options.map((s) => (
            <option key={s} value={s}>
              {STATUS_TEXT[s]}
            </option>
          ))}
        </select>
      </label>
      <DocumentDate
        key={store.doc.id}
        docId={store.doc.id}
        stored={store.doc.metadata['date'] ?? ''}
        readOnly={!!workbench.getSnapshot().info?.readOnly}
        onError={(message) => workbench.notices.notify('error', message)}
      />
      <NoteField
        label="Document note"
        value={note}
        onCommit={(n) => workbench.editing.setDocumentNote(n)}
      />
    </section>
  )
}
