import { describe, expect, it } from 'vitest'
import defaults from '../../assets/default-schema.json' with { type: 'json' }
import { LabelSchemaSchema, type Relation, type Span } from '../contract/model.ts'
import { migrateSet, validateSchema } from './schema-migration.ts'
import { codePoints } from '../text/offsets.ts'

const schema = LabelSchemaSchema.parse(defaults)
const span = (id: string, label: string, attributes?: Span['attributes']): Span => ({
  id,
  start: codePoints(id.charCodeAt(0)),
  end: codePoints(id.charCodeAt(0) + 1),
  label,
  text: 'x',
  ...(attributes ? { attributes } : {}),
})
const rel = (id: string, type: string, from: string, to: string): Relation => ({
  id,
  type,
  from,
  to,
})
const set = {
  spans: [
    span('a', 'ACTOR', { category: 'state force' }),
    span('f', 'CASUALTY_FIGURE', { best: 3, outcome: 'killed' }),
    span('p', 'PLACE'),
  ],
  relations: [rel('r1', 'victim', 'f', 'a'), rel('r2', 'location', 'f', 'p')],
}
const none = { labels: {}, relationTypes: {}, attributes: {} }

describe('validateSchema', () => {
  it('accepts the default schema and names what is wrong in a broken one', () => {
    expect(validateSchema(schema)).toBeNull()
    const twice = { ...schema, labels: [...schema.labels, { ...schema.labels[0]!, hotkey: '9' }] }
    expect(validateSchema(twice)).toBe('two labels have the id ACTOR')
    const dangling = {
      ...schema,
      relationTypes: [{ id: 'x', name: 'x', from: ['NOPE'], to: ['ACTOR'] }],
    }
    expect(validateSchema(dangling)).toBe('relation type x names NOPE, which is not a label')
  })
})

describe('migrateSet', () => {
  it('renames a label, its attribute and a relation type, keeping every annotation', () => {
    const renamed = {
      ...schema,
      labels: schema.labels.map((l) =>
        l.id === 'ACTOR'
          ? {
              ...l,
              id: 'PARTY',
              attributes: l.attributes.map((a) => (a.id === 'category' ? { ...a, id: 'kind' } : a)),
            }
          : l,
      ),
      relationTypes: schema.relationTypes.map((t) => ({
        ...t,
        id: t.id === 'victim' ? 'harmed' : t.id,
        from: t.from.map((l) => (l === 'ACTOR' ? 'PARTY' : l)),
        to: t.to.map((l) => (l === 'ACTOR' ? 'PARTY' : l)),
      })),
    }
    const renames = {
      labels: { ACTOR: 'PARTY' },
      relationTypes: { victim: 'harmed' },
      attributes: { PARTY: { category: 'kind' } },
    }
    const { set: next, impact } = migrateSet(set, renamed, renames)
    expect(next.spans[0]).toEqual(span('a', 'PARTY', { kind: 'state force' }))
    expect(next.relations.map((r) => r.type)).toEqual(['harmed', 'location'])
    expect(impact).toEqual({
      spansRelabelled: 1,
      spansRemoved: 0,
      relationsRemoved: 0,
      attributesRemoved: 0,
    })
    expect(migrateSet(next, renamed, renames).set).toEqual(next)
  })

  it('counts what removing a label takes with it: spans, their relations', () => {
    const withoutPlace = {
      labels: schema.labels.filter((l) => l.id !== 'PLACE'),
      relationTypes: schema.relationTypes.filter((t) => t.id !== 'location'),
    }
    const { set: next, impact } = migrateSet(set, withoutPlace, none)
    expect(next.spans.map((s) => s.id)).toEqual(['a', 'f'])
    expect(impact).toEqual({
      spansRelabelled: 0,
      spansRemoved: 1,
      relationsRemoved: 1,
      attributesRemoved: 0,
    })
  })

  it('drops attribute values that no longer fit', () => {
    const fewerOutcomes = {
      ...schema,
      labels: schema.labels.map((l) =>
        l.id === 'CASUALTY_FIGURE'
          ? {
              ...l,
              attributes: l.attributes.map((a) =>
                a.id === 'outcome' ? { ...a, options: ['injured'] } : a,
              ),
            }
          : l,
      ),
    }
    const { set: next, impact } = migrateSet(set, fewerOutcomes, none)
    expect(next.spans[1]?.attributes).toEqual({ best: 3 })
    expect(impact.attributesRemoved).toBe(1)
  })
})
