/** What opens over the page: the notice, the schema editor, the search, an import's preview and results. */
import { ImportDialog } from '../import/ImportDialog.tsx'
import { SchemaEditor } from '../schema/SchemaEditor.tsx'
import { openHit } from '../search/open-hit.ts'
import { SearchDialog } from '../search/SearchDialog.tsx'
import type { Workbench } from '../state/workbench.ts'
import type { WorkbenchSnapshot } from '../state/workbench-state.ts'
import { ImportResults } from './ImportResults.tsx'

export function Overlays({ workbench, snap }: { workbench: Workbench; snap: WorkbenchSnapshot }) {
  const { info, documents, notice } = snap
  return (
    <>
      {notice && (
        <div
          className={`notice notice-${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          {notice.text}
          <button type="button" aria-label="Dismiss" onClick={() => workbench.notices.dismiss()}>
            ×
          </button>
        </div>
      )}
      {snap.editingSchema && info && (
        <SchemaEditor
          schema={info.schema}
          onSaved={() => void workbench.schema.saved()}
          onClose={() => workbench.schema.edit(false)}
        />
      )}
      {snap.searching && (
        <SearchDialog
          onOpen={(hit) => void openHit(workbench, hit)}
          onClose={() => workbench.views.openSearch(false)}
        />
      )}
      {snap.importing && (
        <ImportDialog session={snap.importing} onCancel={() => workbench.imports.cancel()} />
      )}
      {snap.importResults && (
        <ImportResults
          outcome={snap.importResults}
          documents={documents}
          workbench={workbench}
          readOnly={!!info?.readOnly}
          onClose={() => workbench.imports.dismissResults()}
        />
      )}
    </>
  )
}
