import { FIGURE_LABEL, claimsOf, type ClaimRow } from '../../../shared/corpus/claims.ts'
import type { Corpus } from '../store/corpus.ts'
import { skipDamagedAsync } from '../store/damaged.ts'
import { mapLimited } from './documents-service.ts'
import type { HandlerSlice } from './handlers.ts'

/**
 * Every casualty figure of one annotator across the corpus, document by
 * document. A document whose files cannot be read is left out (the document
 * list names it and why), so one damaged file never hides the whole table.
 */
export async function listClaims(
  corpus: Corpus,
  annotator: string,
  problems: string[] = [],
): Promise<ClaimRow[]> {
  const ids = await corpus.documentIds()
  const perDocument = await mapLimited(ids, 16, async (id) => {
    const set = await skipDamagedAsync(() => corpus.readAnnotations(id, annotator), problems)
    if (!set?.spans.some((s) => s.label === FIGURE_LABEL)) return []
    const doc = await skipDamagedAsync(() => corpus.readDocument(id), problems)
    return doc ? claimsOf(doc, set) : []
  })
  return perDocument.flat()
}

export const claimsHandlers: HandlerSlice<'claims.list'> = {
  'claims.list': (_input, ctx) => listClaims(ctx.corpus, ctx.annotator),
}
