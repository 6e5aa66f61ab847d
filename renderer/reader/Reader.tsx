import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type KeyboardEvent,
  type MouseEvent,
} from 'react'
import {
  createEditor,
  Editor,
  Range,
  Text,
  Transforms,
  type Descendant,
  type NodeEntry,
} from 'slate'
import {
  Editable,
  ReactEditor,
  Slate,
  withReact,
  type RenderChunkProps,
  type RenderElementProps,
  type RenderLeafProps,
} from 'slate-react'
import type { DocumentStore } from '../state/document-store.ts'
import type { Workbench } from '../state/workbench.ts'
import { highlightStyle } from './highlight-style.ts'
import { withReadOnlyText } from './read-only-text.ts'

const CHUNK_SIZE = 64

interface ReaderProps {
  store: DocumentStore
  workbench: Workbench
  colors: ReadonlyMap<string, string>
}

/** The document view: selectable, never editable; highlights are decorations. */
export function Reader({ store, workbench, colors }: ReaderProps) {
  // Input that cannot be cancelled (IME composition, execCommand) may still
  // reach the DOM; then the view is rebuilt from the model, at the same scroll.
  const [epoch, setEpoch] = useState(0)
  const container = useRef<HTMLDivElement>(null)
  const scrollBeforeRebuild = useRef(0)
  const editor = useMemo(() => {
    const e = withReadOnlyText(withReact(createEditor()))
    e.getChunkSize = (node) => (Editor.isEditor(node) ? CHUNK_SIZE : null)
    return e
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new epoch needs a new editor
  }, [epoch])
  const rebuild = useCallback(() => {
    scrollBeforeRebuild.current = container.current?.scrollTop ?? 0
    setEpoch((n) => n + 1)
  }, [])
  useLayoutEffect(() => {
    if (epoch > 0 && container.current) container.current.scrollTop = scrollBeforeRebuild.current
  }, [epoch])
  const initialValue = useMemo<Descendant[]>(
    () => store.paragraphs.texts.map((text) => ({ type: 'paragraph', children: [{ text }] })),
    [store],
  )
  const { version, selectedId } = useSyncExternalStore(store.subscribe, store.getSnapshot)

  // A new function on each span change makes Slate re-ask every text node;
  // unchanged paragraphs get their cached ranges back and do not re-render.
  const decorate = useCallback(
    ([node, path]: NodeEntry): Range[] => {
      const paragraph = path[0]
      if (!Text.isText(node) || path.length !== 2 || paragraph === undefined) return []
      return store.highlights(paragraph)
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps -- version is the trigger
    [store, version],
  )

  useEffect(() => {
    workbench.setSelectionReader(() => {
      const dom = window.getSelection()
      const range =
        dom && dom.rangeCount > 0 && !dom.isCollapsed
          ? ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true })
          : null
      const clear = () => {
        Transforms.deselect(editor)
        window.getSelection()?.removeAllRanges()
      }
      if (!range || Range.isCollapsed(range)) return { range: null, clear }
      const [start, end] = Range.edges(range)
      const from = store.paragraphs.start(start.path[0] ?? 0) + start.offset
      const to = store.paragraphs.start(end.path[0] ?? 0) + end.offset
      return { range: [from, to], clear }
    })
    return () => workbench.setSelectionReader(null)
  }, [editor, store, workbench])

  const renderLeaf = useCallback(
    ({ attributes, children, leaf }: RenderLeafProps) => {
      const hl = leaf.hl
      if (!hl) return <span {...attributes}>{children}</span>
      return (
        <span
          {...attributes}
          className="hl"
          data-spans={hl.spans.map((s) => s.id).join(' ')}
          data-start={hl.starting.length ? hl.starting.map((s) => s.label).join(' ') : undefined}
          style={highlightStyle(hl, colors)}
        >
          {children}
        </span>
      )
    },
    [colors],
  )

  const onMouseUp = useCallback(
    (event: MouseEvent) => {
      if (window.getSelection()?.isCollapsed === false) return
      const target = event.target instanceof Element ? event.target.closest('[data-spans]') : null
      const ids = target?.getAttribute('data-spans')?.split(' ') ?? []
      if (ids.length === 0) return store.select(null)
      // Clicking again where spans overlap walks from the innermost outwards.
      const at = ids.indexOf(store.getSnapshot().selectedId ?? '')
      store.select(ids[at > 0 ? at - 1 : ids.length - 1] ?? null)
    },
    [store],
  )

  return (
    <div className="reader" data-doc={store.doc.id} ref={container} onInput={rebuild}>
      {selectedId && (
        <style>{`.reader [data-spans~="${selectedId}"] { outline: 2px solid #111; }`}</style>
      )}
      <Slate key={`${store.doc.id}:${epoch}`} editor={editor} initialValue={initialValue}>
        <Editable
          className="reader-text"
          aria-label="Document text"
          decorate={decorate}
          renderLeaf={renderLeaf}
          renderElement={renderElement}
          renderChunk={renderChunk}
          onKeyDown={blockTyping}
          onDOMBeforeInput={blockInput}
          onPaste={prevent}
          onCut={prevent}
          onDrop={prevent}
          onDragStart={prevent}
          onMouseUp={onMouseUp}
          spellCheck={false}
          autoCorrect="off"
        />
      </Slate>
    </div>
  )
}

function renderElement({ attributes, children }: RenderElementProps) {
  return (
    <p {...attributes} dir="auto">
      {children}
    </p>
  )
}

function renderChunk({ attributes, children, lowest }: RenderChunkProps) {
  return (
    <div {...attributes} className={lowest ? 'chunk' : undefined}>
      {children}
    </div>
  )
}

/** Keys that would type into the text do nothing here; commands see them on window. */
function blockTyping(event: KeyboardEvent) {
  const navigation =
    event.key.startsWith('Arrow') ||
    ['Home', 'End', 'PageUp', 'PageDown', 'Tab'].includes(event.key)
  const shortcut = (event.ctrlKey || event.metaKey) && ['a', 'c'].includes(event.key.toLowerCase())
  if (!navigation && !shortcut) event.preventDefault()
}

function blockInput(event: InputEvent): boolean {
  event.preventDefault()
  return true
}

function prevent(event: { preventDefault(): void }): boolean {
  event.preventDefault()
  return true
}
