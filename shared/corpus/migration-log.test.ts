import { describe, expect, it } from 'vitest'
import defaults from '../../assets/default-schema.json' with { type: 'json' }
import { bringForward, changesIds, logChange } from './migration-log.ts'
import { LabelSchemaSchema, type AnnotationSet, type Span } from '../contract/model.ts'
import { codePoints } from '../text/offsets.ts'

const schema = LabelSchemaSchema.parse(defaults)
const none = { labels: {}, relationTypes: {}, attributes: {} }
const span = (id: string, label: string): Span => ({
  id,
  start: codePoints(0),
  end: codePoints(1),
  label,
  text: 'x',
})
const without = (label: string) => ({
  labels: schema.labels.filter((l) => l.id !== label),
  relationTypes: schema.relationTypes.filter(
    (t) => !t.from.includes(label) && !t.to.includes(label),
  ),
})

describe('the migration log', () => {
  it('records only changes that rename or remove', () => {
    const added = {
      ...schema,
      labels: [...schema.labels, { ...schema.labels[0]!, id: 'NEW', hotkey: undefined }],
    }
    expect(changesIds(schema, added, none)).toBe(false)
    expect(changesIds(schema, without('PLACE'), none)).toBe(true)
    expect(changesIds(schema, schema, { ...none, labels: { ACTOR: 'PARTY' } })).toBe(true)
    expect(logChange({ schema }, added, none, '2026-01-01T00:00:00.000Z')).toBeUndefined()
  })

  it('brings a file forward through the steps after its generation only', () => {
    const at = '2026-01-01T00:00:00.000Z'
    const steps = logChange({ schema }, without('PLACE'), none, at) ?? []
    const set: Pick<AnnotationSet, 'spans' | 'relations' | 'schemaGeneration'> = {
      spans: [span('a', 'ACTOR'), span('p', 'PLACE')],
      relations: [],
    }
    expect(bringForward(set, steps).spans.map((s) => s.id)).toEqual(['a'])
    expect(bringForward(set, steps).schemaGeneration).toBe(1)
    // PLACE added again later: a file written before the removal still loses its old PLACE spans,
    // one written after it keeps the new ones.
    const renamed = {
      ...schema,
      labels: schema.labels.map((l) => (l.id === 'ACTOR' ? { ...l, id: 'PARTY' } : l)),
    }
    const renames = { ...none, labels: { ACTOR: 'PARTY' } }
    const again =
      logChange({ schema: without('PLACE'), migrations: steps }, renamed, renames, at) ?? []
    expect(again.map((s) => s.generation)).toEqual([1, 2])
    expect(bringForward(set, again).spans.map((s) => `${s.id}:${s.label}`)).toEqual(['a:PARTY'])
    const recent = { ...set, spans: [span('p', 'PLACE')], schemaGeneration: 1 }
    expect(bringForward(recent, again).spans.map((s) => s.label)).toEqual(['PLACE'])
  })
})
