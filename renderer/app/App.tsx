import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { workbenchCommands } from '../commands/workbench-commands.ts'
import { AnnotationList } from '../panels/AnnotationList.tsx'
import { DocumentList } from '../panels/DocumentList.tsx'
import { LabelPalette } from '../panels/LabelPalette.tsx'
import { Reader } from '../reader/Reader.tsx'
import type { Workbench } from '../state/workbench.ts'
import { AnnotatorName } from './AnnotatorName.tsx'
import { ImportResults } from './ImportResults.tsx'
import { SaveIndicator } from './SaveIndicator.tsx'
import { useHotkeys } from './use-hotkeys.ts'
import { useSaveOnClose } from './use-save-on-close.ts'
import { bridge } from '../api.ts'

export function App({ workbench }: { workbench: Workbench }) {
  const snap = useSyncExternalStore(workbench.subscribe, workbench.getSnapshot)
  const { info, current, documents, notice } = snap
  const labels = useMemo(() => info?.schema.labels ?? [], [info])
  const colors = useMemo(() => new Map(labels.map((l) => [l.id, l.color])), [labels])
  const labelsById = useMemo(() => new Map(labels.map((l) => [l.id, l])), [labels])
  const fileInput = useRef<HTMLInputElement>(null)
  const registry = useMemo(() => workbenchCommands(workbench, labels), [workbench, labels])
  const [dragging, setDragging] = useState(false)

  useEffect(() => {
    workbench.setFilePicker(() => fileInput.current?.click())
    return () => workbench.setFilePicker(null)
  }, [workbench])
  useHotkeys(registry)
  useSaveOnClose(workbench)
  useEffect(() => bridge?.onCommand((id) => registry.dispatch(id)), [registry])
  useEffect(() => {
    void workbench.load()
  }, [workbench])

  const jump = (id: string) => {
    current?.select(id)
    document
      .querySelector(`.reader [data-spans~="${CSS.escape(id)}"]`)
      ?.scrollIntoView({ block: 'center' })
  }

  return (
    <div
      className={dragging ? 'app dragging' : 'app'}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes('Files')) {
          e.preventDefault()
          setDragging(true)
        }
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        setDragging(false)
        if (e.dataTransfer.files.length === 0) return
        e.preventDefault()
        void workbench.importFiles([...e.dataTransfer.files])
      }}
    >
      <header className="topbar">
        <h1 title={info?.path}>{info?.name ?? 'Spanbench'}</h1>
        {current && <span className="doc-name">{current.doc.title}</span>}
        {current && <SaveIndicator store={current} />}
        {info?.readOnly && <span className="read-only">Read-only: {info.readOnlyReason}</span>}
        <span className="spacer" />
        {info && (
          <AnnotatorName name={info.annotator} onChange={(n) => void workbench.setAnnotator(n)} />
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
        <button type="button" onClick={() => registry.dispatch('import.files')}>
          Import…
        </button>
        <button type="button" onClick={() => registry.dispatch('export.jsonl')}>
          Export JSONL
        </button>
        <input
          ref={fileInput}
          type="file"
          multiple
          accept=".txt,.text,text/plain"
          hidden
          aria-label="Files to import"
          onChange={(e) => {
            void workbench.importFiles([...(e.target.files ?? [])])
            e.target.value = ''
          }}
        />
      </header>
      <LabelPalette
        labels={labels}
        disabled={!current || !!info?.readOnly}
        onLabel={(id) => registry.dispatch(`label.${id}`)}
      />
      {notice && (
        <div
          className={`notice notice-${notice.kind}`}
          role={notice.kind === 'error' ? 'alert' : 'status'}
        >
          {notice.text}
          <button type="button" aria-label="Dismiss" onClick={() => workbench.dismissNotice()}>
            ×
          </button>
        </div>
      )}
      {snap.importResults && (
        <ImportResults
          results={snap.importResults}
          onClose={() => workbench.dismissImportResults()}
        />
      )}
      <main className="workspace">
        <DocumentList
          documents={documents}
          currentId={current?.doc.id ?? null}
          onOpen={(id) => void workbench.openDocument(id)}
        />
        {current ? (
          <Reader key={current.doc.id} store={current} workbench={workbench} colors={colors} />
        ) : (
          <div className="reader empty">
            {snap.loading ? 'Opening the corpus…' : 'Open a document from the list.'}
          </div>
        )}
        {current ? (
          <AnnotationList store={current} labels={labelsById} onJump={jump} />
        ) : (
          <aside className="panel annotations" />
        )}
      </main>
    </div>
  )
}
