import { describe, expect, it } from 'vitest'
import type { LabelSchema } from '../../shared/contract/model.ts'
import { exportInput, initialForm, toggled } from './export-form.ts'

const schema: LabelSchema = {
  labels: [
    { id: 'ACTOR', name: 'Actor', color: '#000000', attributes: [] },
    { id: 'PLACE', name: 'Place', color: '#000000', attributes: [] },
  ],
  relationTypes: [],
}

describe('export form', () => {
  it('sends no filters for the defaults: untouched documents stay out', () => {
    expect(initialForm(schema).untouched).toBe(false)
    expect(exportInput(initialForm(schema), schema, 'download')).toEqual({
      format: 'jsonl',
      to: 'download',
      options: {},
    })
    expect(
      exportInput({ ...initialForm(schema), untouched: true }, schema, 'download'),
    ).toMatchObject({ options: { untouched: true } })
  })

  it('sends the chosen filters, split and offsets', () => {
    const form = {
      ...initialForm(schema),
      format: 'doccano' as const,
      labels: ['PLACE'],
      statuses: ['done' as const],
      annotators: 'amira, kim',
      documents: ['a1'],
      split: true,
      ratios: [70, 15, 15] as const,
      seed: 7,
      stratify: true,
      codePoints: true,
    }
    expect(exportInput(form, schema, 'path')).toEqual({
      format: 'doccano',
      to: 'path',
      options: {
        labels: ['PLACE'],
        statuses: ['done'],
        annotators: ['amira', 'kim'],
        documents: ['a1'],
        split: { ratios: [70, 15, 15], seed: 7, stratify: true },
        offsetUnit: 'codepoint',
      },
    })
  })

  it('says what is missing instead of sending nonsense', () => {
    expect(exportInput({ ...initialForm(schema), labels: [] }, schema, 'path')).toBe(
      'Choose at least one label.',
    )
    expect(
      exportInput({ ...initialForm(schema), split: true, ratios: [0, 0, 0] }, schema, 'path'),
    ).toBe('Give the split some shares.')
  })

  it('toggles in the order of the full list', () => {
    expect(toggled(['PLACE'], 'ACTOR', ['ACTOR', 'PLACE'])).toEqual(['ACTOR', 'PLACE'])
    expect(toggled(['ACTOR', 'PLACE'], 'ACTOR', ['ACTOR', 'PLACE'])).toEqual(['PLACE'])
  })
})
