/**
 * What the import checks say about a document already stored: lines that are
 * boilerplate (site furniture, or recurring at its head or tail in other
 * documents) and the documents it nearly duplicates. Stored text never
 * changes, annotated or not; the reader shows these lines collapsed instead.
 */
import { analyseOverlap, recurrenceReason } from '../../../shared/cleanup/overlap.ts'
import { profileLines } from '../../../shared/cleanup/text-index.ts'
import type { DocumentFlags } from '../../../shared/contract/import-api.ts'
import { OffsetMap } from '../../../shared/text/offsets.ts'
import type { HandlerSlice, ServiceContext } from './handlers.ts'
import { corpusOverlap } from './overlap-index.ts'

export async function documentFlags(ctx: ServiceContext, id: string): Promise<DocumentFlags> {
  const { corpus } = ctx
  const doc = await corpus.readDocument(id)
  const overlap = await corpusOverlap(corpus)
  const lines = profileLines(doc.text)
  const found = analyseOverlap(lines, overlap.index, {
    self: id,
    mayDuplicate: (key) => key !== id,
  })
  const offsets = new OffsetMap(doc.text)
  const boilerplate = lines.flatMap((l) => {
    const recurs = found.recurring.get(l.index)
    const reason = l.furniture?.reason ?? (recurs ? recurrenceReason(recurs) : null)
    if (!reason) return []
    return [
      { start: offsets.toCodePoint(l.line.start), end: offsets.toCodePoint(l.line.end), reason },
    ]
  })
  const annotators = await corpus.annotators()
  const sets = await Promise.all(
    annotators.map((a) => corpus.readAnnotations(id, a).catch(() => null)),
  )
  const linkedTo = doc.metadata['near_duplicate_of']
  return {
    annotated: sets.some((s) => (s?.spans.length ?? 0) > 0),
    boilerplate,
    nearDuplicates: found.nearDuplicates.map((n) => ({
      docId: n.key,
      title: n.title,
      similarity: n.similarity,
    })),
    ...(linkedTo ? { linkedTo } : {}),
  }
}

export const flagsHandlers: HandlerSlice<'documents.flags'> = {
  'documents.flags': ({ id }, ctx) => documentFlags(ctx, id),
}
