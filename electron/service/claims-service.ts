import { FIGURE_LABEL, claimsOf, type ClaimRow } from '../../shared/claims.ts'
import type { Corpus } from '../store/corpus.ts'
import { mapLimited } from './documents-service.ts'
import type { HandlerSlice } from './handlers.ts'

/** Every casualty figure of one annotator across the corpus, document by document. */
export async function listClaims(corpus: Corpus, annotator: string): Promise<ClaimRow[]> {
  const ids = await corpus.documentIds()
  const perDocument = await mapLimited(ids, 16, async (id) => {
    const set = await corpus.readAnnotations(id, annotator)
    if (!set?.spans.some((s) => s.label === FIGURE_LABEL)) return []
    return claimsOf(await corpus.readDocument(id), set)
  })
  return perDocument.flat()
}

export const claimsHandlers: HandlerSlice<'claims.list'> = {
  'claims.list': (_input, ctx) => listClaims(ctx.corpus, ctx.annotator),
}
