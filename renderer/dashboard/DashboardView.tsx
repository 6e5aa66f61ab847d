import { useEffect, useMemo, useState } from 'react'
import type { ClaimRow } from '../../shared/corpus/claims.ts'
import { count } from '../../shared/text/plural.ts'
import type { CorpusStats } from '../../shared/contract/stats-api.ts'
import { call } from '../api.ts'
import { ChartCard } from './ChartCard.tsx'
import {
  labelChart,
  labelRows,
  monthChart,
  monthRows,
  rowsCsv,
  statusChart,
  statusRows,
  topChart,
  topRows,
} from './dashboard-charts.ts'

interface DashboardViewProps {
  colors: ReadonlyMap<string, string>
  onError: (message: string) => void
}

const TOPS = [
  ['perpetrator', 'perpetrator'],
  ['victim', 'victim'],
  ['source', 'source'],
] as const

/** The corpus at a glance: progress, spans per label, and the casualty claims by time, perpetrator, victim and source. */
export function DashboardView({ colors, onError }: DashboardViewProps) {
  const [data, setData] = useState<{ stats: CorpusStats; claims: ClaimRow[] } | null>(null)
  useEffect(() => {
    Promise.all([call('corpus.stats', {}), call('claims.list', {})]).then(
      ([stats, claims]) => setData({ stats, claims }),
      (err: unknown) => onError(err instanceof Error ? err.message : String(err)),
    )
  }, [onError])

  const charts = useMemo(() => {
    if (!data) return null
    const status = statusRows(data.stats)
    const labels = labelRows(data.stats)
    const months = monthRows(data.claims)
    return {
      status: {
        draw: () => statusChart(status),
        csv: () => rowsCsv(status, ['annotator', 'status', 'documents']),
      },
      labels: {
        draw: () => labelChart(labels, colors),
        csv: () => rowsCsv(labels, ['label', 'spans']),
        empty: labels.some((l) => l.spans > 0) ? undefined : 'No spans yet.',
      },
      months: {
        draw: () => monthChart(months.rows),
        csv: () => rowsCsv(months.rows, ['month', 'outcome', 'figures', 'people']),
        empty: months.rows.length ? undefined : 'No dated casualty figures yet.',
        undated: months.undated,
      },
      tops: TOPS.map(([field, what]) => {
        const rows = topRows(data.claims, field)
        return {
          what,
          draw: () => topChart(rows, what),
          csv: () => rowsCsv(rows, ['name', 'figures', 'people']),
          empty: rows.length ? undefined : `No casualty figure is linked to a ${what} yet.`,
        }
      }),
    }
  }, [data, colors])

  if (!data || !charts) return <section className="dashboard">Counting…</section>
  const { stats } = data
  return (
    <section className="dashboard" aria-label="Dashboard" tabIndex={-1}>
      <h2>Dashboard</h2>
      <p>
        {count(stats.documents, 'document')}, {count(stats.annotators.length, 'annotator')};{' '}
        {count(stats.spans, 'span')} and {count(stats.relations, 'relation')} by {stats.annotator};{' '}
        {count(data.claims.length, 'casualty figure')}.
      </p>
      {stats.problems.length > 0 && (
        <ul className="dashboard-problems" role="alert">
          {stats.problems.map((p) => (
            <li key={p}>Left out: {p}</li>
          ))}
        </ul>
      )}
      <div className="chart-grid">
        <ChartCard
          title="Documents by status, per annotator"
          name="status"
          draw={charts.status.draw}
          csv={charts.status.csv}
          onError={onError}
        />
        <ChartCard
          title={`Spans per label (${stats.annotator})`}
          name="labels"
          draw={charts.labels.draw}
          csv={charts.labels.csv}
          empty={charts.labels.empty}
          onError={onError}
        />
        <ChartCard
          title={`Casualty figures over time, by outcome${charts.months.undated ? ` (${charts.months.undated} without a date left out)` : ''}`}
          name="figures-by-month"
          draw={charts.months.draw}
          csv={charts.months.csv}
          empty={charts.months.empty}
          onError={onError}
        />
        {charts.tops.map((top) => (
          <ChartCard
            key={top.what}
            title={`Casualty figures by ${top.what} (people, and figures in brackets)`}
            name={`figures-by-${top.what}`}
            draw={top.draw}
            csv={top.csv}
            empty={top.empty}
            onError={onError}
          />
        ))}
      </div>
    </section>
  )
}
