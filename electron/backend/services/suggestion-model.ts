/**
 * The span tagger of one annotator in one corpus, kept in memory and kept up
 * to date: trained from the annotator's spans the first time suggestions are
 * asked for, given one more pass over a document as soon as it is saved
 * (accepting a suggestion saves it), pushed away from a suggestion as soon as
 * it is rejected, and retrained from the whole corpus (with every rejection
 * the annotator saved) in the background after edits. Nothing leaves the
 * process.
 */
import type {
  AnnotatedDocument,
  TrainedModel,
} from '../../../shared/suggestions/suggest-training.ts'
import {
  rejectInModel,
  trainModel,
  updateModel,
} from '../../../shared/suggestions/suggest-training.ts'
import type { LabeledExtent } from '../../../shared/suggestions/suggest-eval.ts'
import { FeatureCache } from '../../../shared/suggestions/tagger-features.ts'
import type { GazetteerEntry } from '../../../shared/suggestions/suggestions.ts'
import type { Corpus } from '../store/corpus.ts'
import { readRejections } from '../store/rejections-file.ts'
import { mapLimited } from './documents-service.ts'

/** Fewer spans than this teach the model nothing worth showing. */
export const MIN_TRAINING_SPANS = 5

/** How long after the last edit the full retraining starts. */
const RETRAIN_DELAY_MS = 1500

/**
 * Every document of the corpus with the annotator's spans on it (code
 * points). `texts`: documents' texts read before, by id (a document's text
 * never changes), which are not read again.
 */
export async function annotatedDocuments(
  corpus: Corpus,
  annotator: string,
  texts: ReadonlyMap<string, AnnotatedDocument> = new Map(),
): Promise<AnnotatedDocument[]> {
  const ids = await corpus.documentIds()
  const docs = await mapLimited(ids, 16, async (id) => {
    const set = await corpus.readAnnotations(id, annotator)
    if (!set || set.spans.length === 0) return null
    const text = texts.get(id)?.text ?? (await corpus.readDocument(id)).text
    return { id, text, spans: set.spans }
  })
  return docs.filter((d) => d !== null)
}

/**
 * The documents with what the annotator rejected in them: the annotated ones,
 * and those with rejections only (read here, as they have no spans).
 */
async function withRejections(
  corpus: Corpus,
  annotator: string,
  docs: readonly AnnotatedDocument[],
): Promise<AnnotatedDocument[]> {
  const byDoc = new Map<string, LabeledExtent[]>()
  for (const r of await readRejections(corpus, annotator)) {
    byDoc.set(r.docId, [...(byDoc.get(r.docId) ?? []), r])
  }
  const out = docs.map((d) => ({ ...d, rejected: byDoc.get(d.id) ?? [] }))
  const known = new Set(docs.map((d) => d.id))
  const ids = await corpus.documentIds()
  const others = ids.filter((id) => byDoc.has(id) && !known.has(id))
  for (const id of others) {
    const doc = await corpus.readDocument(id)
    out.push({ id, text: doc.text, spans: [], rejected: byDoc.get(id) ?? [] })
  }
  return out
}

export class SuggestionModel {
  private model: TrainedModel | null = null
  /** The annotator's documents as last read, kept up to date by edits. */
  private readonly docs = new Map<string, AnnotatedDocument>()
  /** The features of the documents last trained on, so a retraining computes only what changed. */
  private readonly features = new FeatureCache()
  private training: Promise<void> | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  private stale = true
  /** How many documents the corpus had at the last training. */
  private documentCount = -1
  /** The schema's label ids at the last training. */
  private trainedLabels = ''
  /** Edits not yet learnt from: suggestions wait for them, so they always reflect the last save. */
  private learning: Promise<void> = Promise.resolve()

  constructor(
    private readonly corpus: Corpus,
    private readonly annotator: string,
    private readonly gazetteer: () => Promise<readonly GazetteerEntry[]>,
  ) {}

  /** The annotated documents the model knows, as of the last save (after current()). */
  documents(): AnnotatedDocument[] {
    return [...this.docs.values()]
  }

  /** The model as it is now; trains it first if there is none yet. */
  async current(): Promise<TrainedModel | null> {
    await this.learning
    // Documents imported and labels renamed since (neither is an edit) are read by training again.
    const changed =
      (await this.corpus.documentIds()).length !== this.documentCount ||
      this.labelIds() !== this.trainedLabels
    if (changed || (this.stale && !this.model)) await this.retrain()
    return this.model
  }

  /** A document was saved: learn from it at once, and retrain everything a little later. */
  edited(docId: string): Promise<void> {
    this.learning = this.learning.then(() => this.learnFrom(docId))
    return this.learning
  }

  /** A suggestion was rejected (and saved): push the model away from it at once. */
  rejected(docId: string, rejection: LabeledExtent): Promise<void> {
    this.learning = this.learning.then(async () => {
      const model = this.model
      if (!model) return
      try {
        const doc = await this.corpus.readDocument(docId)
        rejectInModel(model, { id: docId, text: doc.text }, rejection)
      } catch {
        // The next request for suggestions retrains from scratch and reports what cannot be read.
        this.model = null
      }
    })
    return this.learning
  }

  private async learnFrom(docId: string): Promise<void> {
    this.stale = true
    try {
      const set = await this.corpus.readAnnotations(docId, this.annotator)
      const doc = await this.corpus.readDocument(docId)
      const annotated = { id: docId, text: doc.text, spans: set?.spans ?? [] }
      if (annotated.spans.length) this.docs.set(docId, annotated)
      else this.docs.delete(docId)
      if (this.model) updateModel(this.model, annotated)
    } catch {
      // The next request for suggestions retrains from scratch and reports what cannot be read.
      this.model = null
    }
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.timer = null
      // A failure leaves the model stale: the next request for suggestions retrains and reports it.
      this.retrain().catch(() => (this.model = null))
    }, RETRAIN_DELAY_MS)
    this.timer.unref?.()
  }

  private labelIds(): string {
    return this.corpus.manifest.schema.labels.map((l) => l.id).join('\u0000')
  }

  /** Retrains from the whole corpus; concurrent calls share one run. */
  retrain(): Promise<void> {
    this.training ??= (async () => {
      try {
        this.stale = false
        this.documentCount = (await this.corpus.documentIds()).length
        this.trainedLabels = this.labelIds()
        const docs = await annotatedDocuments(this.corpus, this.annotator, this.docs)
        this.docs.clear()
        for (const d of docs) this.docs.set(d.id, d)
        const spans = docs.reduce((n, d) => n + d.spans.length, 0)
        this.model =
          spans >= MIN_TRAINING_SPANS
            ? trainModel(
                await withRejections(this.corpus, this.annotator, docs),
                await this.gazetteer(),
                { cache: this.features },
              )
            : null
      } catch (err) {
        this.stale = true
        throw err
      } finally {
        this.training = null
      }
    })()
    return this.training
  }

  /** Stops a pending retraining (the corpus is closing). */
  dispose(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }
}

const models = new WeakMap<Corpus, Map<string, SuggestionModel>>()

/** The model of this annotator in this corpus, made on first use. */
export function suggestionModel(
  corpus: Corpus,
  annotator: string,
  gazetteer: () => Promise<readonly GazetteerEntry[]>,
): SuggestionModel {
  let byAnnotator = models.get(corpus)
  if (!byAnnotator) {
    byAnnotator = new Map()
    models.set(corpus, byAnnotator)
  }
  let model = byAnnotator.get(annotator)
  if (!model) {
    model = new SuggestionModel(corpus, annotator, gazetteer)
    byAnnotator.set(annotator, model)
  }
  return model
}

/** The model of this annotator if one was made: edits reach it through here. */
export function existingSuggestionModel(
  corpus: Corpus,
  annotator: string,
): SuggestionModel | undefined {
  return models.get(corpus)?.get(annotator)
}
