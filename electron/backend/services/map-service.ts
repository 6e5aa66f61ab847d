/**
 * The map's places: one annotator's PLACE spans across the corpus, located
 * from their own coordinates or the gazetteer (shipped, the corpus's own, and
 * GeoNames where installed), with the casualty figures located there. A
 * document whose files cannot be read is left out.
 */
import {
  PLACE_LABEL,
  PlaceLocator,
  addMapPoints,
  type MapPoint,
} from '../../../shared/geo/map-points.ts'
import type { Corpus } from '../store/corpus.ts'
import { skipDamagedAsync } from '../store/damaged.ts'
import type { HandlerSlice } from './handlers.ts'
import { loadGazetteer } from './suggestions-service.ts'

export async function mapPoints(
  corpus: Corpus,
  annotator: string,
): Promise<{ points: MapPoint[]; unplaced: number }> {
  const locator = new PlaceLocator(await loadGazetteer(corpus))
  const points = new Map<string, MapPoint>()
  let places = 0
  const problems: string[] = []
  for (const id of await corpus.documentIds()) {
    const set = await skipDamagedAsync(() => corpus.readAnnotations(id, annotator), problems)
    if (!set?.spans.some((s) => s.label === PLACE_LABEL)) continue
    const doc = await skipDamagedAsync(() => corpus.readDocument(id), problems)
    if (!doc) continue
    places += set.spans.filter((s) => s.label === PLACE_LABEL).length
    addMapPoints(points, doc, set, locator)
  }
  const located = [...points.values()].reduce((n, p) => n + p.mentions, 0)
  return {
    points: [...points.values()].sort((a, b) => b.people - a.people || b.mentions - a.mentions),
    unplaced: places - located,
  }
}

export const mapHandlers: HandlerSlice<'map.points'> = {
  'map.points': (_input, { corpus, annotator }) => mapPoints(corpus, annotator),
}
