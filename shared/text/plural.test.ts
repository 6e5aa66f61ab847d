import { describe, expect, it } from 'vitest'
import { count } from './plural.ts'

describe('count', () => {
  it('says one thing in the singular and any other number in the plural', () => {
    expect(count(1, 'change')).toBe('1 change')
    expect(count(2, 'change')).toBe('2 changes')
    expect(count(0, 'file')).toBe('0 files')
    expect(count(3, 'attribute value')).toBe('3 attribute values')
    expect(count(1, 'near-duplicate')).toBe('1 near-duplicate')
  })
})
