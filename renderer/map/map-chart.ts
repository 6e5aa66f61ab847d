/**
 * The map: country boundaries and a point per place, sized by the people its
 * casualty figures count (places without a figure are small), framed on the
 * places (the whole world when there are none). Drawn with Observable Plot.
 */
import * as Plot from '@observablehq/plot'
import type { MapPoint } from '../../shared/geo/map-points.ts'
import { chartElement } from '../team/chart-element.ts'
import { COUNTRIES } from './world.ts'

export function mapChart(points: readonly MapPoint[], width: number): SVGSVGElement {
  // Framed on the places with a margin of a few degrees (one place alone has no extent).
  const lons = points.map((p) => p.lon)
  const lats = points.map((p) => p.lat)
  const frame = points.length
    ? {
        type: 'MultiPoint' as const,
        coordinates: [
          [Math.min(...lons) - 4, Math.min(...lats) - 3],
          [Math.max(...lons) + 4, Math.max(...lats) + 3],
        ],
      }
    : undefined
  const chart = Plot.plot({
    width,
    height: Math.round(width * 0.6),
    style: { background: '#ffffff' },
    projection: frame ? { type: 'mercator', domain: frame, inset: 60 } : { type: 'equal-earth' },
    r: { range: [4, 28] },
    marks: [
      Plot.geo(COUNTRIES, { fill: '#f1efe8', stroke: '#b8b4a8', strokeWidth: 0.6 }),
      Plot.dot(points, {
        x: 'lon',
        y: 'lat',
        r: (p: MapPoint) => Math.max(1, p.people),
        fill: (p: MapPoint) => (p.people > 0 ? '#c0392b' : '#1d4f91'),
        fillOpacity: 0.7,
        stroke: '#ffffff',
        sort: null,
      }),
      Plot.text(points, {
        x: 'lon',
        y: 'lat',
        text: 'name',
        dy: -14,
        fontSize: 11,
        stroke: '#ffffff',
        strokeWidth: 3,
        fill: '#111111',
      }),
    ],
  })
  return chartElement(
    chart,
    'Map of the places tagged, sized by the casualty figures located there',
  )
}
