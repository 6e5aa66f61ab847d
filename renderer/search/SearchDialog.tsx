import { useEffect, useRef, useState } from 'react'
import type { ApiOutput, SearchHit } from '../../shared/contract/api.ts'
import { count } from '../../shared/text/plural.ts'
import { call } from '../api.ts'
import { Modal } from '../app/Modal.tsx'

const DEBOUNCE_MS = 250
const LIMIT = 200

type Found = ApiOutput<'documents.search'>

interface SearchDialogProps {
  onOpen: (hit: SearchHit) => void
  onClose: () => void
}

/** The corpus search (Ctrl/⌘+F): text and annotations, results by document with context. */
export function SearchDialog({ onOpen, onClose }: SearchDialogProps) {
  const [query, setQuery] = useState('')
  // With the query it answers: a result arriving late for an older query is not shown as current.
  const [found, setFound] = useState<(Found & { query: string }) | null>(null)
  const [error, setError] = useState<string | null>(null)
  const input = useRef<HTMLInputElement>(null)
  useEffect(() => input.current?.focus(), [])

  useEffect(() => {
    const q = query.trim()
    if (!q) return
    let current = true
    const timer = window.setTimeout(() => {
      call('documents.search', { query: q, limit: LIMIT }).then(
        (result) => {
          if (!current) return
          setFound({ ...result, query: q })
          setError(null)
        },
        (err: unknown) => current && setError(err instanceof Error ? err.message : String(err)),
      )
    }, DEBOUNCE_MS)
    return () => {
      current = false
      window.clearTimeout(timer)
    }
  }, [query])

  const current = found?.query === query.trim() ? found : null
  const hits = current?.hits ?? []
  const groups = groupByDocument(hits)
  return (
    <Modal label="Search" onClose={onClose} className="search-dialog">
      <h2>Search the corpus</h2>
      <input
        ref={input}
        type="search"
        aria-label="Search the corpus"
        placeholder="words, label:PLACE, outcome:killed, best>10"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          const first = hits[0]
          if (e.key !== 'Enter' || !first) return
          // The key's default action must not reach the text, which gets focus back as this closes.
          e.preventDefault()
          onOpen(first)
        }}
      />
      <p className="hint">
        Words search the text; <code>label:ID</code> the annotations with a label;{' '}
        <code>key:value</code>, <code>key&gt;N</code>, <code>key&lt;=N</code> their attributes.
        Everything given must hold.
      </p>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {current && !error && (
        <p role="status">
          {count(current.total, 'match', 'matches')}
          {current.total > hits.length ? `, the first ${hits.length} shown` : ''}
        </p>
      )}
      <div className="search-results">
        {groups.map(([title, list]) => (
          <section key={list[0]?.docId} aria-label={title}>
            <h3>{title}</h3>
            <ul>
              {list.map((hit) => (
                <li key={`${hit.spanId ?? ''}:${hit.start}`}>
                  <button type="button" onClick={() => onOpen(hit)}>
                    {hit.label && <span className="search-label">{hit.label}</span>}
                    <Snippet hit={hit} />
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </Modal>
  )
}

function groupByDocument(hits: readonly SearchHit[]): [string, SearchHit[]][] {
  const groups = new Map<string, [string, SearchHit[]]>()
  for (const hit of hits) {
    const group = groups.get(hit.docId) ?? [hit.title, []]
    group[1].push(hit)
    groups.set(hit.docId, group)
  }
  return [...groups.values()]
}

/** The context with the match marked (offsets in code points). */
function Snippet({ hit }: { hit: SearchHit }) {
  const chars = Array.from(hit.snippet)
  const from = Math.max(0, hit.start - hit.snippetStart)
  const to = Math.min(chars.length, hit.end - hit.snippetStart)
  return (
    <span className="snippet">
      …{chars.slice(0, from).join('')}
      <mark>{chars.slice(from, to).join('')}</mark>
      {chars.slice(to).join('')}…
    </span>
  )
}
