import { useEffect, useMemo, useState } from 'react'
import type { ClaimRow } from '../../shared/corpus/claims.ts'
import { readableDate } from '../../shared/text/dates.ts'
import { call } from '../api.ts'
import { quickExport } from '../export/export-job.ts'

type Column =
  | 'document'
  | 'date'
  | 'figure'
  | 'outcome'
  | 'low'
  | 'best'
  | 'high'
  | 'qualifier'
  | 'victim'
  | 'perpetrator'
  | 'place'
  | 'source'

const COLUMNS: { id: Column; title: string; numeric?: boolean }[] = [
  { id: 'document', title: 'Document' },
  { id: 'date', title: 'Date' },
  { id: 'figure', title: 'Figure' },
  { id: 'outcome', title: 'Outcome' },
  { id: 'low', title: 'Low', numeric: true },
  { id: 'best', title: 'Best', numeric: true },
  { id: 'high', title: 'High', numeric: true },
  { id: 'qualifier', title: 'Qualifier' },
  { id: 'victim', title: 'Victim' },
  { id: 'perpetrator', title: 'Perpetrator' },
  { id: 'place', title: 'Place' },
  { id: 'source', title: 'Source' },
]

interface ClaimsViewProps {
  onOpen: (docId: string, spanId: string) => void
  onError: (message: string) => void
}

/** One row per casualty figure across the corpus: sortable, filterable; a click opens the span. */
export function ClaimsView({ onOpen, onError }: ClaimsViewProps) {
  const [rows, setRows] = useState<ClaimRow[] | null>(null)
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({
    column: 'document',
    descending: false,
  })
  const [filter, setFilter] = useState('')
  const [outcome, setOutcome] = useState('')

  useEffect(() => {
    call('claims.list', {}).then(setRows, (err: unknown) =>
      onError(err instanceof Error ? err.message : String(err)),
    )
  }, [onError])

  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase()
    const kept = (rows ?? []).filter(
      (r) =>
        (!outcome || r.outcome === outcome) &&
        (!needle ||
          COLUMNS.some((c) =>
            String(r[c.id] ?? '')
              .toLowerCase()
              .includes(needle),
          )),
    )
    const sign = sort.descending ? -1 : 1
    return kept.sort((a, b) => sign * compare(a[sort.column], b[sort.column]) || a.start - b.start)
  }, [rows, filter, outcome, sort])

  const outcomes = [...new Set((rows ?? []).map((r) => r.outcome).filter(Boolean))].sort()
  return (
    <section className="claims" aria-label="Claims" tabIndex={-1}>
      <div className="claims-bar">
        <h2>Claims</h2>
        <input
          aria-label="Filter claims"
          placeholder="Filter…"
          value={filter}
          onChange={(e) => setFilter(e.target.value)}
        />
        <select aria-label="Outcome" value={outcome} onChange={(e) => setOutcome(e.target.value)}>
          <option value="">all outcomes</option>
          {outcomes.map((o) => (
            <option key={o}>{o}</option>
          ))}
        </select>
        <span className="count">
          {shown.length} of {rows?.length ?? 0}
        </span>
        <button
          type="button"
          onClick={() =>
            void quickExport('claims-csv').catch((err: unknown) =>
              onError(err instanceof Error ? err.message : String(err)),
            )
          }
        >
          Export CSV
        </button>
      </div>
      {rows === null ? (
        <p className="empty">Loading claims…</p>
      ) : rows.length === 0 ? (
        <p className="empty">No casualty figures yet: tag one with 3, then link it with r.</p>
      ) : (
        <table>
          <colgroup>
            {COLUMNS.map((c) => (
              <col key={c.id} data-column={c.id} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th
                  key={c.id}
                  aria-sort={
                    sort.column === c.id ? (sort.descending ? 'descending' : 'ascending') : 'none'
                  }
                >
                  <button
                    type="button"
                    onClick={() =>
                      setSort({
                        column: c.id,
                        descending: sort.column === c.id && !sort.descending,
                      })
                    }
                  >
                    {c.title}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr
                key={`${r.docId}:${r.spanId}`}
                data-span={r.spanId}
                tabIndex={0}
                onClick={() => onOpen(r.docId, r.spanId)}
                onKeyDown={(e) => e.key === 'Enter' && onOpen(r.docId, r.spanId)}
              >
                {COLUMNS.map((c) => (
                  <ClaimCell key={c.id} column={c} row={r} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}

/** Long text (titles, sources) is kept to a few lines, whole on hover; dates read as dates. */
function ClaimCell({ column, row }: { column: (typeof COLUMNS)[number]; row: ClaimRow }) {
  const raw = row[column.id]
  const text = column.id === 'date' ? readableDate(String(raw)) : String(raw ?? '')
  return (
    <td className={column.numeric ? 'num' : undefined} data-column={column.id}>
      <div className="cell" title={text.length > 30 ? text : undefined}>
        {text}
      </div>
    </td>
  )
}

function compare(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0
  if (a === null || a === '') return 1
  if (b === null || b === '') return -1
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))
}
