import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react'
import { bridge } from '../api.ts'
import { workbenchCommands } from '../commands/workbench-commands.ts'
import { watchCorpusChanges } from '../state/change-watch.ts'
import { DocumentList } from '../panels/DocumentList.tsx'
import type { Workbench } from '../state/workbench.ts'
import { Overlays } from './Overlays.tsx'
import { SideColumn } from './SideColumn.tsx'
import { TopBar } from './TopBar.tsx'
import { CenterView, PaletteRow } from './ViewArea.tsx'
import { useHotkeys } from './use-hotkeys.ts'
import { useSaveOnClose } from './use-save-on-close.ts'
import { useViewFocus } from './use-view-focus.ts'

export function App({ workbench }: { workbench: Workbench }) {
  const snap = useSyncExternalStore(workbench.subscribe, workbench.getSnapshot)
  const team = useSyncExternalStore(workbench.team.subscribe, workbench.team.getSnapshot)
  const { info, current, documents, view } = snap
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
      <TopBar workbench={workbench} snap={snap} registry={registry} fileInput={fileInput} />
      <PaletteRow workbench={workbench} snap={snap} labels={labels} registry={registry} />
      <Overlays workbench={workbench} snap={snap} />
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
        <CenterView
          workbench={workbench}
          snap={snap}
          colors={colors}
          openClaim={openClaim}
          showError={showError}
        />
        {view === 'reader' && (
          <SideColumn workbench={workbench} snap={snap} labelsById={labelsById} />
        )}
      </main>
    </div>
  )
}
