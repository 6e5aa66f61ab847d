import { describe, expect, it } from 'vitest'
import type { AnnotationSet, DocumentRecord, Span } from '../contract/model.ts'
import { PlaceLocator, addMapPoints, type MapPoint } from './map-points.ts'
import type { GazetteerEntry } from '../suggestions/suggestions.ts'
import { codePoints } from '../text/offsets.ts'

const GAZETTEER: GazetteerEntry[] = [
  {
    name: 'Idlib',
    label: 'PLACE',
    attributes: { gazetteer_id: 'geonames:SY.12', lat: 35.93, lon: 36.63 },
  },
  { name: 'Saraqib', label: 'PLACE', aliases: ['Sarāqib'], attributes: { lat: 35.86, lon: 36.8 } },
  { name: 'Turkey', label: 'PLACE', attributes: { gazetteer_id: 'tr:turkey' } },
]
const place = (id: string, text: string, attributes?: Span['attributes']): Span => ({
  id,
  start: codePoints(0),
  end: codePoints(text.length),
  label: 'PLACE',
  text,
  ...(attributes ? { attributes } : {}),
})

describe('placing PLACE spans on the map', () => {
  const locator = new PlaceLocator(GAZETTEER)

  it('takes the span’s own coordinates, else its gazetteer id, else its name, directions aside', () => {
    expect(locator.locate(place('a', 'Kafr Nabl', { lat: 35.61, lon: 36.56 }))).toEqual({
      lat: 35.61,
      lon: 36.56,
    })
    expect(locator.locate(place('b', 'the province', { gazetteer_id: 'geonames:SY.12' }))).toEqual({
      lat: 35.93,
      lon: 36.63,
    })
    expect(locator.locate(place('c', 'southern Idlib'))).toEqual({ lat: 35.93, lon: 36.63 })
    expect(locator.locate(place('d', 'Saraqib'))).toEqual({ lat: 35.86, lon: 36.8 })
    // An entry without coordinates, and a place nobody knows, stay off the map.
    expect(locator.locate(place('e', 'Turkey'))).toBeNull()
    expect(locator.locate(place('f', 'Tel Zorba'))).toBeNull()
    expect(locator.locate(place('g', 'Nowhere', { lat: 95, lon: 10 }))).toBeNull()
  })

  it('gathers mentions of a place and the figures located there', () => {
    const doc = { id: 'd1', title: 'Report' } as DocumentRecord
    const set = {
      spans: [
        place('p1', 'Idlib'),
        place('p2', 'Idlib'),
        {
          id: 'f1',
          start: 0,
          end: 2,
          label: 'CASUALTY_FIGURE',
          text: '33',
          attributes: { best: 33, outcome: 'killed' },
        },
        { id: 'f2', start: 0, end: 1, label: 'CASUALTY_FIGURE', text: 'a', attributes: { low: 2 } },
      ],
      relations: [
        { id: 'r1', type: 'location', from: 'f1', to: 'p1' },
        { id: 'r2', type: 'location', from: 'f2', to: 'p2' },
        { id: 'r3', type: 'victim', from: 'f1', to: 'p2' },
      ],
    } as unknown as AnnotationSet
    const points = new Map<string, MapPoint>()
    addMapPoints(points, doc, set, locator)
    const [idlib] = [...points.values()]
    expect(points.size).toBe(1)
    expect(idlib).toMatchObject({
      name: 'Idlib',
      mentions: 2,
      people: 35,
      docId: 'd1',
      spanId: 'p1',
    })
    expect(idlib?.figures.map((f) => [f.figure, f.outcome, f.best])).toEqual([
      ['33', 'killed', 33],
      ['a', '', 2],
    ])
  })
})
