import type { ApiOutput, SearchHit } from '../../shared/api.ts'
import { OffsetMap } from '../../shared/offsets.ts'
import { findMatch, queryTerms, snippetAround } from '../../shared/search-terms.ts'
import type { Corpus } from '../store/corpus.ts'
import { SpanbenchError } from '../store/errors.ts'
import { SearchIndex } from '../store/search-index.ts'
import type { HandlerSlice } from './handlers.ts'

/** Searches this soon after the last check of the document files use that check. */
const RECHECK_AFTER_MS = 2000

/** One search index per open corpus, loaded on the first search. */
const indexes = new WeakMap<Corpus, SearchIndex>()

function indexOf(corpus: Corpus): SearchIndex {
  let index = indexes.get(corpus)
  if (!index) indexes.set(corpus, (index = new SearchIndex(corpus)))
  return index
}

/**
 * Full-text search: the index finds the documents holding every query term;
 * the first `limit` of them in list order are read for their match and snippet.
 * A document removed since the files were last checked makes it check them now.
 */
export async function searchDocuments(
  corpus: Corpus,
  query: string,
  limit: number,
): Promise<ApiOutput<'documents.search'>> {
  try {
    return await search(corpus, query, limit, RECHECK_AFTER_MS)
  } catch (err) {
    if (err instanceof SpanbenchError && err.code === 'not_found')
      return search(corpus, query, limit, 0)
    throw err
  }
}

async function search(
  corpus: Corpus,
  query: string,
  limit: number,
  recheckAfterMs: number,
): Promise<ApiOutput<'documents.search'>> {
  const terms = queryTerms(query)
  if (terms.length === 0) return { hits: [], total: 0 }
  const documents = await corpus.index.documents({ recheckAfterMs })
  const index = indexOf(corpus)
  await index.sync(documents)
  const found = index.match(terms)
  const ordered = documents.filter((d) => found.has(d.id))
  const hits: SearchHit[] = []
  for (const { id } of ordered.slice(0, limit)) {
    const doc = await corpus.readDocument(id)
    const match = findMatch(doc.text, terms) ?? [0, 0]
    const { snippet, from } = snippetAround(doc.text, match[0], match[1])
    const offsets = new OffsetMap(doc.text)
    hits.push({
      docId: id,
      title: doc.title,
      start: offsets.toCodePoint(match[0]),
      end: offsets.toCodePoint(match[1]),
      snippet,
      snippetStart: offsets.toCodePoint(from),
    })
  }
  return { hits, total: ordered.length }
}

export const searchHandlers: HandlerSlice<'documents.search'> = {
  'documents.search': ({ query, limit }, ctx) => searchDocuments(ctx.corpus, query, limit),
}
