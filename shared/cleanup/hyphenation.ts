/**
 * Words split across a line break ("de-\nescalation", "govern-\nment"): the
 * line break always goes; whether the hyphen stays is decided from the
 * corpus's own words first, then the word list, and every decision says why.
 */
import type { Edit } from './edits.ts'
import type { Proposal } from './types.ts'
import type { Vocabulary } from './vocabulary.ts'

const SPLIT =
  /(?<![\p{L}\p{M}\p{N}])([\p{L}\p{N}][\p{L}\p{M}\p{N}]*)-[ \t]*\n[ \t]*([\p{L}\p{N}][\p{L}\p{M}\p{N}]*)/gu

/** Prefixes that keep their hyphen before a word ("non-state", "anti-aircraft"). */
const HYPHEN_PREFIXES = new Set(
  'all anti co counter cross de ex half mid multi non post pre pro quasi re self semi ultra vice well'.split(
    ' ',
  ),
)

type Choice = { keep: boolean; reason: string }

/** Decides whether `left-right`, split at a line break, keeps its hyphen. */
export function decideHyphen(left: string, right: string, vocabulary: Vocabulary): Choice {
  const joined = `${left}${right}`.toLowerCase()
  const hyphenated = `${left}-${right}`.toLowerCase()
  if (/^\p{Lu}/u.test(right)) return { keep: true, reason: `“${right}” starts with a capital` }
  if (/\p{N}/u.test(left + right)) return { keep: true, reason: 'a part holds digits' }
  const h = vocabulary.count(hyphenated)
  const j = vocabulary.count(joined)
  if (h > 0 || j > 0) {
    const counts = `“${hyphenated}” occurs ${h}×, “${joined}” ${j}× in the corpus`
    return { keep: h >= j, reason: counts }
  }
  if (vocabulary.inWordList(joined))
    return { keep: false, reason: `“${joined}” is in the word list` }
  if (vocabulary.inWordList(hyphenated))
    return { keep: true, reason: `“${hyphenated}” is in the word list` }
  const leftKnown = vocabulary.knows(left) || HYPHEN_PREFIXES.has(left.toLowerCase())
  if (leftKnown && vocabulary.knows(right)) {
    return { keep: true, reason: `“${left}” and “${right}” are words, “${joined}” is not known` }
  }
  return { keep: false, reason: `“${joined}” reads as one word split by the line break` }
}

/** One proposal per word split across a line break. */
export function proposeHyphenJoins(text: string, vocabulary: Vocabulary): Proposal[] {
  const seen = new Map<string, number>()
  const proposals: Proposal[] = []
  for (const m of text.matchAll(SPLIT)) {
    const [whole, left = '', right = ''] = m
    const start = m.index + left.length
    const end = m.index + whole.length - right.length
    const { keep, reason } = decideHyphen(left, right, vocabulary)
    const hyphenated = `${left}-${right}`
    const joined = `${left}${right}`
    const key = hyphenated.toLowerCase()
    const n = (seen.get(key) ?? 0) + 1
    seen.set(key, n)
    const edit = (insert: string): Edit[] => [{ start, end, insert }]
    proposals.push({
      id: `hyphenation:${key}:${n}`,
      edits: edit(keep ? '-' : ''),
      alternative: { edits: edit(keep ? '' : '-'), text: keep ? joined : hyphenated },
      summary: keep ? `kept the hyphen: “${hyphenated}”` : `joined “${joined}”`,
      reason,
      before: whole,
      after: keep ? hyphenated : joined,
      defaultOn: true,
    })
  }
  return proposals
}
