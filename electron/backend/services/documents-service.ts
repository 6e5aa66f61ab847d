import {
  FORMAT_VERSION,
  type AnnotationSet,
  type DocumentRecord,
  type DocumentSummary,
} from '../../../shared/contract/model.ts'
import type { Corpus } from '../store/corpus.ts'
import type { HandlerSlice } from './handlers.ts'

/** The set an annotator starts from on a document they have not touched. */
export function emptyAnnotationSet(doc: DocumentRecord, annotator: string): AnnotationSet {
  return {
    format: 'spanbench.annotations',
    version: FORMAT_VERSION,
    docId: doc.id,
    annotator,
    textSha256: doc.sha256,
    status: 'new',
    revision: 0,
    updatedAt: new Date(0).toISOString(),
    spans: [],
    relations: [],
  }
}

/** The document list, from the corpus index: only files changed since the last listing are read. */
export function listDocuments(corpus: Corpus, annotator: string): Promise<DocumentSummary[]> {
  return corpus.index.summaries(annotator)
}

/** Runs `fn` over `items` with at most `limit` at once, keeping the order of results. */
export async function mapLimited<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i] as T)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
  return out
}

export const documentHandlers: HandlerSlice<
  'documents.list' | 'documents.get' | 'documents.setDate'
> = {
  'documents.list': (_input, ctx) => listDocuments(ctx.corpus, ctx.annotator),
  // Opened through the store's kept documents: the next save starts from what was read here.
  'documents.get': async ({ id }, ctx) => {
    const { doc: document, fitting } = await ctx.corpus.openDocument(id, ctx.annotator)
    const annotations = fitting?.set ?? emptyAnnotationSet(document, ctx.annotator)
    return { document, annotations, setAside: fitting?.setAside.reasons ?? [] }
  },
  'documents.setDate': async ({ id, date }, ctx) => {
    const doc = await ctx.corpus.setDocumentMetadata(id, 'date', date)
    return { date: doc.metadata['date'] ?? '' }
  },
}
