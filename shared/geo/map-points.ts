/**
 * Places on the map: every PLACE span with coordinates — its own `lat`/`lon`
 * attributes (entered by the user), else its gazetteer entry's (by
 * `gazetteer_id`, else by name) — gathered by name and position, with the
 * casualty figures linked to it by a `location` relation.
 */
import { z } from 'zod'
import { FIGURE_LABEL } from '../corpus/claims.ts'
import type { AnnotationSet, AttributeValue, DocumentRecord, Span } from '../contract/model.ts'
import { plainName } from './geonames-gazetteer.ts'
import type { GazetteerEntry } from '../suggestions/suggestions.ts'

export const PLACE_LABEL = 'PLACE'

export const MapFigureSchema = z.object({
  docId: z.string(),
  document: z.string(),
  spanId: z.string(),
  figure: z.string(),
  outcome: z.string(),
  best: z.number().nullable(),
})
export type MapFigure = z.infer<typeof MapFigureSchema>

export const MapPointSchema = z.object({
  name: z.string(),
  lat: z.number(),
  lon: z.number(),
  /** How many PLACE spans name it. */
  mentions: z.number().int(),
  /** The casualty figures located there. */
  figures: z.array(MapFigureSchema),
  /** Their best estimates added up (figures without one count 0). */
  people: z.number(),
  /** A document and span that name it, to open. */
  docId: z.string(),
  spanId: z.string(),
})
export type MapPoint = z.infer<typeof MapPointSchema>

interface Coordinates {
  lat: number
  lon: number
}

const numberOf = (v: AttributeValue | undefined): number | null =>
  typeof v === 'number' && Number.isFinite(v) ? v : null

function coordinatesOf(attributes: Record<string, AttributeValue> | undefined): Coordinates | null {
  const lat = numberOf(attributes?.['lat'])
  const lon = numberOf(attributes?.['lon'])
  return lat !== null && lon !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180
    ? { lat, lon }
    : null
}

const key = (name: string): string => plainName(name).toLowerCase().trim()

/** "southern Idlib" is found as Idlib: directions and a leading "the" are not part of a place's name. */
const AROUND =
  /^(?:(?:the|northern|southern|eastern|western|central|north|south|east|west|rural|countryside of)\s+)+/i

/** Looks places up in the gazetteer: by id, and by name or alias. */
export class PlaceLocator {
  private readonly byId = new Map<string, Coordinates>()
  private readonly byName = new Map<string, Coordinates>()

  constructor(entries: readonly GazetteerEntry[]) {
    for (const entry of entries) {
      if (entry.label !== PLACE_LABEL) continue
      const at = coordinatesOf(entry.attributes)
      if (!at) continue
      const id = entry.attributes?.['gazetteer_id']
      if (typeof id === 'string' && !this.byId.has(id)) this.byId.set(id, at)
      for (const name of [entry.name, ...(entry.aliases ?? [])])
        if (!this.byName.has(key(name))) this.byName.set(key(name), at)
    }
  }

  locate(span: Span): Coordinates | null {
    const own = coordinatesOf(span.attributes)
    if (own) return own
    const id = span.attributes?.['gazetteer_id']
    return (
      (typeof id === 'string' ? this.byId.get(id) : undefined) ??
      this.byName.get(key(span.text)) ??
      this.byName.get(key(span.text.replace(AROUND, ''))) ??
      null
    )
  }
}

/** Adds one document's places and their figures to `points` (keyed by name and position). */
export function addMapPoints(
  points: Map<string, MapPoint>,
  doc: DocumentRecord,
  set: AnnotationSet,
  locator: PlaceLocator,
): void {
  const spans = new Map(set.spans.map((s) => [s.id, s]))
  for (const place of set.spans) {
    if (place.label !== PLACE_LABEL) continue
    const at = locator.locate(place)
    if (!at) continue
    const id = `${key(place.text)}@${at.lat.toFixed(3)},${at.lon.toFixed(3)}`
    const point = points.get(id) ?? {
      name: place.text,
      ...at,
      mentions: 0,
      figures: [],
      people: 0,
      docId: doc.id,
      spanId: place.id,
    }
    point.mentions++
    for (const r of set.relations) {
      const figure = r.to === place.id && r.type === 'location' ? spans.get(r.from) : undefined
      if (!figure || figure.label !== FIGURE_LABEL) continue
      const best = numberOf(figure.attributes?.['best']) ?? numberOf(figure.attributes?.['low'])
      const outcome = figure.attributes?.['outcome']
      point.figures.push({
        docId: doc.id,
        document: doc.title,
        spanId: figure.id,
        figure: figure.text,
        outcome: typeof outcome === 'string' ? outcome : '',
        best,
      })
      point.people += best ?? 0
    }
    points.set(id, point)
  }
}
