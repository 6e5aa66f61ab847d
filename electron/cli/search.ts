/**
 * `spanbench search`: the app's corpus search (Ctrl/⌘+F) on the command line,
 * the same query language and the same hits, as text grouped by document or
 * as JSON.
 */
import type { SearchHit } from '../../shared/contract/api.ts'
import { Corpus } from '../backend/store/corpus.ts'
import { SpanbenchError } from '../backend/store/errors.ts'
import { searchCorpus } from '../backend/services/search-service.ts'
import { parseCommand, resolveAnnotator, type CliCommand, type CliIo } from './context.ts'

const SEARCH_HELP = `Usage: spanbench search --corpus DIR QUERY… [--json] [--limit N] [--annotator NAME]

Searches the corpus as the app's search (Ctrl/⌘+F) does. Words search the
text (case and accents ignored, the last word as a prefix, "quoted phrases");
label:ID finds annotations with that label; KEY:VALUE an attribute value;
KEY>N, KEY<N, KEY>=N, KEY<=N, KEY=N compare numbers. Everything given must hold:

  spanbench search --corpus c 'label:CASUALTY_FIGURE outcome:killed best>10'
  spanbench search --corpus c 'label:PLACE idlib'
  spanbench search --corpus c "Jisr al-Shughur"

Prints the hits grouped by document, each with its offsets (code points) and
context; --json prints {"total", "hits": [{docId, title, start, end, snippet,
snippetStart, spanId?, label?}]}. Annotations are the annotator's (default: you).`

const SEARCH_OPTIONS = {
  json: { type: 'boolean' },
  limit: { type: 'string' },
} as const

interface SearchValues {
  corpus?: string | undefined
  json?: boolean | undefined
  limit?: string | undefined
}

/** Runs a search and prints it; exits 1 when nothing is found. */
export async function runSearch(
  words: readonly string[],
  values: SearchValues & { annotator?: string | undefined },
  io: CliIo,
): Promise<number> {
  if (!values.corpus) throw new SpanbenchError('bad_request', 'search needs --corpus DIR')
  const query = words.join(' ').trim()
  if (!query) throw new SpanbenchError('bad_request', 'search needs a QUERY (see --help)')
  const limit = values.limit === undefined ? 200 : Number(values.limit)
  if (!Number.isInteger(limit) || limit < 1)
    throw new SpanbenchError('bad_request', `--limit ${values.limit}: a whole number above 0`)
  const corpus = await Corpus.open(values.corpus, { readOnly: true })
  try {
    const who = await resolveAnnotator(values, io)
    const found = await searchCorpus(corpus, who, query, limit)
    io.stdout.write(
      values.json ? `${JSON.stringify(found)}\n` : formatHits(found.hits, found.total),
    )
    return found.total ? 0 : 1
  } finally {
    corpus.close()
  }
}

/** Hits as a person reads them: by document, each with its place and context. */
export function formatHits(hits: readonly SearchHit[], total: number): string {
  const lines: string[] = []
  let doc = ''
  for (const hit of hits) {
    if (hit.docId !== doc) {
      doc = hit.docId
      lines.push(`${lines.length ? '\n' : ''}${hit.title} (${hit.docId})`)
    }
    const label = hit.label ? `${hit.label} ` : ''
    lines.push(`  ${label}${hit.start}-${hit.end}: …${hit.snippet}…`)
  }
  const more = total > hits.length ? `, ${hits.length} shown` : ''
  lines.push(`${lines.length ? '\n' : ''}${total} found${more}.`)
  return `${lines.join('\n')}\n`
}

export const command: CliCommand = {
  help: SEARCH_HELP,
  run(args, io) {
    const { values, positionals } = parseCommand(args, SEARCH_OPTIONS)
    return runSearch(positionals, values, io)
  },
}
