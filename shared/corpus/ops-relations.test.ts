import { describe, expect, it } from 'vitest'
import type { AnnotationSet, Relation, Span } from '../contract/model.ts'
import { OpError, applyOps, invertOp, type AnnotationOp } from './ops.ts'
import { codePoints } from '../text/offsets.ts'

type Content = Pick<AnnotationSet, 'spans' | 'relations' | 'status' | 'note'>

const span = (id: string, start: number, label: string, attributes?: Span['attributes']): Span => ({
  id,
  start: codePoints(start),
  end: codePoints(start + 2),
  label,
  text: 'xx',
  ...(attributes ? { attributes } : {}),
})
const rel = (id: string, type: string, from: string, to: string): Relation => ({
  id,
  type,
  from,
  to,
})

const base: Content = {
  status: 'new',
  spans: [span('fig', 0, 'CASUALTY_FIGURE'), span('act', 5, 'ACTOR'), span('pla', 9, 'PLACE')],
  relations: [rel('r1', 'victim', 'fig', 'act'), rel('r2', 'location', 'fig', 'pla')],
}

/** Applies ops, then their inverses in reverse: the result must be the start. */
function roundTrip(ops: AnnotationOp[]): void {
  const after = applyOps(base, ops)
  const back = applyOps(after, ops.map(invertOp).reverse())
  expect(back).toEqual(applyOps(base, []))
}

describe('relations, attributes and notes as operations', () => {
  it('removing a span removes its relations; undo with the carried relations restores both', () => {
    const relations = base.relations.filter((r) => r.from === 'act' || r.to === 'act')
    const op: AnnotationOp = { op: 'removeSpan', span: span('act', 5, 'ACTOR'), relations }
    const after = applyOps(base, [op])
    expect(after.relations.map((r) => r.id)).toEqual(['r2'])
    expect(applyOps(after, [invertOp(op)])).toEqual(applyOps(base, []))
  })

  it('adds and removes relations, refusing duplicates and dangling ends', () => {
    const added = applyOps(base, [
      { op: 'addRelation', relation: rel('r3', 'perpetrator', 'fig', 'act') },
    ])
    expect(added.relations.map((r) => r.id)).toEqual(['r1', 'r2', 'r3'])
    expect(() =>
      applyOps(base, [{ op: 'addRelation', relation: rel('r1', 'victim', 'fig', 'act') }]),
    ).toThrow(OpError)
    expect(() =>
      applyOps(base, [{ op: 'addRelation', relation: rel('r9', 'victim', 'fig', 'gone') }]),
    ).toThrow(/does not exist/)
    roundTrip([{ op: 'removeRelation', relation: rel('r1', 'victim', 'fig', 'act') }])
  })

  it('replaces attributes and notes, and drops them when emptied', () => {
    const ops: AnnotationOp[] = [
      {
        op: 'updateSpan',
        id: 'fig',
        before: { attributes: {} },
        after: { attributes: { best: 33, outcome: 'killed' } },
      },
      {
        op: 'updateSpan',
        id: 'fig',
        before: { note: '' },
        after: { note: 'check the ministry figure' },
      },
    ]
    const after = applyOps(base, ops)
    expect(after.spans[0]).toEqual({
      ...span('fig', 0, 'CASUALTY_FIGURE'),
      attributes: { best: 33, outcome: 'killed' },
      note: 'check the ministry figure',
    })
    const cleared = applyOps(after, [
      { op: 'updateSpan', id: 'fig', before: { note: 'x' }, after: { note: '', attributes: {} } },
    ])
    expect(cleared.spans[0]).toEqual(span('fig', 0, 'CASUALTY_FIGURE'))
    roundTrip(ops)
  })

  it('sets the document note and status, and undoes them', () => {
    const ops: AnnotationOp[] = [
      { op: 'setNote', before: '', after: 'second source needed' },
      { op: 'setStatus', before: 'new', after: 'done' },
    ]
    const after = applyOps(base, ops)
    expect([after.note, after.status]).toEqual(['second source needed', 'done'])
    roundTrip(ops)
  })
})
