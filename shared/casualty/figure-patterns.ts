/**
 * Casualty-figure candidates found by pattern: a number (digits or words) or a
 * range of two, the qualifier before it, and a head noun for people or materiel
 * within a few words after it. Each candidate must also parse as a count.
 */
import { parseCasualtyFigure, type CasualtyParse } from './figure.ts'
import { DESIGNATORS, NOUNS, PHRASE_STOPS, PRE_QUALIFIERS } from './lexicon.ts'
import {
  readAmount,
  startsNumber,
  tokenizeForFigures,
  type Amount,
  type FigureToken,
} from './number-words.ts'

export interface FigureCandidate {
  /** UTF-16 offsets in the text. */
  start: number
  end: number
  parse: CasualtyParse
}

const MAX_WORDS_TO_NOUN = 4

/** Heads that count people only right after the number: "5 others", not "one of the others". */
const BARE_HEADS = new Set(['others', 'lives'])

export function findFigureCandidates(text: string): FigureCandidate[] {
  const tokens = tokenizeForFigures(text, 0, text.length)
  const found: FigureCandidate[] = []
  for (let i = 0; i < tokens.length; i++) {
    if (!startsNumber(tokens, i)) continue
    const amount = readAmount(tokens, i)
    if (!amount || amount.notCount) continue
    // Whatever follows, the words of this amount are read: "a million" of "half a million" is not another.
    const end = rangeEnd(tokens, amount)
    const noun = headNoun(tokens, end)
    const head = tokens[noun]
    if (head && !DESIGNATORS.has(tokens[i - 1]?.norm ?? '')) {
      const start = qualifierStart(tokens, i) ?? tokens[i]?.start ?? 0
      const parse = parseCasualtyFigure(text, start, head.end)
      if (parse.low !== null || parse.best !== null || parse.high !== null) {
        found.push({ start, end: head.end, parse })
      }
    }
    i = Math.max(i, end - 1, noun)
  }
  return found
}

/** "10 to 15", "3,000 and 5,000" after "between": where the second number ends. */
function rangeEnd(tokens: readonly FigureToken[], amount: Amount): number {
  const joiner = tokens[amount.end]?.norm ?? ''
  if (!['to', '-', 'or', 'and'].includes(joiner)) return amount.end
  const second = readAmount(tokens, amount.end + 1)
  return second && !second.notCount ? second.end : amount.end
}

/** The index of the head noun counted by the number ending at `from`, or -1. */
function headNoun(tokens: readonly FigureToken[], from: number): number {
  let noun = -1
  for (let j = from; j < tokens.length && j <= from + MAX_WORDS_TO_NOUN; j++) {
    const t = tokens[j]
    // "dozens of civilians", "three of the soldiers"; but not "1267 list of individuals".
    if (t?.norm === 'of' && j === from) continue
    // "anti-tank missiles": a hyphenated modifier is read past.
    if (t?.norm === '-' && joinedByHyphen(tokens, j - 1)) continue
    if (!t || t.kind !== 'word' || PHRASE_STOPS.has(t.norm) || t.norm === 'of') break
    const cls = NOUNS.get(t.norm)?.cls
    if (cls === 'person' || cls === 'materiel') {
      const bare = j === from || (j === from + 1 && tokens[from]?.norm === 'of')
      noun = BARE_HEADS.has(t.norm) && !bare ? -1 : j
      break
    }
    if (cls) break
  }
  if (noun < 0) return -1
  // A compound head ends at its last noun ("ammunition depots"), a hyphenated
  // one at its last part ("rocket-propelled grenades", "anti-tank missiles").
  for (;;) {
    if (isCountNoun(tokens[noun + 1]?.norm)) noun++
    else if (joinedByHyphen(tokens, noun)) noun += 2
    else return noun
  }
}

function joinedByHyphen(tokens: readonly FigureToken[], k: number): boolean {
  const [a, dash, b] = [tokens[k], tokens[k + 1], tokens[k + 2]]
  return (
    a !== undefined &&
    dash?.norm === '-' &&
    b?.kind === 'word' &&
    a.end === dash.start &&
    dash.end === b.start
  )
}

function isCountNoun(norm: string | undefined): boolean {
  const cls = norm === undefined ? undefined : NOUNS.get(norm)?.cls
  return cls === 'person' || cls === 'materiel'
}

/** Where a qualifier written just before the number begins ("at least", "over", "between"). */
function qualifierStart(tokens: readonly FigureToken[], at: number): number | null {
  if (tokens[at - 1]?.norm === 'between') return tokens[at - 1]?.start ?? null
  for (const [words] of PRE_QUALIFIERS) {
    const from = at - words.length
    if (from < 0) continue
    if (words.every((w, k) => tokens[from + k]?.norm === w)) return tokens[from]?.start ?? null
  }
  return null
}
