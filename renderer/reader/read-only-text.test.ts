import { createEditor, Transforms, type Descendant } from 'slate'
import { describe, expect, it } from 'vitest'
import { redecorate, withReadOnlyText } from './read-only-text.ts'

function reader() {
  const editor = withReadOnlyText(createEditor())
  const value: Descendant[] = [
    { type: 'paragraph', children: [{ text: 'One Turkish soldier' }] },
    { type: 'paragraph', children: [{ text: 'was killed in Idlib.' }] },
  ]
  editor.children = value
  return editor
}

describe('withReadOnlyText', () => {
  it('refuses every change to the text, and lets the selection move', () => {
    const editor = reader()
    const before = JSON.stringify(editor.children)
    Transforms.insertText(editor, 'X', { at: { path: [0, 0], offset: 0 } })
    Transforms.removeNodes(editor, { at: [1] })
    // A mark that brings any other change along is refused too.
    editor.apply({
      type: 'set_node',
      path: [0],
      properties: {},
      newProperties: { redecorate: 1, children: [] },
    })
    expect(JSON.stringify(editor.children)).toBe(before)
    Transforms.select(editor, { path: [1, 0], offset: 4 })
    expect(editor.selection?.anchor).toEqual({ path: [1, 0], offset: 4 })
  })

  it('redecorate marks one paragraph changed, leaving its text and the others alone', () => {
    const editor = reader()
    const [first, second] = editor.children
    redecorate(editor, 1)
    redecorate(editor, 1)
    expect(editor.children[0]).toBe(first)
    expect(editor.children[1]).not.toBe(second)
    expect(editor.children[1]).toEqual({ ...second, redecorate: 2 })
    redecorate(editor, 7)
    expect(editor.children).toHaveLength(2)
  })
})
