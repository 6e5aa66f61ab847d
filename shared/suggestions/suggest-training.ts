/**
 * From annotated documents to what suggestions are made from: the strings
 * tagged in them (for the corpus source), the names the model sees as
 * features, and the trained span tagger. Used alike by the app's backend and
 * by `spanbench suggest`, so both show the same. Pure: no Node, no DOM.
 */
import { FIGURE_LABEL } from '../corpus/claims.ts'
import { OffsetMap } from '../text/offsets.ts'
import { SpanTagger, type TrainingDocument } from './span-tagger.ts'
import type { LabeledExtent } from './suggest-eval.ts'
import { gazetteerMatcherOf, type GazetteerEntry } from './suggestions.ts'
import {
  knownNames,
  type CorpusName,
  type FeatureCache,
  type KnownNames,
} from './tagger-features.ts'

/** A document and one annotator's spans on it, in code points. */
export interface AnnotatedDocument {
  id: string
  text: string
  spans: readonly { start: number; end: number; label: string; text: string }[]
  /** Suggestions the annotator rejected in it. */
  rejected?: readonly LabeledExtent[]
}

/** Whether a span's text can stand for itself elsewhere (not a figure, no stray spaces). */
function nameLike(span: { label: string; text: string }): boolean {
  return span.label !== FIGURE_LABEL && span.text.trim() === span.text && span.text.length >= 2
}

/** Text → label → how often it is tagged so. */
export function taggedStringsOf(
  docs: readonly AnnotatedDocument[],
): Map<string, Map<string, number>> {
  const tagged = new Map<string, Map<string, number>>()
  for (const doc of docs) {
    for (const span of doc.spans) {
      if (!nameLike(span)) continue
      const labels = tagged.get(span.text) ?? new Map<string, number>()
      labels.set(span.label, (labels.get(span.label) ?? 0) + 1)
      tagged.set(span.text, labels)
    }
  }
  return tagged
}

/** Text → its most frequent label and the documents it is tagged in. */
function corpusNamesOf(docs: readonly AnnotatedDocument[]): Map<string, CorpusName> {
  const counts = taggedStringsOf(docs)
  const inDocs = new Map<string, Set<string>>()
  for (const doc of docs) {
    for (const span of doc.spans) {
      if (!nameLike(span)) continue
      const set = inDocs.get(span.text) ?? new Set<string>()
      set.add(doc.id)
      inDocs.set(span.text, set)
    }
  }
  const out = new Map<string, CorpusName>()
  for (const [text, labels] of counts) {
    const [label] = [...labels].sort((a, b) => b[1] - a[1])[0] ?? []
    if (label) out.set(text, { label, docs: inDocs.get(text) ?? new Set() })
  }
  return out
}

/** The documents in the tagger's terms: UTF-16 offsets. */
function trainingDocumentsOf(docs: readonly AnnotatedDocument[]): TrainingDocument[] {
  return docs.map((doc) => {
    const map = new OffsetMap(doc.text)
    const utf16 = (s: LabeledExtent): LabeledExtent => ({
      start: map.toUtf16(s.start),
      end: map.toUtf16(s.end),
      label: s.label,
    })
    return {
      id: doc.id,
      text: doc.text,
      spans: doc.spans.map(utf16),
      rejected: (doc.rejected ?? []).map(utf16),
    }
  })
}

export interface TrainedModel {
  tagger: SpanTagger
  names: KnownNames
}

/**
 * Trains the span tagger on the documents that have spans. `cache`: the
 * features of an earlier training, so only what changed is computed again
 * (the model is the same as without it).
 */
export function trainModel(
  docs: readonly AnnotatedDocument[],
  gazetteer: readonly GazetteerEntry[],
  options: { epochs?: number; seed?: number; cache?: FeatureCache } = {},
): TrainedModel {
  const annotated = docs.filter((d) => d.spans.length > 0)
  const names = knownNames(gazetteerMatcherOf(gazetteer), corpusNamesOf(annotated))
  const learnt = docs.filter((d) => d.spans.length > 0 || (d.rejected?.length ?? 0) > 0)
  return { tagger: SpanTagger.train(trainingDocumentsOf(learnt), names, options), names }
}

/** One more pass over a document just edited, so the model follows the annotator at once. */
export function updateModel(model: TrainedModel, doc: AnnotatedDocument): void {
  const [training] = trainingDocumentsOf([doc])
  if (training && doc.spans.length > 0) model.tagger.update(training, model.names)
}

/** A suggestion rejected in a document: the model is pushed away from it at once. */
export function rejectInModel(
  model: TrainedModel,
  doc: Pick<AnnotatedDocument, 'id' | 'text'>,
  rejected: LabeledExtent,
): void {
  const [training] = trainingDocumentsOf([{ ...doc, spans: [], rejected: [rejected] }])
  const span = training?.rejected?.[0]
  if (training && span) model.tagger.reject(training, span, model.names)
}
