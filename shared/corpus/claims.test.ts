import { describe, expect, it } from 'vitest'
import { claimsCsvHeader, claimsCsvLines, claimsOf } from './claims.ts'
import type { AnnotationSet, DocumentRecord, Relation, Span } from '../contract/model.ts'
import { codePoints } from '../text/offsets.ts'

const text = 'Turkey said 33 Turkish soldiers died in Idlib, the ministry reported.'
const at = (quote: string, id: string, label: string, attributes?: Span['attributes']): Span => {
  const start = text.indexOf(quote)
  return {
    id,
    start: codePoints(start),
    end: codePoints(start + quote.length),
    label,
    text: quote,
    ...(attributes ? { attributes } : {}),
  }
}
const doc: DocumentRecord = {
  format: 'spanbench.document',
  version: 1,
  id: 'doc1',
  title: 'A "quoted", title',
  source: { fileName: 'a.txt', format: 'txt', importedAt: '2026-01-01T00:00:00.000Z' },
  metadata: { date: '2020-02-28' },
  sha256: '0'.repeat(64),
  text,
}
const rel = (id: string, type: string, from: string, to: string): Relation => ({
  id,
  type,
  from,
  to,
})
const set: AnnotationSet = {
  format: 'spanbench.annotations',
  version: 1,
  docId: 'doc1',
  annotator: 'a',
  textSha256: '0'.repeat(64),
  status: 'done',
  revision: 3,
  updatedAt: '2026-01-01T00:00:00.000Z',
  spans: [
    at('Turkey', 'turkey', 'ACTOR'),
    at('33 Turkish soldiers', 'fig', 'CASUALTY_FIGURE', {
      low: 33,
      best: 33,
      high: 33,
      qualifier: 'exact',
      outcome: 'killed',
    }),
    at('Turkish soldiers', 'victim', 'ACTOR'),
    at('Idlib', 'idlib', 'PLACE'),
    at('the ministry reported', 'attr', 'ATTRIBUTION'),
    at('ministry', 'ministry', 'ACTOR'),
  ],
  relations: [
    rel('r1', 'victim', 'fig', 'victim'),
    rel('r2', 'location', 'fig', 'idlib'),
    rel('r3', 'claimed_by', 'fig', 'attr'),
    rel('r4', 'source', 'attr', 'ministry'),
  ],
}

describe('claimsOf', () => {
  it('gives one row per casualty figure with its linked spans', () => {
    expect(claimsOf(doc, set)).toEqual([
      {
        docId: 'doc1',
        document: 'A "quoted", title',
        date: '2020-02-28',
        spanId: 'fig',
        figure: '33 Turkish soldiers',
        start: 12,
        end: 31,
        outcome: 'killed',
        low: 33,
        best: 33,
        high: 33,
        qualifier: 'exact',
        victim: 'Turkish soldiers',
        perpetrator: '',
        place: 'Idlib',
        attribution: 'the ministry reported',
        source: 'ministry',
      },
    ])
  })

  it('falls back to the attribution as the source, and has no rows without figures', () => {
    const noSource = { ...set, relations: set.relations.filter((r) => r.type !== 'source') }
    expect(claimsOf(doc, noSource)[0]?.source).toBe('the ministry reported')
    expect(claimsOf(doc, null)).toEqual([])
  })

  it('writes RFC 4180 CSV, quoting commas and quotes', () => {
    const csv = claimsCsvHeader() + claimsCsvLines(claimsOf(doc, set))
    expect(csv.split('\r\n')[0]).toBe(
      'document,date,figure,outcome,low,best,high,qualifier,victim,perpetrator,place,source,attribution,docId,spanId,start,end',
    )
    expect(csv.split('\r\n')[1]).toBe(
      '"A ""quoted"", title",2020-02-28,33 Turkish soldiers,killed,33,33,33,exact,Turkish soldiers,,Idlib,ministry,the ministry reported,doc1,fig,12,31',
    )
  })
})
