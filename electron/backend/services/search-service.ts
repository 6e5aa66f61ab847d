import type { ApiOutput, SearchHit } from '../../../shared/contract/api.ts'
import {
  asksForSpans,
  parseCorpusQuery,
  queryProblems,
  spanMatches,
} from '../../../shared/corpus/corpus-query.ts'
import type { DocumentRecord, Span } from '../../../shared/contract/model.ts'
import { OffsetMap } from '../../../shared/text/offsets.ts'
import { findMatch, queryTerms, snippetAround } from '../../../shared/text/search-terms.ts'
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

/**
 * The corpus search: text words through the index; with label or attribute
 * conditions, the annotator's spans meeting them, in list and text order.
 */
export async function searchCorpus(
  corpus: Corpus,
  annotator: string,
  query: string,
  limit: number,
): Promise<ApiOutput<'documents.search'>> {
  const parsed = parseCorpusQuery(query)
  const problems = queryProblems(parsed)
  if (problems.length) throw new SpanbenchError('bad_request', problems.join('; '))
  if (!asksForSpans(parsed)) return searchDocuments(corpus, parsed.text, limit)
  const documents = await corpus.index.documents()
  const terms = queryTerms(parsed.text)
  let candidates = documents
  if (terms.length) {
    const index = indexOf(corpus)
    await index.sync(documents)
    const found = index.match(terms)
    candidates = documents.filter((d) => found.has(d.id))
  }
  const hits: SearchHit[] = []
  let total = 0
  for (const { id } of candidates) {
    const set = await corpus.readAnnotations(id, annotator)
    const spans = (set?.spans ?? []).filter((s) => spanMatches(s, parsed))
    total += spans.length
    if (spans.length === 0 || hits.length >= limit) continue
    const doc = await corpus.readDocument(id)
    const offsets = new OffsetMap(doc.text)
    for (const span of spans.sort((a, b) => a.start - b.start).slice(0, limit - hits.length))
      hits.push(spanHit(doc, offsets, span))
  }
  return { hits, total }
}

function spanHit(doc: DocumentRecord, offsets: OffsetMap, span: Span): SearchHit {
  const { snippet, from } = snippetAround(
    doc.text,
    offsets.toUtf16(span.start),
    offsets.toUtf16(span.end),
  )
  return {
    docId: doc.id,
    title: doc.title,
    start: span.start,
    end: span.end,
    snippet,
    snippetStart: offsets.toCodePoint(from),
    spanId: span.id,
    label: span.label,
  }
}

export const searchHandlers: HandlerSlice<'documents.search'> = {
  'documents.search': ({ query, limit }, ctx) =>
    searchCorpus(ctx.corpus, ctx.annotator, query, limit),
}
