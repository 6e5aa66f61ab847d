import { describe, expect, it } from 'vitest'
import type { AnnotationSet, Relation, Span } from '../contract/model.ts'
import { AnnotationOpSchema, OpError, applyOps, compareSpans, invertOp } from './ops.ts'
import type { AnnotationOp } from './ops.ts'
import { codePoints } from '../text/offsets.ts'

type Content = Pick<AnnotationSet, 'spans' | 'relations' | 'status'>

function span(id: string, start: number, end: number, label = 'ACTOR'): Span {
  return {
    id,
    start: codePoints(start),
    end: codePoints(end),
    label,
    text: 'x'.repeat(end - start),
  }
}

const base: Content = {
  status: 'new',
  spans: [span('a', 0, 5), span('b', 10, 12, 'PLACE')],
  relations: [],
}

describe('applyOps', () => {
  it('adds a span and keeps spans sorted by start, end, label, id', () => {
    const next = applyOps(base, [
      { op: 'addSpan', span: span('c', 3, 8, 'PLACE') },
      { op: 'addSpan', span: span('d', 0, 5, 'ACTOR') },
      { op: 'addSpan', span: span('e', 0, 5, 'ACCOUNT') },
    ])
    expect(next.spans.map((s) => s.id)).toEqual(['e', 'a', 'd', 'c', 'b'])
    expect([...next.spans].sort(compareSpans)).toEqual(next.spans)
  })

  it('does not change the set it was given', () => {
    const before = structuredClone(base)
    applyOps(base, [{ op: 'addSpan', span: span('c', 1, 2) }])
    expect(base).toEqual(before)
  })

  it('removes a span', () => {
    const next = applyOps(base, [{ op: 'removeSpan', span: span('a', 0, 5) }])
    expect(next.spans.map((s) => s.id)).toEqual(['b'])
  })

  it('updates only the fields given, and re-sorts', () => {
    const next = applyOps(base, [
      {
        op: 'updateSpan',
        id: 'a',
        before: { start: codePoints(0), end: codePoints(5), text: 'xxxxx' },
        after: { start: codePoints(20), end: codePoints(22), text: 'yy' },
      },
      { op: 'updateSpan', id: 'b', before: { label: 'PLACE' }, after: { label: 'ACTOR' } },
    ])
    expect(next.spans).toEqual([
      { id: 'b', start: 10, end: 12, label: 'ACTOR', text: 'xx' },
      { id: 'a', start: 20, end: 22, label: 'ACTOR', text: 'yy' },
    ])
  })

  it('sets the document status', () => {
    expect(applyOps(base, [{ op: 'setStatus', before: 'new', after: 'done' }]).status).toBe('done')
  })

  it('refuses a duplicate span id, naming it', () => {
    expect(() => applyOps(base, [{ op: 'addSpan', span: span('a', 1, 2) }])).toThrow(OpError)
    expect(() => applyOps(base, [{ op: 'addSpan', span: span('a', 1, 2) }])).toThrow(/span a/)
  })

  it('refuses to remove or update a span that does not exist', () => {
    expect(() => applyOps(base, [{ op: 'removeSpan', span: span('zz', 1, 2) }])).toThrow(
      /span zz does not exist/,
    )
    expect(() =>
      applyOps(base, [{ op: 'updateSpan', id: 'zz', before: {}, after: { label: 'PLACE' } }]),
    ).toThrow(/span zz does not exist/)
  })

  it('applies all operations or none: a failing batch leaves the input as it was', () => {
    const before = structuredClone(base)
    expect(() =>
      applyOps(base, [
        { op: 'addSpan', span: span('c', 1, 2) },
        { op: 'removeSpan', span: span('zz', 1, 2) },
      ]),
    ).toThrow(OpError)
    expect(base).toEqual(before)
  })

  it('removing a span removes the relations that touch it', () => {
    const relations: Relation[] = [
      { id: 'r1', type: 'victim', from: 'a', to: 'b' },
      { id: 'r2', type: 'location', from: 'c', to: 'b' },
      { id: 'r3', type: 'perpetrator', from: 'c', to: 'a' },
    ]
    const set: Content = { ...base, spans: [...base.spans, span('c', 20, 25)], relations }
    const next = applyOps(set, [{ op: 'removeSpan', span: span('a', 0, 5) }])
    expect(next.relations.map((r) => r.id)).toEqual(['r2'])
  })
})

describe('invertOp', () => {
  it('undoes any sequence: apply, then the inverses in reverse order, gives the original', () => {
    const ops: AnnotationOp[] = [
      { op: 'addSpan', span: span('c', 3, 8, 'PLACE') },
      { op: 'setStatus', before: 'new', after: 'in_progress' },
      {
        op: 'updateSpan',
        id: 'c',
        before: { label: 'PLACE', start: codePoints(3), end: codePoints(8), text: 'xxxxx' },
        after: { label: 'ACTOR', start: codePoints(4), end: codePoints(6), text: 'xx' },
      },
      { op: 'removeSpan', span: span('a', 0, 5) },
      { op: 'addSpan', span: span('d', 0, 1) },
      { op: 'setStatus', before: 'in_progress', after: 'done' },
    ]
    const after = applyOps(base, ops)
    expect(after).not.toEqual(base)
    const undo = ops.map(invertOp).reverse()
    expect(applyOps(after, undo)).toEqual(base)
    // And undo, step by step, passes through every intermediate state.
    let state = after
    for (let i = ops.length - 1; i >= 0; i--) {
      state = applyOps(state, [invertOp(ops[i] as AnnotationOp)])
      expect(state).toEqual(applyOps(base, ops.slice(0, i)))
    }
  })

  it('is its own inverse', () => {
    const ops: AnnotationOp[] = [
      { op: 'addSpan', span: span('c', 1, 2) },
      { op: 'removeSpan', span: span('c', 1, 2) },
      { op: 'updateSpan', id: 'a', before: { label: 'ACTOR' }, after: { label: 'PLACE' } },
      { op: 'setStatus', before: 'new', after: 'done' },
    ]
    for (const op of ops) expect(invertOp(invertOp(op))).toEqual(op)
  })
})

describe('AnnotationOpSchema', () => {
  it('refuses a span whose end is not after its start', () => {
    expect(AnnotationOpSchema.safeParse({ op: 'addSpan', span: span('a', 5, 5) }).success).toBe(
      false,
    )
    expect(AnnotationOpSchema.safeParse({ op: 'addSpan', span: span('a', 4, 5) }).success).toBe(
      true,
    )
  })

  it('refuses an unknown operation', () => {
    expect(AnnotationOpSchema.safeParse({ op: 'dropTable' }).success).toBe(false)
  })
})
