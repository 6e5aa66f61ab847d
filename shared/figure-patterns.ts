/**
 * Casualty-figure candidates found by pattern: a number (digits or words),
 * the qualifier before it, and a head noun for people or materiel within a
 * few words after it. Each candidate must also parse as a count.
 */
import { parseCasualtyFigure, type CasualtyParse } from './casualty-figure.ts'
import { NOUNS, PHRASE_STOPS, PRE_QUALIFIERS } from './casualty-lexicon.ts'
import { readAmount, startsNumber, tokenize } from './number-words.ts'

export interface FigureCandidate {
  /** UTF-16 offsets in the text. */
  start: number
  end: number
  parse: CasualtyParse
}

const MAX_WORDS_TO_NOUN = 4

export function findFigureCandidates(text: string): FigureCandidate[] {
  const tokens = tokenize(text, 0, text.length)
  const found: FigureCandidate[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (!startsNumber(tokens, i)) continue
    const amount = readAmount(tokens, i)
    if (!amount || amount.notCount) continue
    let noun = -1
    for (let j = amount.end; j < tokens.length && j <= amount.end + MAX_WORDS_TO_NOUN; j++) {
      const t = tokens[j]
      if (!t || t.kind !== 'word' || PHRASE_STOPS.has(t.norm)) break
      const cls = NOUNS.get(t.norm)?.cls
      if (cls === 'person' || cls === 'materiel') {
        noun = j
        break
      }
      if (cls) break
    }
    // A compound head ends at its last noun: "ammunition depots", not "ammunition".
    while (noun >= 0 && isCountNoun(tokens[noun + 1]?.norm)) noun++
    const head = tokens[noun]
    if (!head) continue
    const start = qualifierStart(tokens, i) ?? tokens[i]?.start ?? 0
    const parse = parseCasualtyFigure(text, start, head.end)
    if (parse.low !== null || parse.best !== null || parse.high !== null) {
      found.push({ start, end: head.end, parse })
    }
    i = noun
  }
  return found
}

function isCountNoun(norm: string | undefined): boolean {
  const cls = norm === undefined ? undefined : NOUNS.get(norm)?.cls
  return cls === 'person' || cls === 'materiel'
}

/** Where a qualifier written just before the number begins ("at least", "over"). */
function qualifierStart(tokens: ReturnType<typeof tokenize>, at: number): number | null {
  for (const [words] of PRE_QUALIFIERS) {
    const from = at - words.length
    if (from < 0) continue
    if (words.every((w, k) => tokens[from + k]?.norm === w)) return tokens[from]?.start ?? null
  }
  return null
}
