import {
  STATUS_TEXT,
  type DocumentStatus,
  type DocumentSummary,
} from '../../shared/contract/model.ts'
import { VirtualList } from './VirtualList.tsx'

interface DocumentListProps {
  documents: readonly DocumentSummary[]
  currentId: string | null
  onOpen: (id: string) => void
  /** Document id → annotator → status: shown where the corpus has an assignment or a document several coders. */
  coders?: Readonly<Record<string, Readonly<Record<string, DocumentStatus>>>>
  assigned?: boolean
}

/** "amira: done · ben: new", or '' where there is nothing to tell. */
function codersText(
  coders: Readonly<Record<string, DocumentStatus>> | undefined,
  assigned: boolean,
): string {
  const entries = Object.entries(coders ?? {})
  if (!assigned && entries.length < 2) return ''
  return entries.map(([name, status]) => `${name}: ${STATUS_TEXT[status]}`).join(' · ')
}

export function DocumentList({
  documents,
  currentId,
  onOpen,
  coders,
  assigned = false,
}: DocumentListProps) {
  return (
    <nav className="panel documents" aria-label="Documents">
      <h2>
        Documents <span className="count">{documents.length}</span>
      </h2>
      {documents.length === 0 && (
        <p className="empty">No documents yet: import files or drop them here.</p>
      )}
      <VirtualList
        className="doc-list"
        label="Document list"
        items={documents}
        rowHeight={52}
        render={(d) => {
          const who = codersText(coders?.[d.id], assigned)
          return (
            <button
              type="button"
              className={d.id === currentId ? 'doc current' : 'doc'}
              aria-current={d.id === currentId ? 'true' : undefined}
              data-doc={d.id}
              onClick={() => onOpen(d.id)}
              title={d.problem ? `${d.title}\n${d.problem}` : d.title}
            >
              <span className="doc-title">{d.title}</span>
              {d.problem && (
                <span className="doc-problem" role="note">
                  ⚠ a file of this document cannot be read
                </span>
              )}
              <span className="doc-meta">
                <span className="doc-count" data-count={d.spanCount}>
                  {d.spanCount} {d.spanCount === 1 ? 'annotation' : 'annotations'}
                </span>
                <span className={`status status-${d.status}`}>{STATUS_TEXT[d.status]}</span>
                {who && (
                  <span className="doc-coders" title={who}>
                    {who}
                  </span>
                )}
              </span>
            </button>
          )
        }}
      />
    </nav>
  )
}
