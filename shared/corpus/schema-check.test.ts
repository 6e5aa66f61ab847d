import { describe, expect, it } from 'vitest'
import defaults from '../../assets/default-schema.json' with { type: 'json' }
import { LabelSchemaSchema, type Span } from '../contract/model.ts'
import { allowedRelationTypes, checkAttributes, checkRelation } from './schema-check.ts'
import { codePoints } from '../text/offsets.ts'

const schema = LabelSchemaSchema.parse(defaults)
const span = (id: string, label: string, attributes?: Span['attributes']): Span => ({
  id,
  start: codePoints(0),
  end: codePoints(1),
  label,
  text: 'x',
  ...(attributes ? { attributes } : {}),
})
const spans = new Map([
  ['f', span('f', 'CASUALTY_FIGURE')],
  ['a', span('a', 'ACTOR')],
  ['p', span('p', 'PLACE')],
  ['s', span('s', 'ATTRIBUTION')],
])

describe('the default schema', () => {
  it('offers victim and perpetrator from a figure to an actor, one type elsewhere', () => {
    expect(allowedRelationTypes(schema, 'CASUALTY_FIGURE', 'ACTOR').map((t) => t.id)).toEqual([
      'victim',
      'perpetrator',
    ])
    expect(allowedRelationTypes(schema, 'CASUALTY_FIGURE', 'PLACE').map((t) => t.id)).toEqual([
      'location',
    ])
    expect(allowedRelationTypes(schema, 'ATTRIBUTION', 'ACTOR').map((t) => t.id)).toEqual([
      'source',
    ])
    expect(allowedRelationTypes(schema, 'PLACE', 'ACTOR')).toEqual([])
  })

  it('refuses relations of unknown types, wrong directions and self-links, saying why', () => {
    expect(checkRelation({ id: 'r', type: 'victim', from: 'f', to: 'a' }, spans, schema)).toBeNull()
    expect(checkRelation({ id: 'r', type: 'victim', from: 'a', to: 'f' }, spans, schema)).toMatch(
      /goes from CASUALTY_FIGURE to ACTOR, not from ACTOR to CASUALTY_FIGURE/,
    )
    expect(checkRelation({ id: 'r', type: 'cause', from: 'f', to: 'a' }, spans, schema)).toMatch(
      /not in the corpus schema/,
    )
    expect(checkRelation({ id: 'r', type: 'victim', from: 'f', to: 'f' }, spans, schema)).toMatch(
      /itself/,
    )
  })

  it('checks attribute names and value types against the label', () => {
    expect(
      checkAttributes(
        span('f', 'CASUALTY_FIGURE', { best: 33, outcome: 'killed', qualifier: null }),
        schema,
      ),
    ).toBeNull()
    expect(checkAttributes(span('f', 'CASUALTY_FIGURE', { best: '33' }), schema)).toMatch(
      /best must be a number/,
    )
    expect(checkAttributes(span('f', 'CASUALTY_FIGURE', { outcome: 'murdered' }), schema)).toMatch(
      /one of killed, injured/,
    )
    expect(checkAttributes(span('p', 'PLACE', { outcome: 'killed' }), schema)).toMatch(
      /PLACE has no attribute outcome/,
    )
  })

  it("takes a place's coordinates within their ranges and names the field out of range", () => {
    expect(checkAttributes(span('p', 'PLACE', { lat: 35.9, lon: 36.6 }), schema)).toBeNull()
    expect(checkAttributes(span('p', 'PLACE', { lat: -90, lon: 180 }), schema)).toBeNull()
    expect(checkAttributes(span('p', 'PLACE', { lat: 95 }), schema)).toBe(
      'span p: attribute lat must be a number from -90 to 90, not 95',
    )
    expect(checkAttributes(span('p', 'PLACE', { lon: -181 }), schema)).toBe(
      'span p: attribute lon must be a number from -180 to 180, not -181',
    )
  })
})
