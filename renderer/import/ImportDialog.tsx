import { useState, useSyncExternalStore } from 'react'
import type { DocumentPreview } from '../../shared/contract/import-api.ts'
import { BatchChoices } from './BatchChoices.tsx'
import { DocumentPane } from './DocumentPane.tsx'
import { ImportProgressBar } from './ImportProgressBar.tsx'
import type { ImportSession } from './import-session.ts'
import { PreviewList } from './PreviewList.tsx'
import { previewCounts } from './preview-state.ts'
import './import.css'
import { Modal } from '../app/Modal.tsx'
import { count } from '../../shared/text/plural.ts'

interface ImportDialogProps {
  session: ImportSession
  onCancel: () => void
}

/**
 * The import dialog: what each file will become, every cleanup decision with
 * its reason, and the user's say over each, before anything is stored; then
 * the progress of the import itself.
 */
export function ImportDialog({ session, onCancel }: ImportDialogProps) {
  const snap = useSyncExternalStore(session.subscribe, session.getSnapshot)
  const [selected, setSelected] = useState<string | null>(null)

  const { preview, choices, phase, progress } = snap
  const documents: DocumentPreview[] = preview?.files.flatMap((f) => f.documents) ?? []
  const shown = documents.find((d) => d.key === selected) ?? documents[0]
  const file = preview?.files.find((f) => f.documents.some((d) => d.key === shown?.key))
  const counts = preview ? previewCounts(preview, choices) : null

  return (
    <Modal
      label="Import preview"
      onClose={phase === 'importing' ? null : onCancel}
      className="import-preview"
    >
      <h2>Import preview</h2>
      {phase === 'importing' && progress ? (
        <ImportProgressBar progress={progress} onStop={() => session.stop()} />
      ) : (
        <>
          <p className="preview-summary" role="status">
            {phase === 'reading' || !counts
              ? `Reading ${count(snap.fileCount, 'file')}…`
              : `${count(counts.files, 'file')}, ${count(counts.documents, 'document')}: ${counts.toImport} to import` +
                (counts.nearDuplicates
                  ? `, ${count(counts.nearDuplicates, 'near-duplicate')}`
                  : '') +
                (counts.problems ? `, ${count(counts.problems, 'problem')}` : '') +
                (snap.updating ? '. Updating the preview…' : '.')}
          </p>
          {snap.error && (
            <p className="error" role="alert">
              The preview failed: {snap.error}
            </p>
          )}
          {preview && <Problems files={preview.files} />}
          <BatchChoices choices={choices} onChange={(change) => session.choose(change)} />
          {documents.length > 0 && (
            <div className="preview-columns">
              <PreviewList
                documents={documents}
                choices={choices}
                selected={shown?.key ?? null}
                onSelect={setSelected}
              />
              {shown && (
                <DocumentPane
                  key={shown.key}
                  doc={shown}
                  file={file}
                  choices={choices}
                  onChange={(change) => session.choose(change)}
                />
              )}
            </div>
          )}
        </>
      )}
      {phase !== 'importing' && (
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={!session.canImport || !counts || counts.toImport === 0}
            onClick={() => void session.run()}
          >
            Import
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </div>
      )}
    </Modal>
  )
}

/** Files that cannot be imported and records without text, each naming the file and the reason. */
function Problems({ files }: { files: { error?: string; problems: { message: string }[] }[] }) {
  const messages = files.flatMap((f) => [
    ...(f.error ? [f.error] : []),
    ...f.problems.map((p) => p.message),
  ])
  if (messages.length === 0) return null
  return (
    <section className="preview-problems" aria-label="Problems">
      <h3>Cannot be imported</h3>
      <ul>
        {messages.map((m, i) => (
          <li key={i} className="import-error">
            {m}
          </li>
        ))}
      </ul>
    </section>
  )
}
