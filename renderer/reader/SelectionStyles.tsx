import { useSyncExternalStore } from 'react'
import type { DocumentStore } from '../state/document-store.ts'
import type { Workbench } from '../state/workbench.ts'

/** Shows the label of the span `id` where it begins (hidden but on hover otherwise). */
function labelRule(id: string): string {
  return `.reader [data-spans~="${CSS.escape(id)}"][data-start]::before { display: block; }`
}

/**
 * Outlines the selected span and, while linking, the source and target, by
 * one CSS rule per id. Kept out of the Reader so selecting never re-renders
 * the editor (which would also reset the text selection being made).
 */
export function SelectionStyles({
  store,
  workbench,
}: {
  store: DocumentStore
  workbench: Workbench
}) {
  const { selectedId, focusedSuggestion } = useSyncExternalStore(store.subscribe, store.getSnapshot)
  const { linking } = useSyncExternalStore(workbench.subscribe, workbench.getSnapshot)
  const target = linking?.choosing?.to ?? linking?.candidates[linking.index]
  const rule = (id: string, outline: string) =>
    `.reader [data-spans~="${CSS.escape(id)}"] { outline: ${outline}; }`
  const rules = [
    selectedId && !linking ? rule(selectedId, '2px solid #111') : '',
    selectedId ? labelRule(selectedId) : '',
    linking ? rule(linking.from, '2px solid #c26b00') : '',
    target ? rule(target, '2px dashed #c26b00') : '',
    focusedSuggestion ? rule(focusedSuggestion, '2px dashed #111') : '',
  ].join('\n')
  return rules.trim() ? <style>{rules}</style> : null
}
