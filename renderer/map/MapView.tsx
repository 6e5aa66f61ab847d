import { useCallback, useEffect, useState } from 'react'
import type { MapPoint } from '../../shared/geo/map-points.ts'
import { count } from '../../shared/text/plural.ts'
import { call } from '../api.ts'
import { ChartCard } from '../dashboard/ChartCard.tsx'
import { rowsCsv } from '../dashboard/dashboard-charts.ts'
import { mapChart } from './map-chart.ts'
import './map.css'

interface MapViewProps {
  /** Opens a document with a span selected. */
  onOpen: (docId: string, spanId: string) => void
  onError: (message: string) => void
}

/** The places tagged in the corpus on an offline world map; a point lists its casualty figures. */
export function MapView({ onOpen, onError }: MapViewProps) {
  const [data, setData] = useState<{ points: MapPoint[]; unplaced: number } | null>(null)
  const [chosen, setChosen] = useState<number | null>(null)
  useEffect(() => {
    call('map.points', {}).then(setData, (err: unknown) =>
      onError(err instanceof Error ? err.message : String(err)),
    )
  }, [onError])
  const draw = useCallback(() => {
    const svg = mapChart(data?.points ?? [], 900)
    // The dots are drawn in the points' order (no sorting by size): the n-th circle is the n-th place.
    svg.querySelectorAll('circle').forEach((circle, i) => {
      circle.style.cursor = 'pointer'
      circle.addEventListener('click', () => setChosen(i))
    })
    return svg
  }, [data])
  const csv = useCallback(
    () => rowsCsv(data?.points ?? [], ['name', 'lat', 'lon', 'mentions', 'people']),
    [data],
  )

  if (!data) return <section className="map-view">Placing…</section>
  const point = chosen === null ? undefined : data.points[chosen]
  return (
    <section className="map-view" aria-label="Map" tabIndex={-1}>
      <h2>Map</h2>
      <p>
        {count(data.points.length, 'place')} on the map
        {data.unplaced > 0 &&
          `; ${count(data.unplaced, 'place')} without coordinates (add lat and lon on the span, or a gazetteer entry)`}
        . Points are sized by the people their casualty figures count. Boundaries: Natural Earth.
      </p>
      <div className="map-layout">
        <div className="map-chart">
          <ChartCard
            title="Places, sized by the people their casualty figures count"
            name="map"
            draw={draw}
            csv={csv}
            onError={onError}
          />
        </div>
        <aside className="map-places" aria-label="Places">
          {point ? (
            <>
              <h3>{point.name}</h3>
              <p>
                {count(point.mentions, 'mention')}, {count(point.figures.length, 'casualty figure')}
                {point.people > 0 ? `, ${count(point.people, 'person', 'people')}` : ''}
              </p>
              <ul>
                {point.figures.map((f) => (
                  <li key={`${f.docId}:${f.spanId}`}>
                    <button
                      type="button"
                      className="link"
                      onClick={() => onOpen(f.docId, f.spanId)}
                    >
                      {f.figure}
                    </button>{' '}
                    {f.outcome} · {f.document}
                  </li>
                ))}
              </ul>
              <button type="button" onClick={() => onOpen(point.docId, point.spanId)}>
                Open where it is named
              </button>{' '}
              <button type="button" onClick={() => setChosen(null)}>
                All places
              </button>
            </>
          ) : (
            <ul>
              {data.points.map((p, i) => (
                <li key={`${p.name}:${p.lat}:${p.lon}`}>
                  <button type="button" className="link" onClick={() => setChosen(i)}>
                    {p.name}
                  </button>{' '}
                  {count(p.figures.length, 'figure')}
                  {p.people > 0 ? `, ${count(p.people, 'person', 'people')}` : ''}
                </li>
              ))}
            </ul>
          )}
        </aside>
      </div>
    </section>
  )
}
