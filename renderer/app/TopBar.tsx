/** The top bar: the corpus and document, the save state, the annotator and the main actions. */
import type { RefObject } from 'react'
import type { CommandRegistry } from '../commands/registry.ts'
import { ExportButton } from '../export/ExportDialog.tsx'
import type { Workbench } from '../state/workbench.ts'
import type { WorkbenchSnapshot } from '../state/workbench-state.ts'
import { AnnotatorName } from './AnnotatorName.tsx'
import { SaveIndicator } from './SaveIndicator.tsx'

export function TopBar({
  workbench,
  snap,
  registry,
  fileInput,
}: {
  workbench: Workbench
  snap: WorkbenchSnapshot
  registry: CommandRegistry
  /** The hidden file input the import command clicks. */
  fileInput: RefObject<HTMLInputElement | null>
}) {
  const { info, current, documents } = snap
  return (
    <header className="topbar">
      <h1 title={info?.path}>{info?.name ?? 'Spanbench'}</h1>
      {current && <span className="doc-name">{current.doc.title}</span>}
      {current && <SaveIndicator store={current} />}
      {info?.readOnly && <span className="read-only">Read-only: {info.readOnlyReason}</span>}
      <span className="spacer" />
      {info && (
        <AnnotatorName
          name={info.annotator}
          onChange={(n) => void workbench.documents.setAnnotator(n)}
        />
      )}
      <label className="toggle" title="Widen selections to whole words (w)">
        <input
          type="checkbox"
          checked={snap.snapToWords}
          onChange={() => registry.dispatch('view.snap')}
        />
        Snap to words
      </label>
      <button
        type="button"
        onClick={() => registry.dispatch('edit.undo')}
        disabled={!current}
        title="Undo (Ctrl+Z)"
      >
        Undo
      </button>
      <button
        type="button"
        onClick={() => registry.dispatch('edit.redo')}
        disabled={!current}
        title="Redo (Ctrl+Shift+Z)"
      >
        Redo
      </button>
      <button
        type="button"
        onClick={() => registry.dispatch('schema.edit')}
        disabled={!info || info.readOnly}
      >
        Schema…
      </button>
      <button type="button" onClick={() => registry.dispatch('import.files')}>
        Import…
      </button>
      <button type="button" onClick={() => registry.dispatch('export.jsonl')}>
        Export JSONL
      </button>
      <ExportButton schema={info?.schema} documents={documents} />
      <input
        ref={fileInput}
        type="file"
        multiple
        hidden
        aria-label="Files to import"
        onChange={(e) => {
          void workbench.imports.importFiles([...(e.target.files ?? [])])
          e.target.value = ''
        }}
      />
    </header>
  )
}
