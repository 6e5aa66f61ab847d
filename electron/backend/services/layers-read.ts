/**
 * Reading other annotators' layers for comparison: a file that cannot be read
 * (corrupt, from a newer Spanbench, made on another version of the text) is
 * reported by path and left out, so one bad file never stops a measurement.
 */
import type { AnnotationSet, DocumentRecord } from '../../../shared/contract/model.ts'
import type { Corpus } from '../store/corpus.ts'
import { SpanbenchError } from '../store/errors.ts'

export interface LayerProblem {
  path: string
  message: string
}

/** One annotator's set for a document, or null when missing or unreadable (then `problems` says why). */
export function readLayerSync(
  corpus: Corpus,
  doc: DocumentRecord,
  annotator: string,
  problems: LayerProblem[],
): AnnotationSet | null {
  const path = corpus.annotationPath(doc.id, annotator)
  try {
    const set = corpus.readAnnotationsSync(doc.id, annotator)
    if (set && set.textSha256 !== doc.sha256) {
      problems.push({
        path,
        message: `${path}: made on another version of the document's text; left out`,
      })
      return null
    }
    return set
  } catch (err) {
    if (err instanceof SpanbenchError && (err.code === 'corrupt' || err.code === 'too_new')) {
      problems.push({ path, message: err.message })
      return null
    }
    throw err
  }
}

/** Whether an annotator has coded a document: their file has a status past `new`, or any annotation. */
export function isCoded(set: AnnotationSet | null): set is AnnotationSet {
  return !!set && (set.status !== 'new' || set.spans.length > 0 || set.relations.length > 0)
}

/** The corpus's annotators who have a folder, with the named ones checked to exist. */
export async function checkAnnotators(
  corpus: Corpus,
  named: readonly string[] | undefined,
  fallback: (all: string[]) => string[],
): Promise<string[]> {
  const all = await corpus.annotators()
  if (!named) return fallback(all)
  const unknown = named.filter((a) => !all.includes(a))
  if (unknown.length)
    throw new SpanbenchError(
      'bad_request',
      `unknown annotator ${unknown.join(', ')} (annotators of ${corpus.dir}: ${all.join(', ') || 'none yet'})`,
    )
  return [...new Set(named)]
}
