import type { ImportResult } from '../../shared/contract/api.ts'
import type { DocumentSummary } from '../../shared/contract/model.ts'
import { CopyAnnotations } from '../import/CopyAnnotations.tsx'
import type { ImportOutcome } from '../import/import-session.ts'
import type { Workbench } from '../state/workbench.ts'
import { Modal } from './Modal.tsx'

export function ImportResults({
  outcome,
  documents,
  workbench,
  readOnly,
  onClose,
}: {
  outcome: ImportOutcome
  documents: readonly DocumentSummary[]
  workbench: Workbench
  readOnly: boolean
  onClose: () => void
}) {
  const { results } = outcome
  const count = (status: ImportResult['status']) =>
    results.filter((r) => r.status === status).length
  // A new version of a report someone already annotated: offer to carry the work over.
  const annotated = new Map(documents.filter((d) => d.spanCount > 0).map((d) => [d.id, d.title]))
  const copies = results.flatMap((r) => {
    const near = r.nearDuplicate
    const title = near && annotated.get(near.docId)
    return r.status === 'imported' && r.docId && near && near.action !== 'skip' && title
      ? [{ toDocId: r.docId, from: { docId: near.docId, title } }]
      : []
  })
  return (
    <Modal label="Import results" onClose={onClose} className="import-results">
      <p>
        {count('imported')} imported, {count('duplicate')} already in the corpus, {count('skipped')}{' '}
        skipped, {count('error')} failed.
      </p>
      {outcome.stopped && <p className="hint">Stopped: the files after that were not imported.</p>}
      <ul>
        {results
          .filter((r) => r.status !== 'imported')
          .map((r, i) => (
            <li key={i} className={`import-${r.status}`}>
              {r.message ?? r.file}
            </li>
          ))}
        {outcome.changed.map((r, i) => (
          <li key={`changed-${i}`} className="import-changed">
            {r.title ?? r.file}: stored with another cleanup than the preview showed (its lines were
            compared with other documents: the batch went in parts, or the corpus changed).
          </li>
        ))}
      </ul>
      {copies.map((c) => (
        <CopyAnnotations
          key={c.toDocId}
          workbench={workbench}
          from={c.from}
          toDocId={c.toDocId}
          disabled={readOnly}
        />
      ))}
      <button type="button" onClick={onClose}>
        Close
      </button>
    </Modal>
  )
}
