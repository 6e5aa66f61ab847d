import { useSyncExternalStore } from 'react'
import type { LabelDef } from '../../shared/contract/model.ts'
import type { DocumentStore } from '../state/document-store.ts'
import { VirtualList } from './VirtualList.tsx'
import { LabelChip } from './LabelChip.tsx'

interface AnnotationListProps {
  store: DocumentStore
  labels: ReadonlyMap<string, LabelDef>
  onJump: (id: string) => void
}

/** The open document's annotations in reading order; a click selects and scrolls to one. */
export function AnnotationList({ store, labels, onJump }: AnnotationListProps) {
  const { spanCount, selectedId } = useSyncExternalStore(store.subscribe, store.getSnapshot)
  const spans = store.sortedSpans()
  return (
    <aside className="panel annotations" aria-label="Annotations">
      <h2>
        Annotations <span className="count">{spanCount}</span>
      </h2>
      {spanCount === 0 && (
        <p className="empty">Select text in the document, then press 1–4 or click a label above.</p>
      )}
      <VirtualList
        className="span-list"
        label="Annotation list"
        items={spans}
        rowHeight={44}
        render={(s) => {
          const label = labels.get(s.label)
          return (
            <button
              type="button"
              className={s.id === selectedId ? 'span-row selected' : 'span-row'}
              data-span={s.id}
              onClick={() => onJump(s.id)}
            >
              <LabelChip label={s.label} color={label?.color} />
              <span className="span-text">{s.span.text}</span>
              <span className="offsets">
                {s.span.start}–{s.span.end}
              </span>
            </button>
          )
        }}
      />
    </aside>
  )
}
