import { describe, expect, it } from 'vitest'
import type { AnnotationSet, DocumentRecord } from '../../shared/contract/model.ts'
import { applyOps, type AnnotationOp } from '../../shared/corpus/ops.ts'
import { codePoints, utf16 } from '../../shared/text/offsets.ts'
import type { Suggestion } from '../../shared/suggestions/suggestions.ts'
import { DocumentStore } from './document-store.ts'
import type { SendOps } from './saver.ts'

// An astral character first, so UTF-16 and code point offsets differ by one after it.
const TEXT = '😀 Idlib was shelled.\nTwo died in Idlib.'

const SHA = '0'.repeat(64)
const AT = '2026-01-01T00:00:00.000Z'

const doc: DocumentRecord = {
  format: 'spanbench.document',
  version: 1,
  id: 'd1',
  title: 'Idlib',
  source: { fileName: 'idlib.txt', format: 'txt', importedAt: AT },
  metadata: {},
  sha256: SHA,
  text: TEXT,
}

function emptySet(): AnnotationSet {
  return {
    format: 'spanbench.annotations',
    version: 1,
    docId: 'd1',
    annotator: 'ana',
    textSha256: SHA,
    status: 'new',
    revision: 0,
    updatedAt: AT,
    spans: [],
    relations: [],
  }
}

/** A backend in memory: applies what is sent with shared/corpus/ops.ts, as the real one does. */
function backend() {
  const disk = { set: emptySet() }
  const send: SendOps = (_docId, revision, ops: AnnotationOp[]) => {
    disk.set = { ...applyOps(disk.set, ops), revision: revision + 1 }
    return Promise.resolve({ revision: revision + 1 })
  }
  return { disk, send }
}

const segments = (store: DocumentStore, paragraph: number) =>
  store.highlights(paragraph).map((r) => [r.anchor.offset, r.focus.offset, r.hl.spans[0]?.id])

describe('DocumentStore', () => {
  it('tags, undoes and redoes, repainting only the paragraph touched, and saves each step', async () => {
    const { disk, send } = backend()
    const store = new DocumentStore(doc, emptySet(), send)
    const second = store.highlights(1)
    const span = store.makeSpan('s1', 'PLACE', utf16(3), utf16(8))
    expect(span).toMatchObject({ start: 2, end: 7, text: 'Idlib' })
    store.edit([{ op: 'addSpan', span }], span.id)
    expect(segments(store, 0)).toEqual([[3, 8, 's1']])
    expect(store.highlights(1)).toBe(second)
    expect(store.getSnapshot()).toMatchObject({ spanCount: 1, selectedId: 's1', canUndo: true })
    await store.flush()
    expect(disk.set.spans.map((s) => s.id)).toEqual(['s1'])

    store.undo()
    expect(segments(store, 0)).toEqual([])
    expect(store.getSnapshot()).toMatchObject({ spanCount: 0, canUndo: false, canRedo: true })
    await store.flush()
    expect(disk.set.spans).toEqual([])

    store.redo()
    expect(store.span('s1')?.start).toBe(3)
    await store.flush()
    expect(disk.set.spans).toEqual([span])
  })

  it('drops a proposal once a span of its label covers it, and focuses the next', () => {
    const store = new DocumentStore(doc, emptySet(), backend().send)
    const proposal = (start: number, end: number): Suggestion => ({
      start: codePoints(start),
      end: codePoints(end),
      label: 'PLACE',
      text: 'Idlib',
      source: 'corpus',
      reason: 'tagged PLACE once in the corpus',
    })
    store.setSuggestions([proposal(2, 7), proposal(33, 38)])
    expect(store.sortedSuggestions().map((s) => [s.start, s.end])).toEqual([
      [3, 8],
      [34, 39],
    ])
    store.edit([{ op: 'addSpan', span: store.makeSpan('s1', 'PLACE', utf16(3), utf16(8)) }])
    expect(store.getSnapshot().suggestionCount).toBe(1)
    store.removeSuggestion('g1')
    expect(store.getSnapshot()).toMatchObject({ suggestionCount: 0, focusedSuggestion: null })
  })

  it('takes a layer changed on disk, re-indexing what differs, with undo starting afresh', () => {
    const store = new DocumentStore(doc, emptySet(), backend().send)
    store.edit([{ op: 'addSpan', span: store.makeSpan('s1', 'PLACE', utf16(3), utf16(8)) }])
    expect(store.reloadFrom(emptySet())).toBe(false) // the edit waits to be saved
    return store.flush().then(() => {
      const onDisk: AnnotationSet = {
        ...emptySet(),
        revision: 7,
        status: 'done',
        spans: [store.makeSpan('s2', 'PLACE', utf16(34), utf16(39))],
      }
      expect(store.reloadFrom(onDisk)).toBe(true)
      expect(store.sortedSpans().map((s) => s.id)).toEqual(['s2'])
      expect(segments(store, 0)).toEqual([])
      expect(segments(store, 1)).toEqual([[12, 17, 's2']])
      expect(store.getSnapshot()).toMatchObject({ status: 'done', canUndo: false })
    })
  })
})
