import { describe, expect, it } from 'vitest'
import { isoDay, readableDate } from './dates.ts'

describe('document dates', () => {
  it('reads web pages’ ISO timestamps as the day they name', () => {
    expect(readableDate('2020-06-09T08:15:00Z')).toBe('9 Jun 2020')
    expect(readableDate('2020-12-31T23:30:00-05:00')).toBe('31 Dec 2020')
    expect(isoDay('2020-06-09T08:15:00Z')).toBe('2020-06-09')
  })

  it('keeps other text and empty dates as they are', () => {
    expect(readableDate('')).toBe('')
    expect(readableDate('spring 2019')).toBe('spring 2019')
    expect(isoDay('spring 2019')).toBe('')
    expect(readableDate('2020-13-01')).toBe('2020-13-01')
  })
})
