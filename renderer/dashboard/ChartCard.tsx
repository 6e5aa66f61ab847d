import { useEffect, useRef } from 'react'
import { pngFile, saveBlob, svgFile } from '../team/save-file.ts'
import './dashboard.css'

interface ChartCardProps {
  title: string
  /** File names of the saved chart and table, without extension. */
  name: string
  /** Draws the chart (an SVG element with an accessible name). */
  draw: () => SVGSVGElement
  /** The chart's numbers as CSV. */
  csv: () => string
  /** Shown instead of the chart when there is nothing to draw. */
  empty?: string
  onError: (message: string) => void
}

/** One chart of the dashboard, with its Save SVG / PNG / CSV buttons. */
export function ChartCard({ title, name, draw, csv, empty, onError }: ChartCardProps) {
  const host = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!empty) host.current?.replaceChildren(draw())
  }, [draw, empty])
  const svg = () => host.current?.querySelector('svg') ?? null
  const save = (kind: 'svg' | 'png' | 'csv') => {
    const chart = svg()
    if (kind === 'csv') saveBlob(`${name}.csv`, new Blob([csv()], { type: 'text/csv' }))
    else if (chart && kind === 'svg') saveBlob(`${name}.svg`, svgFile(chart))
    else if (chart)
      pngFile(chart).then(
        (png) => saveBlob(`${name}.png`, png),
        (err: unknown) => onError(err instanceof Error ? err.message : String(err)),
      )
  }
  return (
    <section className="chart-card" aria-label={title}>
      <h3>{title}</h3>
      {empty ? <p className="chart-empty">{empty}</p> : <div className="chart" ref={host} />}
      <div className="chart-tools">
        {!empty && (
          <>
            <button type="button" onClick={() => save('svg')}>
              Save SVG
            </button>
            <button type="button" onClick={() => save('png')}>
              Save PNG
            </button>
          </>
        )}
        <button type="button" onClick={() => save('csv')}>
          Save CSV
        </button>
      </div>
    </section>
  )
}
