import { describe, expect, it } from 'vitest'
import { assignDocuments } from './assignment.ts'

const ids = Array.from({ length: 50 }, (_, i) => `doc${String(i).padStart(2, '0')}`)

describe('assignDocuments', () => {
  it('gives every document to one annotator and the seeded 20% to two, evenly', () => {
    const plan = assignDocuments(ids, ['alice', 'bob', 'carol'], 20, 7)
    expect(Object.keys(plan).sort()).toEqual(ids)
    const doubled = Object.values(plan).filter((a) => a.length === 2)
    expect(doubled).toHaveLength(10)
    expect(doubled.every(([x, y]) => x !== y)).toBe(true)
    const load = (a: string) => Object.values(plan).filter((l) => l.includes(a)).length
    expect([load('alice'), load('bob'), load('carol')].sort()).toEqual([20, 20, 20])
  })

  it('gives the same plan for the same seed, in any input order, and another for another seed', () => {
    const plan = assignDocuments(ids, ['alice', 'bob'], 20, 7)
    expect(assignDocuments([...ids].reverse(), ['alice', 'bob'], 20, 7)).toEqual(plan)
    expect(assignDocuments(ids, ['alice', 'bob'], 20, 8)).not.toEqual(plan)
  })

  it('refuses to double-code with one annotator', () => {
    expect(() => assignDocuments(ids, ['alice'], 20, 1)).toThrow(/at least two/)
    expect(Object.values(assignDocuments(ids, ['alice'], 0, 1)).flat()).toHaveLength(50)
  })
})
