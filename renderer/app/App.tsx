import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { bridge } from '../api.ts'
import { workbenchCommands } from '../commands/workbench-commands.ts'
import { AnnotationList } from '../panels/AnnotationList.tsx'
import { ClaimsView } from '../panels/ClaimsView.tsx'
import { LayersPanel } from '../panels/LayersPanel.tsx'
import { watchCorpusChanges } from '../state/change-watch.ts'
import { AgreementView } from '../team/AgreementView.tsx'
import { DashboardView } from '../dashboard/DashboardView.tsx'
import { MapView } from '../map/MapView.tsx'
import { DocumentDetails } from '../panels/DocumentDetails.tsx'
import { ExportButton } from '../export/ExportDialog.tsx'
import { DocumentFlagsBar } from '../import/DocumentFlagsBar.tsx'
import { ImportPreview } from '../import/ImportPreview.tsx'
import { DocumentList } from '../panels/DocumentList.tsx'
import { LabelPalette } from '../panels/LabelPalette.tsx'
import { SpanDetails } from '../panels/SpanDetails.tsx'
import { SuggestionDetails } from '../panels/SuggestionDetails.tsx'
import { Reader } from '../reader/Reader.tsx'
import { SchemaEditor } from '../schema/SchemaEditor.tsx'
import { openHit } from '../search/open-hit.ts'
import { SearchDialog } from '../search/SearchDialog.tsx'
import { TypeChooser } from '../reader/TypeChooser.tsx'
import type { Workbench } from '../state/workbench.ts'
import type { WorkbenchView } from '../state/workbench-state.ts'
import { AnnotatorName } from './AnnotatorName.tsx'
import { ImportResults } from './ImportResults.tsx'
import { SaveIndicator } from './SaveIndicator.tsx'
import { useHotkeys } from './use-hotkeys.ts'
import { useSaveOnClose } from './use-save-on-close.ts'
import { useViewFocus } from './use-view-focus.ts'

/** The views, as the tabs on the right of the label row name them. */
const VIEW_TABS: { view: WorkbenchView; name: string; title?: string }[] = [
  { view: 'reader', name: 'Document' },
  { view: 'claims', name: 'Claims', title: 'Claims table (c)' },
  {
    view: 'dashboard',
    name: 'Dashboard',
    title: 'Progress, labels and casualty figures at a glance',
  },
  { view: 'map', name: 'Map', title: 'The places tagged, on a map' },
  { view: 'agreement', name: 'Agreement', title: 'Agreement between annotators' },
]

export function App({ workbench }: { workbench: Workbench }) {
  const snap = useSyncExternalStore(workbench.subscribe, workbench.getSnapshot)
  const team = useSyncExternalStore(workbench.team.subscribe, workbench.team.getSnapshot)
  const { info, current, documents, notice, linking, view } = snap
  const labels = useMemo(() => info?.schema.labels ?? [], [info])
  const colors = useMemo(() => new Map(labels.map((l) => [l.id, l.color])), [labels])
  const labelsById = useMemo(() => new Map(labels.map((l) => [l.id, l])), [labels])
  const fileInput = useRef<HTMLInputElement>(null)
  const registry = useMemo(() => workbenchCommands(workbench, labels), [workbench, labels])
  const [dragging, setDragging] = useState(false)

  useEffect(() => {
    workbench.imports.setFilePicker(() => fileInput.current?.click())
    return () => workbench.imports.setFilePicker(null)
  }, [workbench])
  useHotkeys(registry)
  useSaveOnClose(workbench)
  useViewFocus(view)
  useEffect(() => bridge?.onCommand((id) => registry.dispatch(id)), [registry])
  useEffect(() => {
    void workbench.documents.load()
  }, [workbench])
  useEffect(
    () =>
      watchCorpusChanges(
        () => workbench.getSnapshot().current?.doc.id,
        () => workbench.documents.corpusChanged(),
        () => workbench.documents.ownLayerChanged(),
      ),
    [workbench],
  )

  const openClaim = useCallback(
    (docId: string, spanId: string) => {
      void workbench.documents.open(docId).then(() => {
        workbench.views.show('reader')
        workbench.getSnapshot().current?.select(spanId)
      })
    },
    [workbench],
  )
  const showError = useCallback(
    (message: string) => workbench.notices.notify('error', message),
    [workbench],
  )

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
        void workbench.imports.importFiles([...e.dataTransfer.files])
      }}
    >
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
      <section className="palette-row" aria-label="Labels and views">
        <LabelPalette
          labels={labels}
          disabled={!current || !!info?.readOnly}
          onLabel={(id) => registry.dispatch(`label.${id}`)}
        />
        <div className="view-tabs" role="group" aria-label="View">
          {VIEW_TABS.map(({ view: tab, name, title }) => (
            <button
              key={tab}
              type="button"
              aria-pressed={view === tab}
              onClick={() => workbench.views.show(tab)}
              title={title}
            >
              {name}
            </button>
          ))}
        </div>
      </section>
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
        <ImportPreview session={snap.importing} onCancel={() => workbench.imports.cancel()} />
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
      <main className={view === 'reader' ? 'workspace' : 'workspace wide'}>
        {view === 'reader' && (
          <DocumentList
            documents={documents}
            currentId={current?.doc.id ?? null}
            onOpen={(id) => void workbench.documents.open(id)}
            coders={team.coders}
            assigned={team.assigned}
          />
        )}
        <div className="center">
          {view === 'claims' ? (
            <ClaimsView onOpen={openClaim} onError={showError} />
          ) : view === 'map' ? (
            <MapView onOpen={openClaim} onError={showError} />
          ) : view === 'dashboard' ? (
            <DashboardView colors={colors} onError={showError} />
          ) : view === 'agreement' ? (
            <AgreementView
              onOpen={(id) => void workbench.documents.open(id)}
              titleOf={(id) => documents.find((d) => d.id === id)?.title ?? id}
              onError={showError}
            />
          ) : current ? (
            <>
              {linking && <TypeChooser linking={linking} workbench={workbench} />}
              <Reader
                key={current.doc.id}
                store={current}
                workbench={workbench}
                colors={colors}
                relationTypes={info?.schema.relationTypes ?? []}
              />
            </>
          ) : (
            <div className="reader empty">
              {snap.loading ? 'Opening the corpus…' : 'Open a document from the list.'}
            </div>
          )}
        </div>
        {view === 'reader' && (
          <div className="side">
            {/* In the side column: a bar arriving after the text opens must not move the text. */}
            {current && (
              <DocumentFlagsBar
                key={`flags:${current.doc.id}`}
                store={current}
                workbench={workbench}
                documents={documents}
                readOnly={!!info?.readOnly}
              />
            )}
            {current && <LayersPanel store={current} workbench={workbench} />}
            {current && <DocumentDetails store={current} workbench={workbench} />}
            {current && info && (
              <SuggestionDetails store={current} workbench={workbench} schema={info.schema} />
            )}
            {current && info && (
              <SpanDetails store={current} workbench={workbench} schema={info.schema} />
            )}
            {current ? (
              <AnnotationList
                store={current}
                labels={labelsById}
                onJump={(id) => current.select(id)}
              />
            ) : (
              <aside className="panel annotations" />
            )}
          </div>
        )}
      </main>
    </div>
  )
}
