import { useSyncExternalStore } from 'react'
import type { LabelSchema } from '../../shared/contract/model.ts'
import type { SuggestionSource } from '../../shared/suggestions/suggestions.ts'
import type { DocumentStore } from '../state/document-store.ts'
import type { Workbench } from '../state/workbench.ts'
import { LabelChip } from './LabelChip.tsx'

const SOURCE_TEXT: Record<SuggestionSource, string> = {
  corpus: 'tagged elsewhere in the corpus',
  gazetteer: 'the gazetteer',
  pattern: 'a casualty-figure pattern',
  model: 'the model learnt from your annotations',
  layers: 'another layer',
}

interface SuggestionDetailsProps {
  store: DocumentStore
  workbench: Workbench
  schema: LabelSchema
}

/** The suggestion under review: what it proposes, where it comes from, and the keys that decide it. */
export function SuggestionDetails({ store, workbench, schema }: SuggestionDetailsProps) {
  const { focusedSuggestion, suggestionCount } = useSyncExternalStore(
    store.subscribe,
    store.getSnapshot,
  )
  const proposal = focusedSuggestion ? store.suggestion(focusedSuggestion) : undefined
  if (!proposal) return null
  const { suggestion } = proposal
  const label = schema.labels.find((l) => l.id === suggestion.label)
  const attributes = Object.entries(suggestion.attributes ?? {})
  return (
    <section className="details suggestion-details" aria-label="Suggestion">
      <h3>
        Suggested <LabelChip label={suggestion.label} color={label?.color} /> “{suggestion.text}”
      </h3>
      <p>
        <span className="hint">Source:</span> {SOURCE_TEXT[suggestion.source]} ({suggestion.reason})
        {suggestion.confidence !== undefined && (
          <>
            {' '}
            <span className="hint">Confidence:</span> {Math.round(suggestion.confidence * 100)}%
          </>
        )}
      </p>
      {attributes.length > 0 && (
        <p>
          <span className="hint">Brings:</span>{' '}
          {attributes.map(([k, v]) => `${k}: ${String(v)}`).join(', ')}
        </p>
      )}
      <p className="actions">
        <button type="button" onClick={() => workbench.suggestions.accept()}>
          Accept (a)
        </button>
        <button type="button" onClick={() => workbench.suggestions.reject()}>
          Reject (x)
        </button>
        <button type="button" onClick={() => workbench.suggestions.step(1)}>
          Next (n)
        </button>
        <span className="hint">{suggestionCount} left</span>
      </p>
    </section>
  )
}
