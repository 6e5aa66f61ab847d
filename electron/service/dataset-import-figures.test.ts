import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { Corpus } from '../store/corpus.ts'
import { cleanup, makeCorpus, runCli, tempDir } from '../test-support.ts'

afterEach(cleanup)

describe('importing a dataset', () => {
  it('parses casualty figures that come without attributes, as tagging does', async () => {
    const { dir } = await makeCorpus({})
    const home = await tempDir('spanbench-home-')
    const text = 'At least 6 members of the group died. Over 20 militants were neutralised.'
    const at = (quote: string) => [text.indexOf(quote), text.indexOf(quote) + quote.length]
    const [a1, a2] = at('At least 6 members')
    const [b1, b2] = at('Over 20 militants')
    const line = {
      text,
      entities: [
        { id: 1, label: 'CASUALTY_FIGURE', start_offset: a1, end_offset: a2 },
        { id: 2, label: 'CASUALTY_FIGURE', start_offset: b1, end_offset: b2 },
      ],
    }
    const file = join(home, 'figures.jsonl')
    await writeFile(file, `${JSON.stringify(line)}\n`)
    const out = await runCli(
      ['import', '--corpus', dir, '--format', 'doccano', '--annotator', 'tester', file],
      home,
    )
    expect(out.stderr).toBe('')
    expect(out.code).toBe(0)
    const corpus = await Corpus.open(dir, { readOnly: true })
    const [id] = await corpus.documentIds()
    const set = await corpus.readAnnotations(id ?? '', 'tester')
    expect(set?.spans.map((s) => [s.text, s.attributes])).toEqual([
      ['At least 6 members', { low: 6, best: 6, qualifier: 'at_least', outcome: 'killed' }],
      ['Over 20 militants', { low: 20, best: 20, qualifier: 'more_than', outcome: 'neutralised' }],
    ])
  })
})
