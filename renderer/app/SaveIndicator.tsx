import { useSyncExternalStore } from 'react'
import type { DocumentStore } from '../state/document-store.ts'

/** Saved / saving / unsaved / failed, always visible for the open document. */
export function SaveIndicator({ store }: { store: DocumentStore }) {
  const { save } = useSyncExternalStore(store.subscribe, store.getSnapshot)
  const text =
    save.kind === 'saved'
      ? 'All changes saved'
      : save.kind === 'saving'
        ? 'Saving…'
        : save.kind === 'unsaved'
          ? 'Unsaved changes'
          : `Not saved: ${save.message}${save.retrying ? ' (retrying)' : ''}`
  return (
    <span className={`save-state save-${save.kind}`} role="status" data-state={save.kind}>
      {text}
    </span>
  )
}
