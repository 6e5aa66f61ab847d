import { afterEach, describe, expect, it } from 'vitest'
import { Corpus } from '../store/corpus.ts'
import { cleanup, makeCorpus } from '../../../tests/support/backend.ts'
import { importDataset } from './dataset-import.ts'

afterEach(cleanup)

const TEXT = 'At least 5 members of the group died. Over 20 militants were neutralised.'
const at = (quote: string) => [TEXT.indexOf(quote), TEXT.indexOf(quote) + quote.length]

describe('importing casualty figures', () => {
  it('keeps the attributes that came in and adds none (doccano has none to give)', async () => {
    const [a1, a2] = at('At least 5 members')
    const [b1, b2] = at('Over 20 militants')
    const line = {
      text: TEXT,
      entities: [
        { id: 1, label: 'CASUALTY_FIGURE', start_offset: a1, end_offset: a2 },
        { id: 2, label: 'CASUALTY_FIGURE', start_offset: b1, end_offset: b2 },
      ],
    }
    const { dir } = await makeCorpus({})
    const corpus = await Corpus.open(dir)
    try {
      const result = await importDataset(
        corpus,
        [{ name: 'figures.jsonl', text: `${JSON.stringify(line)}\n` }],
        { format: 'doccano', annotator: 'tester' },
      )
      expect(result.problems).toEqual([])
      const [id] = await corpus.documentIds()
      const set = await corpus.readAnnotations(id ?? '', 'tester')
      expect(set?.spans.map((s) => [s.text, s.attributes ?? null])).toEqual([
        ['At least 5 members', null],
        ['Over 20 militants', null],
      ])
    } finally {
      corpus.close()
    }
  })

  it('keeps a figure’s partial attributes as they are (no outcome or best added)', async () => {
    const [a1, a2] = at('At least 5 members')
    const attributes = { outcome: 'killed', low: 5, qualifier: 'at_least' }
    const line = {
      id: 'fig',
      text: TEXT,
      spans: [{ id: 's1', start: a1, end: a2, label: 'CASUALTY_FIGURE', attributes }],
      relations: [],
    }
    const { dir } = await makeCorpus({})
    const corpus = await Corpus.open(dir)
    try {
      await importDataset(corpus, [{ name: 'figures.jsonl', text: JSON.stringify(line) }], {
        format: 'jsonl',
        annotator: 'tester',
      })
      const set = await corpus.readAnnotations('fig', 'tester')
      expect(set?.spans.map((s) => s.attributes)).toEqual([attributes])
    } finally {
      corpus.close()
    }
  })
})
