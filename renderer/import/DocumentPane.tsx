import type { DocumentPreview, FilePreview } from '../../shared/contract/import-api.ts'
import { DecisionList } from './DecisionList.tsx'
import { NearDuplicateChoice } from './NearDuplicateChoice.tsx'
import { PreviewText } from './PreviewText.tsx'
import { StepSwitches } from './StepSwitches.tsx'
import {
  documentStep,
  overridesStep,
  setDocumentStep,
  setSkip,
  type Choices,
} from './preview-state.ts'

interface DocumentPaneProps {
  doc: DocumentPreview
  file: FilePreview | undefined
  choices: Choices
  onChange: (change: (choices: Choices) => Choices) => void
}

/** One document of the batch in full: how it was read, its flags, its decisions, its text. */
export function DocumentPane({ doc, file, choices, onChange }: DocumentPaneProps) {
  const key = doc.key
  return (
    <section className="document-pane" aria-label={`Preview of ${doc.title}`}>
      <h3>{doc.title}</h3>
      <p className="hint">{readAs(doc, file)}</p>
      {doc.duplicateOf && (
        <p className="flag-note">
          The same text is in the corpus already (or earlier in this batch); it will not be stored
          again.
        </p>
      )}
      {doc.nearDuplicates.length > 0 && (
        <NearDuplicateChoice doc={doc} choices={choices} onChange={onChange} />
      )}
      <label className="skip-document">
        <input
          type="checkbox"
          checked={choices.documents[key]?.skip === true}
          onChange={(e) => onChange((c) => setSkip(c, key, e.target.checked))}
        />
        Leave this document out
      </label>
      <StepSwitches
        legend="Cleanup for this document"
        isOn={(step) => documentStep(choices, key, step)}
        note={(step) => (overridesStep(choices, key, step) ? 'this document only' : null)}
        onChange={(step, on) => onChange((c) => setDocumentStep(c, key, step, on))}
      />
      <DecisionList doc={doc} choices={choices} onChange={onChange} />
      <PreviewText doc={doc} />
    </section>
  )
}

/** "report.pdf · pdf · 3 pages": the file, its format, and how it was read. */
function readAs(doc: DocumentPreview, file: FilePreview | undefined): string {
  const encoding = file?.encoding && file.note !== file.encoding ? file.encoding : null
  return [doc.part ? `${doc.file} ${doc.part}` : doc.file, file?.format, encoding, file?.note]
    .filter((s): s is string => Boolean(s))
    .join(' · ')
}
