import { Element, Transforms, type Editor, type Operation } from 'slate'

/**
 * The reader's text is the canonical stored text: no operation may change it.
 * Only selection changes pass, so typing, paste, drop and cut do nothing while
 * selecting with mouse and keyboard works as usual; and the reader's own mark
 * that a paragraph's highlights changed (see redecorate).
 */
export function withReadOnlyText<E extends Editor>(editor: E): E {
  const { apply } = editor
  editor.apply = (op) => {
    if (op.type === 'set_selection' || isRedecorate(op)) apply(op)
  }
  return editor
}

/**
 * Makes Slate render one paragraph again, with fresh decorations: a counter
 * on its element changes (the text does not), so only that paragraph's
 * element, and no other, is asked for its decorations and re-rendered.
 */
export function redecorate(editor: Editor, paragraph: number): void {
  const node = editor.children[paragraph]
  if (!Element.isElement(node)) return
  Transforms.setNodes(editor, { redecorate: (node.redecorate ?? 0) + 1 }, { at: [paragraph] })
}

function isRedecorate(op: Operation): boolean {
  return (
    op.type === 'set_node' &&
    op.path.length === 1 &&
    Object.keys(op.newProperties).every((k) => k === 'redecorate') &&
    Object.keys(op.properties).every((k) => k === 'redecorate')
  )
}
