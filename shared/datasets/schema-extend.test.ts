import { describe, expect, it } from 'vitest'
import { extendSchema } from './schema-extend.ts'
import { FIXTURE_SCHEMA } from './test-corpus.fixtures.ts'
import { codePoints } from '../text/offsets.ts'

describe('extendSchema', () => {
  it('adds what imported annotations need and nothing else', () => {
    const span = (
      id: string,
      label: string,
      attributes?: Record<string, string | number | boolean>,
    ) => ({
      id,
      label,
      start: codePoints(0),
      end: codePoints(1),
      text: 'x',
      ...(attributes ? { attributes } : {}),
    })
    const { schema, added } = extendSchema(FIXTURE_SCHEMA, [
      {
        spans: [
          span('a', 'ACTOR', { category: 'police', side: 'x' }),
          span('b', 'WEAPON', { calibre: 7.62, confirmed: true }),
          span('c', 'PLACE'),
        ],
        relations: [
          { id: 'r1', type: 'used', from: 'a', to: 'b' },
          { id: 'r2', type: 'location', from: 'a', to: 'c' },
        ],
      },
    ])
    expect(added).toEqual([
      'option "police" of category on ACTOR',
      'label WEAPON',
      'attribute calibre (number) on WEAPON',
      'attribute confirmed (boolean) on WEAPON',
      'relation type used',
      'used from ACTOR',
      'used to WEAPON',
      'location from ACTOR',
    ])
    expect(schema.labels.find((l) => l.id === 'WEAPON')).toMatchObject({
      hotkey: '5',
      name: 'WEAPON',
    })
    expect(
      FIXTURE_SCHEMA.labels.find((l) => l.id === 'ACTOR')?.attributes[0]?.options,
    ).not.toContain('police')
    expect(extendSchema(FIXTURE_SCHEMA, []).added).toEqual([])
  })
})
