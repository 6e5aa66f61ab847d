import { useState } from 'react'
import type { ApiOutput } from '../../shared/contract/api.ts'
import { call } from '../api.ts'
import type { Workbench } from '../state/workbench.ts'
import { count } from '../../shared/text/plural.ts'

type CopyResult = ApiOutput<'annotations.copyFrom'>

interface CopyAnnotationsProps {
  workbench: Workbench
  from: { docId: string; title: string }
  toDocId: string
  disabled?: boolean
}

type CopyState =
  | { kind: 'idle' | 'copying' }
  | { kind: 'done'; result: CopyResult }
  | { kind: 'failed'; message: string }

/**
 * Copies the annotator's spans from another version of a report onto this
 * one, through a word alignment; says how many landed and lists, with the
 * reason, every span that could not be placed.
 */
export function CopyAnnotations({ workbench, from, toDocId, disabled }: CopyAnnotationsProps) {
  const [state, setState] = useState<CopyState>({ kind: 'idle' })
  const copy = async () => {
    setState({ kind: 'copying' })
    try {
      setState({ kind: 'done', result: await copyInto(workbench, from.docId, toDocId) })
    } catch (err) {
      setState({ kind: 'failed', message: err instanceof Error ? err.message : String(err) })
    }
  }
  return (
    <div className="copy-annotations">
      <button
        type="button"
        disabled={disabled || state.kind === 'copying'}
        onClick={() => void copy()}
      >
        Copy annotations from {from.title}
      </button>
      {state.kind === 'failed' && (
        <p className="error" role="alert">
          Copying failed: {state.message}
        </p>
      )}
      {state.kind === 'done' && <CopyReport result={state.result} />}
    </div>
  )
}

function CopyReport({ result }: { result: CopyResult }) {
  return (
    <div className="copy-report" role="status">
      <p>
        {count(result.copied, 'annotation')} and {count(result.relations, 'relation')} copied
        {result.unplaced.length > 0 ? `; ${result.unplaced.length} could not be placed:` : '.'}
      </p>
      {result.unplaced.length > 0 && (
        <ul aria-label="Annotations not copied">
          {result.unplaced.map((s) => (
            <li key={s.spanId}>
              {s.label} “{s.text}”: {s.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}

/** Saves pending edits first (the copy reads the stored files), then shows the result as stored. */
async function copyInto(workbench: Workbench, fromDocId: string, toDocId: string) {
  await workbench.getSnapshot().current?.flush()
  const result = await call('annotations.copyFrom', { fromDocId, toDocId })
  await workbench.documents.refresh()
  if (workbench.getSnapshot().current?.doc.id === toDocId) await workbench.documents.open(toDocId)
  return result
}
