import { describe, expect, it } from 'vitest'
import type { ImportPreview, ImportResult } from '../../shared/contract/import-api.ts'
import { batchIndexes, differentFromPreview, failedBatch, tally } from './import-batches.ts'

describe('batches of files', () => {
  it('cuts the staged files in order into batches of the given size', () => {
    expect(batchIndexes(5, 2)).toEqual([[0, 1], [2, 3], [4]])
    expect(batchIndexes(0, 20)).toEqual([])
  })
})

describe('counting results', () => {
  const results: ImportResult[] = [
    { file: 'a', status: 'imported', docId: '1', title: 'A' },
    { file: 'b', status: 'duplicate', docId: '2', title: 'B' },
    { file: 'c', status: 'skipped', title: 'C' },
    { file: 'd', status: 'error', message: 'd: the file is empty' },
  ]

  it('counts each status, adding to a running tally', () => {
    const once = tally(results)
    expect(once).toEqual({ imported: 1, duplicate: 1, skipped: 1, failed: 1 })
    expect(tally(results.slice(0, 1), once).imported).toBe(2)
  })

  it('turns a lost batch into one failure per file, naming it', () => {
    expect(failedBatch(['a.txt'], 'cannot reach Spanbench')).toEqual([
      { file: 'a.txt', status: 'error', message: 'a.txt: not imported (cannot reach Spanbench)' },
    ])
  })
})

describe('stored as previewed', () => {
  const doc = (file: string, docId: string, part?: string) => ({
    key: part ? `${file}#${part}` : file,
    file,
    ...(part ? { part } : {}),
    docId,
    title: docId,
    metadata: {},
    text: '',
    steps: { unwrap: true, hyphenation: true, spaces: true, footnotes: false, boilerplate: true },
    decisions: [],
    nearDuplicates: [],
    skip: false,
  })
  const preview: ImportPreview = {
    files: [
      { file: 'a.txt', size: 1, documents: [doc('a.txt', 'aaa')], problems: [] },
      {
        file: 'rows.csv',
        size: 1,
        documents: [doc('rows.csv', 'r1', 'row 2'), doc('rows.csv', 'r2', 'row 3')],
        problems: [],
      },
      { file: 'a.txt', size: 1, documents: [doc('a.txt', 'a2')], problems: [] },
    ],
  }

  it('lists documents whose stored id (the hash of their text) is not the previewed one', () => {
    const results: ImportResult[] = [
      { file: 'a.txt', status: 'imported', docId: 'aaa', title: 'A' },
      { file: 'rows.csv', part: 'row 1', status: 'error', message: 'rows.csv row 1: no text' },
      { file: 'rows.csv', part: 'row 2', status: 'skipped', title: 'R1' },
      { file: 'rows.csv', part: 'row 3', status: 'imported', docId: 'other', title: 'R2' },
      { file: 'a.txt', status: 'duplicate', docId: 'a2', title: 'A again' },
    ]
    expect(differentFromPreview(preview, results).map((r) => r.title)).toEqual(['R2'])
  })
})
