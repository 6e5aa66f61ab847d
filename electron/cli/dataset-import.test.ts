import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Corpus } from '../backend/store/corpus.ts'
import { cleanup, runCli, tempDir } from '../../tests/support/backend.ts'

afterEach(cleanup)

const line = (id: string, spans: object[]) =>
  JSON.stringify({ id, text: 'Rebels shelled Idlib.', spans, relations: [] })

describe('spanbench import --format jsonl', () => {
  it('gives spans without ids ids quietly, and exits 0 with warnings only, counting them', async () => {
    const home = await tempDir('spanbench-home-')
    const corpus = join(home, 'corpus')
    const file = join(home, 'hand.jsonl')
    await writeFile(
      file,
      [
        line('a', [
          { start: 0, end: 6, label: 'ACTOR' },
          { start: 15, end: 20, label: 'PLACE' },
        ]),
        line('b', [
          { id: 'x', start: 0, end: 6, label: 'ACTOR' },
          { id: 'x', start: 15, end: 20, label: 'PLACE' },
        ]),
      ].join('\n'),
    )
    const out = await runCli(['import', '--corpus', corpus, '--format', 'jsonl', file], home)
    expect(out.stderr).toBe(
      `hand.jsonl:2: warning: document b: span x gets the id s1 (its own is not a valid or unique id)\n1 warning\n`,
    )
    expect(out.code).toBe(0)
    const c = await Corpus.open(corpus, { readOnly: true })
    try {
      expect((await c.documentIds()).sort()).toEqual(['a', 'b'])
      const a = await c.readAnnotations('a', (await c.annotators())[0] ?? '')
      expect(a?.spans.map((s) => [s.id, s.text])).toEqual([
        ['s1', 'Rebels'],
        ['s2', 'Idlib'],
      ])
    } finally {
      c.close()
    }
  })

  it('exits 1 when something was left out, and says how many', async () => {
    const home = await tempDir('spanbench-home-')
    const file = join(home, 'hand.jsonl')
    await writeFile(file, line('a', [{ start: 15, end: 99, label: 'PLACE' }]))
    const out = await runCli(
      ['import', '--corpus', join(home, 'corpus'), '--format', 'jsonl', file],
      home,
    )
    expect(out.stderr).toMatch(/^hand\.jsonl:1: document a: span \? \[15, 99\) is outside/)
    expect(out.stderr).toMatch(/\n1 thing left out\n$/)
    expect(out.code).toBe(1)
  })
})
