import { useEffect, useState } from 'react'
import type { DocumentFlags } from '../../shared/contract/import-api.ts'
import type { DocumentSummary } from '../../shared/contract/model.ts'
import { call } from '../api.ts'
import type { DocumentStore } from '../state/document-store.ts'
import type { Workbench } from '../state/workbench.ts'
import { CopyAnnotations } from './CopyAnnotations.tsx'
import { percent } from './preview-state.ts'
import { useBoilerplateDimming } from './use-boilerplate-dimming.ts'
import './import.css'

interface DocumentFlagsBarProps {
  store: DocumentStore
  workbench: Workbench
  documents: readonly DocumentSummary[]
  readOnly: boolean
}

/**
 * What later imports found about a stored document: lines that turned out to
 * be boilerplate (dimmed, never removed: the stored text is what annotations
 * point into), and the version it was linked to, whose annotations can be
 * copied here.
 */
export function DocumentFlagsBar({ store, workbench, documents, readOnly }: DocumentFlagsBarProps) {
  const docId = store.doc.id
  const [flags, setFlags] = useState<DocumentFlags | null>(null)
  const [dim, setDim] = useState(true)
  useEffect(() => {
    let wanted = true
    // The flags only add hints to the reader; without them it works as before.
    call('documents.flags', { id: docId }).then(
      (found) => wanted && setFlags(found),
      () => wanted && setFlags(null),
    )
    return () => {
      wanted = false
    }
  }, [docId])
  useBoilerplateDimming(store, flags?.boilerplate ?? NONE, dim)

  const lines = flags?.boilerplate.length ?? 0
  const linkedTo = flags?.linkedTo ?? store.doc.metadata['near_duplicate_of']
  if (lines === 0 && !linkedTo) return null
  const similarity = Number(store.doc.metadata['near_duplicate_similarity'])
  const linkedTitle = documents.find((d) => d.id === linkedTo)?.title ?? linkedTo
  return (
    <section className="flags-bar" aria-label="Import flags">
      {lines > 0 && (
        <p>
          {lines} recurring {lines === 1 ? 'line' : 'lines'} flagged as boilerplate; the stored text
          is unchanged.{' '}
          <label>
            <input type="checkbox" checked={dim} onChange={(e) => setDim(e.target.checked)} />
            Dim them
          </label>
        </p>
      )}
      {linkedTo && linkedTitle && (
        <div className="linked">
          <p>
            A near-duplicate of “{linkedTitle}”
            {Number.isFinite(similarity) ? ` (${percent(similarity)} similar)` : ''}.
          </p>
          <CopyAnnotations
            workbench={workbench}
            from={{ docId: linkedTo, title: linkedTitle }}
            toDocId={docId}
            disabled={readOnly}
          />
        </div>
      )}
    </section>
  )
}

const NONE: DocumentFlags['boilerplate'] = []
