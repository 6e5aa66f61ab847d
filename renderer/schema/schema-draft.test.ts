import { describe, expect, it } from 'vitest'
import defaults from '../../assets/default-schema.json' with { type: 'json' }
import { LabelSchemaSchema } from '../../shared/contract/model.ts'
import { draftOf, newLabel, removeLabel, schemaOf } from './schema-draft.ts'

const schema = LabelSchemaSchema.parse(defaults)

describe('schema drafts', () => {
  it('turns an untouched draft back into the same schema, with no renames', () => {
    expect(schemaOf(draftOf(schema))).toEqual({
      schema,
      renames: { labels: {}, relationTypes: {}, attributes: {} },
    })
  })

  it('tells renames from additions, and carries renamed labels into relation types', () => {
    const draft = draftOf(schema)
    const actor = draft.labels[0]
    if (!actor) throw new Error('no label')
    actor.id = 'PARTY'
    const category = actor.attributes[0]
    if (category) category.id = 'kind'
    const victim = draft.relationTypes[0]
    if (victim) victim.id = 'harmed'
    draft.labels.push(newLabel(draft))
    const { schema: next, renames } = schemaOf(draft)
    expect(renames).toEqual({
      labels: { ACTOR: 'PARTY' },
      relationTypes: { victim: 'harmed' },
      attributes: { PARTY: { category: 'kind' } },
    })
    expect(next.relationTypes[0]).toMatchObject({
      id: 'harmed',
      from: ['CASUALTY_FIGURE'],
      to: ['PARTY'],
    })
    expect(next.labels[4]).toMatchObject({ id: 'LABEL_5', hotkey: '5' })
  })

  it('removing a label takes it out of relation types, and drops types left without an end', () => {
    const draft = removeLabel(draftOf(schema), 1)
    expect(draft.labels.map((l) => l.id)).toEqual(['ACTOR', 'CASUALTY_FIGURE', 'ATTRIBUTION'])
    expect(draft.relationTypes.map((t) => t.id)).toEqual([
      'victim',
      'perpetrator',
      'claimed_by',
      'source',
    ])
  })
})
