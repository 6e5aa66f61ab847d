import { describe, expect, it } from 'vitest'
import type { LabelSchema } from '../../shared/contract/model.ts'
import { utf16 } from '../../shared/text/offsets.ts'
import { EditingController, type SelectionReader } from './editing-controller.ts'
import { openDocument, workbenchWith } from './open-document.fixtures.ts'

const TEXT = 'Three civilians were killed in Rafah on Monday.'
const SCHEMA: LabelSchema = {
  labels: [
    { id: 'LOC', name: 'Place', color: '#0000aa', attributes: [] },
    { id: 'DATE', name: 'Date', color: '#00aa00', attributes: [] },
  ],
  relationTypes: [],
}

function editingOf(readOnly = false) {
  const { store } = openDocument(TEXT, [])
  const { state, notices } = workbenchWith(store, SCHEMA, readOnly)
  return { store, state, editing: new EditingController(state, notices) }
}

/** The reader's selection as UTF-16 offsets; `carets` records where it was cleared to. */
function selecting(
  range: [number, number] | null,
  carets: (number | undefined)[] = [],
): SelectionReader {
  const branded = range && ([utf16(range[0]), utf16(range[1])] as const)
  return () => ({
    range: branded ? [branded[0], branded[1]] : null,
    clear: (at?: number) => void carets.push(at),
  })
}

const around = (quote: string): [number, number] => {
  const at = TEXT.indexOf(quote)
  return [at, at + quote.length]
}
const texts = (store: ReturnType<typeof editingOf>['store']) =>
  store.sortedSpans().map((s) => `${s.label}:${s.span.text}`)

describe('EditingController', () => {
  it('tags the selection widened to whole words, the caret after it, and only once', () => {
    const { store, editing } = editingOf()
    const carets: (number | undefined)[] = []
    editing.setSelectionReader(selecting(around('afa'), carets))
    editing.tag('LOC')
    editing.tag('LOC')
    expect(texts(store)).toEqual(['LOC:Rafah'])
    expect(carets).toEqual([around('Rafah')[1], around('Rafah')[1]])
  })

  it('without snapping only trims the selection', () => {
    const { store, state, editing } = editingOf()
    editing.toggleSnap()
    expect(state.getSnapshot().snapToWords).toBe(false)
    editing.setSelectionReader(selecting(around(' Mond')))
    editing.tag('DATE')
    expect(texts(store)).toEqual(['DATE:Mond'])
  })

  it('relabels the selected span when nothing is selected in the text', () => {
    const { store, state, editing } = editingOf()
    editing.setSelectionReader(selecting(null))
    editing.tag('LOC')
    expect(state.getSnapshot().notice?.text).toBe('Select some text first, then press a label key.')
    editing.setSelectionReader(selecting(around('Monday')))
    editing.tag('LOC')
    editing.setSelectionReader(selecting(null))
    editing.tag('DATE')
    expect(texts(store)).toEqual(['DATE:Monday'])
  })

  it('cycles the status through the own layer’s statuses', () => {
    const { store, editing } = editingOf()
    const seen = [store.getSnapshot().status]
    for (let i = 0; i < 4; i++) {
      editing.cycleStatus()
      seen.push(store.getSnapshot().status)
    }
    expect(seen).toEqual(['in_progress', 'done', 'needs_review', 'new', 'in_progress'])
  })

  it('changes nothing in a read-only corpus', () => {
    const { store, editing } = editingOf(true)
    editing.setSelectionReader(selecting(around('Rafah')))
    editing.tag('LOC')
    editing.cycleStatus()
    expect(texts(store)).toEqual([])
    expect(store.getSnapshot().status).toBe('in_progress')
  })
})
