import { describe, expect, it } from 'vitest'
import { ImportStages } from './import-stages.ts'
import type { DecodedSource } from './import-sources.ts'

const MINUTE = 60 * 1000

/** A decoded file of `size` bytes (the stages count sizes, not contents). */
function decoded(name: string, size: number): DecodedSource {
  const bytes = new Uint8Array(size)
  return {
    source: { name, size, read: () => Promise.resolve(bytes) },
    name,
    baseName: name,
    ext: '.txt',
    size,
    documents: [],
    problems: [],
  }
}

/** Stages holding at most 100 bytes for 30 minutes, on a clock the test moves. */
function stagesAt(): { stages: ImportStages; clock: { now: number } } {
  const clock = { now: 0 }
  const stages = new ImportStages({ maxBytes: 100, ttlMs: 30 * MINUTE, now: () => clock.now })
  return { stages, clock }
}

describe('staged imports', () => {
  it('are kept for the corpus they were staged for, for 30 minutes after their last use', () => {
    const { stages, clock } = stagesAt()
    const id = stages.add('/corpus', '', [decoded('a.txt', 10)])
    expect(() => stages.get(id, '/other')).toThrow(/choose the files again/)
    clock.now = 29 * MINUTE
    expect(stages.get(id, '/corpus').decoded[0]?.name).toBe('a.txt')
    clock.now = 58 * MINUTE
    expect(stages.get(id, '/corpus').bytes).toBe(10)
    clock.now = 89 * MINUTE
    expect(() => stages.get(id, '/corpus')).toThrow(
      'the files of this import are no longer held (staged imports are kept 30 minutes after their last use, and the oldest give way to new ones): choose the files again',
    )
  })

  it('make room for a new one by forgetting the least recently used', () => {
    const { stages } = stagesAt()
    const first = stages.add('/corpus', '', [decoded('a.txt', 40)])
    const second = stages.add('/corpus', '', [decoded('b.txt', 40)])
    stages.get(first, '/corpus')
    const third = stages.add('/corpus', '', [decoded('c.txt', 40)])
    expect(() => stages.get(second, '/corpus')).toThrow(/no longer held/)
    expect(stages.get(first, '/corpus').bytes).toBe(40)
    expect(stages.get(third, '/corpus').bytes).toBe(40)
  })

  it('refuse files that alone are more than they may hold', () => {
    const { stages } = stagesAt()
    const kept = stages.add('/corpus', '', [decoded('a.txt', 60)])
    expect(() => stages.add('/corpus', '', [decoded('b.txt', 60), decoded('c.txt', 60)])).toThrow(
      /^120 bytes of files is more than an import can hold for its preview \(100 bytes\)/,
    )
    expect(stages.get(kept, '/corpus').bytes).toBe(60)
  })
})
