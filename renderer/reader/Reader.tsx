import {
  forwardRef,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type HTMLAttributes,
  type KeyboardEvent,
  type MouseEvent,
} from 'react'
import { flushSync } from 'react-dom'
import { createEditor, Editor, Range, type Descendant } from 'slate'
import {
  Editable,
  ReactEditor,
  Slate,
  withReact,
  type RenderChunkProps,
  type RenderElementProps,
  type RenderLeafProps,
} from 'slate-react'
import type { RelationTypeDef } from '../../shared/contract/model.ts'
import { utf16, type Utf16Offset } from '../../shared/text/offsets.ts'
import type { Segment } from './segments.ts'
import type { DocumentStore } from '../state/document-store.ts'
import type { Workbench } from '../state/workbench.ts'
import { HighlightClasses } from './highlight-style.ts'
import { CHUNK_SIZE, useHighlightDecorations } from './highlight-decorations.ts'
import { LazyChunk } from './lazy-chunks.tsx'
import { RelationArcs } from './RelationArcs.tsx'
import { SelectionStyles } from './SelectionStyles.tsx'
import { placeCaret } from './page-selection.ts'
import { withReadOnlyText } from './read-only-text.ts'

interface ReaderProps {
  store: DocumentStore
  workbench: Workbench
  colors: ReadonlyMap<string, string>
  relationTypes: readonly RelationTypeDef[]
}

/** The document view: selectable, never editable; highlights are decorations. */
export function Reader({ store, workbench, colors, relationTypes }: ReaderProps) {
  // Input that cannot be cancelled (IME composition, execCommand) may still
  // reach the DOM; then the view is rebuilt from the model, at the same scroll.
  const [epoch, setEpoch] = useState(0)
  const container = useRef<HTMLDivElement>(null)
  const scrollBeforeRebuild = useRef(0)
  const editor = useMemo(() => {
    const e = withReadOnlyText(withReact(createEditor()))
    e.getChunkSize = (node) => (Editor.isEditor(node) ? CHUNK_SIZE : null)
    // Slate reports changes in a microtask; rendering them then, at once,
    // leaves no room for a click or a key between taking the page's
    // selection (see adoptPageSelection) and writing it back.
    const { onChange } = e
    e.onChange = (options) => flushSync(() => onChange(options))
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
  const { decorate, scheduler } = useHighlightDecorations(editor, store, container)

  const renderChunk = useCallback(
    ({ attributes, children, lowest }: RenderChunkProps) =>
      lowest ? (
        <LazyChunk scheduler={scheduler} attributes={attributes}>
          {children}
        </LazyChunk>
      ) : (
        <div {...attributes}>{children}</div>
      ),
    [scheduler],
  )
  // Whatever selected a span (the list, [ and ], the claims table), it comes
  // into view: looked up within its first paragraph, when the selection
  // changes. A span far from the view is not drawn yet: its paragraph comes
  // into view, and draws it. A span just tagged is where the user selected:
  // its paragraph is in view already, and nothing moves.
  useEffect(
    () =>
      store.watch(
        (s) => s.selectedId,
        (id) => {
          const span = id ? store.span(id) : undefined
          const paragraph = span ? editor.children[store.paragraphs.indexAt(span.start)] : undefined
          const element = id && paragraph ? renderedElement(editor, paragraph) : null
          const highlight = element?.querySelector(`[data-spans~="${CSS.escape(id ?? '')}"]`)
          if (highlight) highlight.scrollIntoView({ block: 'nearest' })
          else if (element && !inView(element, container.current)) element.scrollIntoView()
        },
      ),
    [editor, store],
  )

  // The painted pieces of a span or proposal, looked up in its own paragraphs only.
  const piecesOf = useCallback(
    (id: string): Element[] => {
      const view = store.span(id) ?? store.suggestion(id)
      if (!view) return []
      const [first, last] = store.paragraphs.range(view.start, view.end)
      const selector = `[data-spans~="${CSS.escape(id)}"]`
      const pieces: Element[] = []
      for (let p = first; p <= last; p++) {
        const node = editor.children[p]
        const element = node ? renderedElement(editor, node) : null
        if (element) pieces.push(...element.querySelectorAll(selector))
      }
      return pieces
    },
    [editor, store],
  )

  useEffect(() => {
    workbench.editing.setSelectionReader(() => {
      const dom = window.getSelection()
      const range =
        dom && dom.rangeCount > 0 && !dom.isCollapsed
          ? ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true })
          : null
      // After a tag the caret stays where the tag ends: nothing scrolls, and
      // Shift+arrows go on from there.
      const clear = (caretAt?: Utf16Offset) => {
        if (caretAt === undefined) {
          editor.selection = null
          window.getSelection()?.removeAllRanges()
          return
        }
        const paragraph = store.paragraphs.indexAt(caretAt)
        placeCaret(editor, {
          path: [paragraph, 0],
          offset: caretAt - store.paragraphs.start(paragraph),
        })
      }
      if (!range || Range.isCollapsed(range)) return { range: null, clear }
      const [start, end] = Range.edges(range)
      const from = utf16(store.paragraphs.start(start.path[0] ?? 0) + start.offset)
      const to = utf16(store.paragraphs.start(end.path[0] ?? 0) + end.offset)
      return { range: [from, to], clear }
    })
    return () => workbench.editing.setSelectionReader(null)
  }, [editor, store, workbench])

  const classes = useMemo(() => new HighlightClasses(colors), [colors])
  useLayoutEffect(() => {
    classes.mount()
    return () => classes.dispose()
  }, [classes])
  const renderLeaf = useCallback(
    ({ attributes, children, leaf }: RenderLeafProps) => {
      const hl = leaf.hl
      if (!hl) return <span {...attributes}>{children}</span>
      return (
        <span
          {...attributes}
          className={classes.className(hl)}
          data-spans={hl.spans.map((s) => s.id).join(' ')}
          data-start={startLabels(hl) || undefined}
        >
          {children}
        </span>
      )
    },
    [classes],
  )

  // The hover text of a highlight is written when the pointer reaches it, so
  // it always tells the span's current attributes and note.
  const onMouseOver = useCallback(
    (event: MouseEvent) => {
      const target = event.target instanceof Element ? event.target.closest('[data-spans]') : null
      const ids = target?.getAttribute('data-spans')?.split(' ') ?? []
      if (target && ids.length)
        target.setAttribute('title', ids.map((id) => describe(store, id)).join('\n'))
    },
    [store],
  )

  const onMouseUp = useCallback(
    (event: MouseEvent) => {
      if (window.getSelection()?.isCollapsed === false) return
      const target = event.target instanceof Element ? event.target.closest('[data-spans]') : null
      const ids = target?.getAttribute('data-spans')?.split(' ') ?? []
      if (workbench.linking.active) {
        const id = ids[ids.length - 1]
        if (id) workbench.linking.chooseTarget(id)
        return
      }
      if (ids.length === 0) return store.select(null)
      const innermost = ids[ids.length - 1] ?? ''
      if (store.suggestion(innermost)) return store.focusSuggestion(innermost)
      // Clicking again where spans overlap walks from the innermost outwards.
      const at = ids.indexOf(store.getSnapshot().selectedId ?? '')
      store.select(ids[at > 0 ? at - 1 : ids.length - 1] ?? null)
    },
    [store, workbench],
  )

  return (
    <div
      className="reader"
      data-doc={store.doc.id}
      ref={container}
      role="region"
      aria-label="Reader"
      tabIndex={0}
      onInput={rebuild}
      onMouseOver={onMouseOver}
    >
      <SelectionStyles
        store={store}
        workbench={workbench}
        container={container}
        piecesOf={piecesOf}
      />
      <RelationArcs store={store} container={container} types={relationTypes} />
      <Slate key={`${store.doc.id}:${epoch}`} editor={editor} initialValue={initialValue}>
        <Editable
          className="reader-text"
          aria-label="Document text"
          decorate={decorate}
          renderLeaf={renderLeaf}
          renderElement={renderElement}
          renderChunk={renderChunk}
          as={PlainTextRoot}
          onKeyDown={blockTyping}
          onDOMBeforeInput={blockInput}
          onPaste={prevent}
          onCut={prevent}
          onDrop={prevent}
          onDragStart={prevent}
          onMouseUp={onMouseUp}
          scrollSelectionIntoView={keepScroll}
          spellCheck={false}
          autoCorrect="off"
        />
      </Slate>
    </div>
  )
}

/** Labels shown where spans begin (proposals show none until accepted). */
function startLabels(hl: Segment): string {
  return hl.starting
    .filter((s) => !s.suggested)
    .map((s) => s.label)
    .join(' ')
}

/** The hover text of a span or a proposal. */
function describe(store: DocumentStore, id: string): string {
  const proposal = store.suggestion(id)
  if (proposal)
    return `suggested ${proposal.label} (${proposal.suggestion.reason}): a accepts, x rejects`
  const span = store.span(id)?.span
  if (!span) return ''
  const attributes = Object.entries(span.attributes ?? {}).map(([k, v]) => `${k}: ${String(v)}`)
  return [span.label, ...attributes, ...(span.note ? [`note: ${span.note}`] : [])].join(' · ')
}

/** The page element of a Slate node, or null while its chunk is not rendered yet. */
function renderedElement(editor: Editor, node: Descendant): HTMLElement | null {
  try {
    return ReactEditor.toDOMNode(editor, node)
  } catch {
    return null
  }
}

/** Whether any part of `element` shows in the scrolling `view`. */
function inView(element: Element, view: Element | null): boolean {
  if (!view) return false
  const box = element.getBoundingClientRect()
  const port = view.getBoundingClientRect()
  return box.bottom > port.top && box.top < port.bottom
}

function renderElement({ attributes, children }: RenderElementProps) {
  return (
    <p {...attributes} dir="auto">
      {children}
    </p>
  )
}

/**
 * The editable root as contenteditable="plaintext-only": the same caret and
 * selection, but React saves and restores the selection around every commit
 * only for contenteditable="true", walking the whole document each time.
 */
const PlainTextRoot = forwardRef<HTMLDivElement, HTMLAttributes<HTMLDivElement>>(
  function PlainTextRoot(props, ref) {
    return <div {...props} ref={ref} contentEditable="plaintext-only" />
  },
)

/**
 * Keys that would type into the text do nothing here; commands see them on
 * window. Navigation keys are left to the browser: the text never changes, so
 * native caret movement is right, and it always starts from the caret the user
 * sees (Slate's own handling would start from its last synced selection).
 * Returning true tells slate-react the event is handled.
 */
function blockTyping(event: KeyboardEvent): boolean {
  const navigation =
    event.key.startsWith('Arrow') ||
    ['Home', 'End', 'PageUp', 'PageDown', 'Tab'].includes(event.key)
  const shortcut = (event.ctrlKey || event.metaKey) && ['a', 'c'].includes(event.key.toLowerCase())
  if (!navigation && !shortcut) event.preventDefault()
  return true
}

function blockInput(event: InputEvent): boolean {
  event.preventDefault()
  return true
}

/** The reader scrolls only where the user or a command asks: a re-render never scrolls to the selection. */
function keepScroll(): void {}

function prevent(event: { preventDefault(): void }): boolean {
  event.preventDefault()
  return true
}
