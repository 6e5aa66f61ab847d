/**
 * Inter-annotator agreement over a corpus (issue 13): the documents are read
 * one batch at a time and fed to the pure AgreementBuilder (shared/agreement),
 * so memory holds running counts, not the corpus.
 */
import { AgreementBuilder } from '../../../shared/agreement/builder.ts'
import type { Confusion } from '../../../shared/agreement/confusion.ts'
import type { AgreementProblem, AgreementReport } from '../../../shared/agreement/report.ts'
import {
  CURATION_LAYER,
  type AnnotationSet,
  type DocumentRecord,
} from '../../../shared/contract/model.ts'
import { forEachBatch } from '../store/batches.ts'
import type { Corpus } from '../store/corpus.ts'
import { SpanbenchError } from '../store/errors.ts'
import type { HandlerSlice } from './handlers.ts'
import { checkAnnotators, isCoded, readLayerSync } from './layers-read.ts'

export interface AgreementSelection {
  /** Whose layers to compare (default: every annotator but `curation`); at least two. */
  annotators?: readonly string[] | undefined
  /** Which labels (default: all of the schema). */
  labels?: readonly string[] | undefined
  /** Which documents (default: all). */
  documents?: readonly string[] | undefined
}

export interface AgreementResult {
  report: AgreementReport
  /** Files left out because they could not be read. */
  problems: AgreementProblem[]
  /** Per pair, the confusion matrix of labels. */
  confusion: Confusion[]
}

const BATCH = 50

export async function corpusAgreement(
  corpus: Corpus,
  selection: AgreementSelection = {},
): Promise<AgreementResult> {
  const annotators = await checkAnnotators(corpus, selection.annotators, (all) =>
    all.filter((a) => a !== CURATION_LAYER),
  )
  if (annotators.length < 2)
    throw new SpanbenchError(
      'bad_request',
      `agreement needs at least two annotators; ${corpus.dir} has ${annotators.join(', ') || 'none'}`,
    )
  const schemaLabels = corpus.manifest.schema.labels.map((l) => l.id)
  const labels = selection.labels ? [...new Set(selection.labels)] : schemaLabels
  const unknownLabels = labels.filter((l) => !schemaLabels.includes(l))
  if (unknownLabels.length)
    throw new SpanbenchError(
      'bad_request',
      `unknown label ${unknownLabels.join(', ')} (labels: ${schemaLabels.join(', ')})`,
    )
  const ids = await corpus.documentIds()
  const missing = (selection.documents ?? []).filter((id) => !ids.includes(id))
  if (missing.length)
    throw new SpanbenchError('bad_request', `no document ${missing.join(', ')} in ${corpus.dir}`)
  const wanted = selection.documents ? new Set(selection.documents) : null
  const builder = new AgreementBuilder({ annotators, labels, schema: corpus.manifest.schema })
  const problems: AgreementProblem[] = []
  await forEachBatch(wanted ? ids.filter((id) => wanted.has(id)) : ids, BATCH, (id) => {
    const doc = readDocumentOrNote(corpus, id, problems)
    if (!doc) return
    const layers = new Map<string, AnnotationSet>()
    for (const a of annotators) {
      const set = readLayerSync(corpus, doc, a, problems)
      if (isCoded(set)) layers.set(a, set)
    }
    builder.add({ id, text: doc.text, layers })
  })
  return { report: builder.report(), problems, confusion: builder.confusions() }
}

function readDocumentOrNote(
  corpus: Corpus,
  id: string,
  problems: AgreementProblem[],
): DocumentRecord | null {
  try {
    return corpus.readDocumentSync(id)
  } catch (err) {
    if (err instanceof SpanbenchError && (err.code === 'corrupt' || err.code === 'too_new')) {
      problems.push({ path: corpus.documentPath(id), message: err.message })
      return null
    }
    throw err
  }
}

export const agreementHandlers: HandlerSlice<'agreement.compute'> = {
  'agreement.compute': (input, ctx) => corpusAgreement(ctx.corpus, input),
}
