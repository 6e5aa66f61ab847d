/**
 * Every annotator's layer of a document, read-only, for the layer picker and
 * the compare view; and the curated layer (annotator `curation`): started
 * with what enough layers agree on, then edited through `curation.apply`
 * with the same operations (and undo) as any layer.
 */
import { compareLayers } from '../../../shared/agreement/compare.ts'
import { curationCandidates, preAccept } from '../../../shared/agreement/curation.ts'
import {
  CURATION_LAYER,
  type AnnotationSet,
  type DocumentRecord,
} from '../../../shared/contract/model.ts'
import type { Corpus } from '../store/corpus.ts'
import { SpanbenchError } from '../store/errors.ts'
import { applyAnnotationOps } from './annotations-service.ts'
import { emptyAnnotationSet } from './documents-service.ts'
import type { HandlerSlice } from './handlers.ts'
import { checkAnnotators, isCoded, readLayerSync, type LayerProblem } from './layers-read.ts'

/** A layer by name, or an empty one when that annotator has no file for the document. */
function layerOf(corpus: Corpus, doc: DocumentRecord, annotator: string): AnnotationSet {
  const problems: LayerProblem[] = []
  const set = readLayerSync(corpus, doc, annotator, problems)
  const problem = problems[0]
  if (problem) throw new SpanbenchError('corrupt', problem.message)
  return set ?? emptyAnnotationSet(doc, annotator)
}

/** The layers to curate from: the named annotators, or everyone (but curation) who coded the document. */
async function sourceLayers(
  corpus: Corpus,
  doc: DocumentRecord,
  named: readonly string[] | undefined,
): Promise<Map<string, AnnotationSet>> {
  const annotators = await checkAnnotators(corpus, named, (all) =>
    all.filter((a) => a !== CURATION_LAYER),
  )
  const layers = new Map<string, AnnotationSet>()
  for (const a of annotators) {
    const set = layerOf(corpus, doc, a)
    if (named || isCoded(set)) layers.set(a, set)
  }
  if (layers.size === 0)
    throw new SpanbenchError('bad_request', `nobody has annotated ${doc.id} yet: nothing to curate`)
  return layers
}

export const layersHandlers: HandlerSlice<
  | 'layers.list'
  | 'layers.get'
  | 'layers.compare'
  | 'curation.start'
  | 'curation.candidates'
  | 'curation.apply'
> = {
  'layers.list': async ({ docId }, { corpus }) => {
    const doc = await corpus.readDocument(docId)
    const layers = []
    for (const annotator of await corpus.annotators()) {
      const problems: LayerProblem[] = []
      const set = readLayerSync(corpus, doc, annotator, problems)
      layers.push({
        annotator,
        spans: set?.spans.length ?? 0,
        relations: set?.relations.length ?? 0,
        status: set?.status ?? 'new',
        updatedAt: set?.updatedAt ?? null,
        revision: set?.revision ?? 0,
        ...(problems[0] ? { problem: problems[0].message } : {}),
      })
    }
    return { layers }
  },
  'layers.get': async ({ docId, annotator }, { corpus }) =>
    layerOf(corpus, await corpus.readDocument(docId), annotator),
  'layers.compare': async ({ docId, a, b }, { corpus }) => {
    const doc = await corpus.readDocument(docId)
    await checkAnnotators(corpus, [a, b], () => [])
    return { disagreements: compareLayers(layerOf(corpus, doc, a), layerOf(corpus, doc, b)) }
  },
  'curation.start': async ({ docId, threshold, annotators }, { corpus }) => {
    const doc = await corpus.readDocument(docId)
    const existing = layerOf(corpus, doc, CURATION_LAYER)
    if (existing.revision > 0)
      return { annotations: existing, created: false, preAccepted: { spans: 0, relations: 0 } }
    const accepted = preAccept(await sourceLayers(corpus, doc, annotators), threshold)
    const annotations: AnnotationSet = {
      ...existing,
      status: 'in_progress',
      revision: 1,
      updatedAt: new Date().toISOString(),
      spans: accepted.spans.slice(),
      relations: accepted.relations.slice(),
    }
    await corpus.writeAnnotations(annotations)
    return {
      annotations,
      created: true,
      preAccepted: { spans: accepted.spans.length, relations: accepted.relations.length },
    }
  },
  'curation.candidates': async ({ docId, annotators }, { corpus }) => {
    const doc = await corpus.readDocument(docId)
    const layers = await sourceLayers(corpus, doc, annotators)
    return { candidates: curationCandidates(layers, layerOf(corpus, doc, CURATION_LAYER)) }
  },
  'curation.apply': ({ docId, revision, ops }, ctx) =>
    applyAnnotationOps({ ...ctx, annotator: CURATION_LAYER }, docId, revision, ops),
}
