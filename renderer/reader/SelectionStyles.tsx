import { useSyncExternalStore, type RefObject } from 'react'
import type { DocumentStore } from '../state/document-store.ts'
import type { Workbench } from '../state/workbench.ts'
import { SpanOutlines, type Outline } from './SpanOutlines.tsx'

/**
 * Outlines the selected span (with its label) and, while linking, the source
 * and target. Kept out of the Reader so selecting never re-renders the editor
 * (which would also reset the text selection being made).
 */
export function SelectionStyles({
  store,
  workbench,
  container,
  piecesOf,
}: {
  store: DocumentStore
  workbench: Workbench
  container: RefObject<HTMLDivElement | null>
  piecesOf: (id: string) => Element[]
}) {
  const { selectedId, focusedSuggestion } = useSyncExternalStore(store.subscribe, store.getSnapshot)
  const { linking } = useSyncExternalStore(workbench.subscribe, workbench.getSnapshot)
  const target = linking?.choosing?.to ?? linking?.candidates[linking.index]
  const label = selectedId ? store.span(selectedId)?.span.label : undefined
  const outlines: Outline[] = [
    ...(selectedId && !linking
      ? [{ id: selectedId, kind: 'selected' as const, ...(label ? { label } : {}) }]
      : []),
    ...(linking ? [{ id: linking.from, kind: 'link-from' as const }] : []),
    ...(target ? [{ id: target, kind: 'link-target' as const }] : []),
    ...(focusedSuggestion ? [{ id: focusedSuggestion, kind: 'suggestion' as const }] : []),
  ]
  return <SpanOutlines outlines={outlines} container={container} piecesOf={piecesOf} />
}
