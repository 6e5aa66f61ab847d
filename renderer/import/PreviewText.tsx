import { useMemo } from 'react'
import type { DocumentPreview } from '../../shared/contract/import-api.ts'
import { markText } from './text-marks.ts'

/**
 * The text the import would store, with what cleanup changed marked (and,
 * faintly, what it would change if asked); a scissors sign where lines were
 * left out. The marks are only a view: the stored text is exactly the text here.
 */
export function PreviewText({ doc }: { doc: DocumentPreview }) {
  const pieces = useMemo(() => markText(doc.text, doc.decisions), [doc.text, doc.decisions])
  const summaries = useMemo(
    () => new Map(doc.decisions.map((d) => [d.id, d.summary])),
    [doc.decisions],
  )
  const describe = (ids: readonly string[]) => ids.map((id) => summaries.get(id)).join('\n')
  return (
    <section className="preview-text-section" aria-label="Text to be stored">
      <h4>Text to be stored</h4>
      <div className="preview-text" tabIndex={0} dir="auto">
        {pieces.map((p, i) =>
          p.text === '' ? (
            <span
              key={i}
              className="cut"
              role="img"
              aria-label={describe(p.decisions)}
              title={describe(p.decisions)}
            />
          ) : p.decisions.length === 0 ? (
            p.text
          ) : (
            <mark
              key={i}
              className={p.applied ? 'applied' : 'declined'}
              title={describe(p.decisions)}
            >
              {p.text}
            </mark>
          ),
        )}
      </div>
    </section>
  )
}
