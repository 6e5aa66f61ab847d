import {
  forwardRef,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type HTMLAttributes,
  type KeyboardEvent,
  type MouseEvent,
} from 'react'
import {
  createEditor,
  Editor,
  Element as SlateElement,
  Range,
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
import type { RelationTypeDef } from '../../shared/model.ts'
import type { Segment } from '../state/segments.ts'
import type { DocumentStore, HighlightRange } from '../state/document-store.ts'
import type { Workbench } from '../state/workbench.ts'
import { highlightStyle } from './highlight-style.ts'
import { ChunkScheduler, LazyChunk } from './lazy-chunks.tsx'
import { RelationArcs } from './RelationArcs.tsx'
import { SelectionStyles } from './SelectionStyles.tsx'
import { redecorate, withReadOnlyText } from './read-only-text.ts'

const CHUNK_SIZE = 64

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
    return e
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new epoch needs a new editor
  }, [epoch])
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new editor renders its chunks afresh
  const scheduler = useMemo(() => new ChunkScheduler(CHUNK_SIZE), [editor])
  useEffect(() => () => scheduler.dispose(), [scheduler])
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
  // Only span changes re-render the editor: each re-render writes Slate's
  // selection back into the page, so saves and selection changes must not.
  const version = useSyncExternalStore(store.subscribe, () => store.getSnapshot().version)

  // Highlights decorate each paragraph element, from the store's per-paragraph
  // index. `decorate` stays the same function (a new one would make Slate ask
  // every node again); after a change, only paragraphs whose highlights
  // changed are marked to re-render.
  const shown = useRef(new Map<number, HighlightRange[]>())
  const decorate = useCallback(
    ([node, path]: NodeEntry): Range[] => {
      const paragraph = path[0]
      if (!SlateElement.isElement(node) || path.length !== 1 || paragraph === undefined) return []
      const highlights = store.highlights(paragraph)
      shown.current.set(paragraph, highlights)
      return highlights
    },
    [store],
  )
  useLayoutEffect(() => {
    for (const [paragraph, highlights] of shown.current) {
      if (store.highlights(paragraph) !== highlights) redecorate(editor, paragraph)
    }
  }, [editor, store, version])

  // Whatever selected a span (the list, [ and ], the claims table), it comes into view.
  useEffect(
    () =>
      store.subscribe(() => {
        const id = store.getSnapshot().selectedId
        if (id)
          container.current
            ?.querySelector(`[data-spans~="${CSS.escape(id)}"]`)
            ?.scrollIntoView({ block: 'nearest' })
      }),
    [store],
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
          data-start={startLabels(hl) || undefined}
          title={hl.spans.map((s) => describe(store, s.id)).join('\n')}
          style={highlightStyle(hl, colors)}
        >
          {children}
        </span>
      )
    },
    [colors, store],
  )

  // slate-react syncs its selection from the page on a throttle, and every
  // re-render writes its own selection back into the page: a render in
  // between (chunks filling in after opening, a save) would wipe what the
  // user just selected. So Slate takes every selection change at once.
  useEffect(() => {
    const sync = () => {
      const dom = window.getSelection()
      if (!dom?.rangeCount || !dom.anchorNode || !ReactEditor.hasDOMNode(editor, dom.anchorNode))
        return
      const range = ReactEditor.toSlateRange(editor, dom, {
        exactMatch: false,
        suppressThrow: true,
      })
      if (range && !(editor.selection && Range.equals(range, editor.selection)))
        Transforms.select(editor, range)
    }
    document.addEventListener('selectionchange', sync)
    return () => document.removeEventListener('selectionchange', sync)
  }, [editor])

  const onMouseUp = useCallback(
    (event: MouseEvent) => {
      if (window.getSelection()?.isCollapsed === false) return
      const target = event.target instanceof Element ? event.target.closest('[data-spans]') : null
      const ids = target?.getAttribute('data-spans')?.split(' ') ?? []
      if (workbench.isLinking) {
        const id = ids[ids.length - 1]
        if (id) workbench.chooseLinkTarget(id)
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
    <div className="reader" data-doc={store.doc.id} ref={container} onInput={rebuild}>
      <SelectionStyles store={store} workbench={workbench} />
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

function prevent(event: { preventDefault(): void }): boolean {
  event.preventDefault()
  return true
}
