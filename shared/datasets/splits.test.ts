import { describe, expect, it } from 'vitest'
import { assignSplits, parseRatios, seededRandom, type SplitName } from './splits.ts'

const docs = (n: number, labels: (i: number) => string[] = () => []) =>
  Array.from({ length: n }, (_, i) => ({
    id: `doc${String(i).padStart(4, '0')}`,
    labels: labels(i),
  }))

const sizes = (split: Map<string, SplitName>) => {
  const count = { train: 0, dev: 0, test: 0 }
  for (const name of split.values()) count[name]++
  return count
}

describe('parseRatios', () => {
  it('reads train/dev/test shares and refuses nonsense', () => {
    expect(parseRatios('80/10/10')).toEqual([80, 10, 10])
    expect(parseRatios('0.8/0.2')).toEqual([0.8, 0.2, 0])
    for (const bad of ['80', '80/x/10', '0/0/0', '-1/50/51', '1/2/3/4'])
      expect(() => parseRatios(bad)).toThrow(/train\/dev\/test/)
  })
})

describe('assignSplits', () => {
  it('gives the same split for the same seed, whatever the input order', () => {
    const items = docs(200)
    const spec = { ratios: [80, 10, 10] as const, seed: 42, stratify: false }
    const a = assignSplits(items, spec)
    const b = assignSplits([...items].reverse(), spec)
    expect([...b.entries()].sort()).toEqual([...a.entries()].sort())
    const c = assignSplits(items, { ...spec, seed: 43 })
    expect([...c.entries()].sort()).not.toEqual([...a.entries()].sort())
  })

  it('sizes the splits by the ratios', () => {
    const spec = { ratios: [80, 10, 10] as const, seed: 1, stratify: false }
    expect(sizes(assignSplits(docs(200), spec))).toEqual({ train: 160, dev: 20, test: 20 })
    expect(sizes(assignSplits(docs(7), { ...spec, ratios: [70, 30, 0] }))).toEqual({
      train: 5,
      dev: 2,
      test: 0,
    })
  })

  it('spreads a rare label over the splits when stratified', () => {
    // 10 of 100 documents have the rare label; unstratified, chance decides where they go.
    const labels = (i: number) => (i % 10 === 0 ? ['ACTOR', 'RARE'] : ['ACTOR'])
    const spec = { ratios: [80, 10, 10] as const, seed: 5, stratify: true }
    const split = assignSplits(docs(100, labels), spec)
    const rare = [...split.entries()].filter(([id]) => Number(id.slice(3)) % 10 === 0)
    expect(sizes(new Map(rare))).toEqual({ train: 8, dev: 1, test: 1 })
    expect(sizes(split)).toEqual({ train: 80, dev: 10, test: 10 })
  })

  it('uses a seeded generator that is the same everywhere', () => {
    const random = seededRandom(1)
    expect([random(), random(), random()].map((x) => x.toFixed(6))).toEqual([
      '0.627074',
      '0.002736',
      '0.527447',
    ])
  })
})
