import type { DocumentPreview } from '../../shared/contract/import-api.ts'
import { documentFate, percent, type Choices, type DocumentFate } from './preview-state.ts'
import { count } from '../../shared/text/plural.ts'

interface PreviewListProps {
  documents: readonly DocumentPreview[]
  choices: Choices
  selected: string | null
  onSelect: (key: string) => void
}

const FATE_TEXT: Readonly<Record<DocumentFate, string | null>> = {
  import: null,
  skip: 'left out',
  duplicate: 'already in the corpus',
  'near-duplicate-skip': 'skipped as a near-duplicate',
}

/** The batch's documents, each with what will happen to it; one is shown in full beside. */
export function PreviewList({ documents, choices, selected, onSelect }: PreviewListProps) {
  return (
    <nav className="preview-list" aria-label="Documents to import">
      <ul>
        {documents.map((doc) => {
          const fate = FATE_TEXT[documentFate(doc, choices)]
          const near = doc.nearDuplicates[0]
          return (
            <li key={doc.key}>
              <button
                type="button"
                aria-current={doc.key === selected ? 'true' : undefined}
                onClick={() => onSelect(doc.key)}
                title={doc.title}
              >
                <span className="doc-title">{doc.title}</span>
                <span className="doc-meta">
                  <span>{doc.key}</span>
                  <span>{count(doc.decisions.filter((d) => d.applied).length, 'change')}</span>
                  {near && <span className="flag">near-duplicate {percent(near.similarity)}</span>}
                  {fate && <span className="flag">{fate}</span>}
                </span>
              </button>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
