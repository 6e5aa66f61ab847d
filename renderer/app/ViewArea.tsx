/**
 * The page below the top bar: the label palette with the view tabs, and the
 * centre column showing the open document or the chosen view.
 */
import type { LabelDef } from '../../shared/contract/model.ts'
import type { CommandRegistry } from '../commands/registry.ts'
import { DashboardView } from '../dashboard/DashboardView.tsx'
import { MapView } from '../map/MapView.tsx'
import { ClaimsView } from '../panels/ClaimsView.tsx'
import { LabelPalette } from '../panels/LabelPalette.tsx'
import { Reader } from '../reader/Reader.tsx'
import { TypeChooser } from '../reader/TypeChooser.tsx'
import type { Workbench } from '../state/workbench.ts'
import type { WorkbenchSnapshot, WorkbenchView } from '../state/workbench-state.ts'
import { AgreementView } from '../team/AgreementView.tsx'

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

/** The label palette and, on the right, the tabs of the views. */
export function PaletteRow({
  workbench,
  snap,
  labels,
  registry,
}: {
  workbench: Workbench
  snap: WorkbenchSnapshot
  labels: readonly LabelDef[]
  registry: CommandRegistry
}) {
  const { current, info, view } = snap
  return (
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
  )
}

/** The centre column: the reader with the open document, or the claims, map, dashboard or agreement view. */
export function CenterView({
  workbench,
  snap,
  colors,
  openClaim,
  showError,
}: {
  workbench: Workbench
  snap: WorkbenchSnapshot
  colors: ReadonlyMap<string, string>
  openClaim: (docId: string, spanId: string) => void
  showError: (message: string) => void
}) {
  const { current, documents, info, linking, view } = snap
  return (
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
  )
}
