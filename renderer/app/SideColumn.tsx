/** The reader's side column: the document's flags, layers and details, the selection, its annotations. */
import type { LabelDef } from '../../shared/contract/model.ts'
import { DocumentFlagsBar } from '../import/DocumentFlagsBar.tsx'
import { AnnotationList } from '../panels/AnnotationList.tsx'
import { DocumentDetails } from '../panels/DocumentDetails.tsx'
import { LayersPanel } from '../panels/LayersPanel.tsx'
import { SpanDetails } from '../panels/SpanDetails.tsx'
import { SuggestionDetails } from '../panels/SuggestionDetails.tsx'
import type { Workbench } from '../state/workbench.ts'
import type { WorkbenchSnapshot } from '../state/workbench-state.ts'

export function SideColumn({
  workbench,
  snap,
  labelsById,
}: {
  workbench: Workbench
  snap: WorkbenchSnapshot
  labelsById: ReadonlyMap<string, LabelDef>
}) {
  const { current, documents, info } = snap
  return (
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
        <AnnotationList store={current} labels={labelsById} onJump={(id) => current.select(id)} />
      ) : (
        <aside className="panel annotations" />
      )}
    </div>
  )
}
