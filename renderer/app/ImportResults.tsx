import type { ImportResult } from '../../shared/api.ts'

export function ImportResults({
  results,
  onClose,
}: {
  results: readonly ImportResult[]
  onClose: () => void
}) {
  const count = (status: ImportResult['status']) =>
    results.filter((r) => r.status === status).length
  return (
    <div className="import-results" role="dialog" aria-label="Import results">
      <p>
        {count('imported')} imported, {count('duplicate')} already in the corpus, {count('error')}{' '}
        failed.
      </p>
      <ul>
        {results
          .filter((r) => r.status !== 'imported')
          .map((r, i) => (
            <li key={i} className={`import-${r.status}`}>
              {r.message ?? r.file}
            </li>
          ))}
      </ul>
      <button type="button" onClick={onClose}>
        Close
      </button>
    </div>
  )
}
