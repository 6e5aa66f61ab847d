import type { Editor } from 'slate'

/**
 * The reader's text is the canonical stored text: no operation may change it.
 * Only selection changes pass, so typing, paste, drop and cut do nothing while
 * selecting with mouse and keyboard works as usual.
 */
export function withReadOnlyText<E extends Editor>(editor: E): E {
  const { apply } = editor
  editor.apply = (op) => {
    if (op.type === 'set_selection') apply(op)
  }
  return editor
}
