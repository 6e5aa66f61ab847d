/**
 * Which harm a sentence attaches to one figure. Reports pack several figures
 * and harms into a sentence ("One Turkish soldier died and another was
 * injured"), so the outcome is the harm that governs this figure, looked for in
 * order of how directly it is tied to it:
 *
 * 1. the verb or noun the figure is the object of ("neutralised 309 soldiers",
 *    "the martyrdom of 33 soldiers", "executed 7 hostages");
 * 2. a harm inside the figure's own phrase ("three martyrs", "1.1 million displaced");
 * 3. the figure's own predicate, before the clause moves on to another figure
 *    ("6 members of the group died", "another was injured");
 * 4. the verb governing a list the figure belongs to ("killed 2 soldiers and 3 civilians");
 * 5. failing all that, the nearest harm in the sentence ("the number ... killed ... to 20").
 *
 * Harms joined by "and"/"or" ("killed and injured") make the outcome unknown,
 * as does a word such as "casualties" that names no particular harm.
 */

import {
  CLAUSE_STOPS,
  CUES,
  GOVERNOR_GAP,
  HARM_ADVERBS,
  HARM_JOINERS,
  NOUNS,
  PASSIVE_AUX,
  PHRASE_STOPS,
  TOLL_GAP,
  type CueScope,
  type Harm,
  type NounClass,
} from './lexicon.ts'
import type { FigureToken } from './number-words.ts'
import type { Outcome } from './types.ts'

/** A harm cue found in a sentence, as token indices [start, end). */
export interface CueMatch {
  readonly start: number
  readonly end: number
  readonly harm: Harm
  readonly scope: CueScope
  readonly transitive: boolean
}

/** The tokens of a figure: qualifier, amount and head noun, with the head's class. */
export interface FigurePhrase {
  readonly start: number
  readonly end: number
  /** 'cue' when a harm word is the head ("20 killed"); null when there is no noun ("another"). */
  readonly head: NounClass | 'cue' | null
}

/** Every harm cue in the sentence, left to right, the longest where patterns overlap. */
export function findCues(tokens: readonly FigureToken[]): CueMatch[] {
  const found: CueMatch[] = []
  for (let i = 0; i < tokens.length;) {
    const pattern = CUES.find((p) => p.words.every((re, k) => re.test(tokens[i + k]?.norm ?? '')))
    if (!pattern) {
      i++
      continue
    }
    const { harm, scope, transitive } = pattern
    found.push({ start: i, end: i + pattern.words.length, harm, scope, transitive })
    i += pattern.words.length
  }
  return found
}

const OUTCOME_OF: Record<Harm, Outcome | null> = {
  killed: 'killed',
  injured: 'injured',
  captured: 'captured',
  missing: 'missing',
  displaced: 'displaced',
  neutralised: 'neutralised',
  // "destroyed" said of people is the military euphemism, like "neutralised".
  destroyed: 'neutralised',
  harmed: 'unknown',
  // Damage words ("downed", "damaged") describe materiel, never people.
  struck: null,
}

/** The outcome of a set of harms: one kind is that kind, a mix is unknown. */
export function outcomeOfHarms(harms: readonly Harm[]): Outcome | null {
  const kinds = new Set(harms.map((h) => OUTCOME_OF[h]).filter((o) => o !== null))
  if (kinds.size === 0) return null
  if (kinds.size > 1) return 'unknown'
  return [...kinds][0] ?? null
}

/** Words that may open a verb's object ("killed the", "killed at least"). */
const OBJECT_OPENERS = new Set([
  'the',
  'a',
  'an',
  'their',
  'his',
  'her',
  'its',
  'our',
  'at',
  'over',
  'more',
  'some',
  'nearly',
  'almost',
  'about',
  'around',
  'no',
  'all',
  'both',
  'another',
  'several',
  'dozens',
  'hundreds',
  'thousands',
  'scores',
])
/** Words that end the list a figure of materiel may belong to, walking back from it. */
const LIST_ENDS = new Set(['.', ';', ':', 'but', 'while', 'whereas', 'although', 'because', 'when'])
const SKIPPED_ADVERBS = new Set(['already', 'also', 'all', 'both', 'then', 'later', 'just', 'not'])

/** Finds the outcome of figures in one sentence, given its tokens and harm cues. */
export class OutcomeReader {
  private readonly cueStartingAt = new Map<number, CueMatch>()
  private readonly cueEndingAt = new Map<number, CueMatch>()

  constructor(
    private readonly tokens: readonly FigureToken[],
    private readonly cues: readonly CueMatch[],
    /** Whether another figure starts at a token, which ends the search for this one's predicate. */
    private readonly startsFigure: (k: number) => boolean,
  ) {
    for (const c of cues) {
      this.cueStartingAt.set(c.start, c)
      this.cueEndingAt.set(c.end, c)
    }
  }

  /** The cue that starts at token k, if any. */
  cueAt(k: number): CueMatch | undefined {
    return this.cueStartingAt.get(k)
  }

  /** The outcome for a figure, or null when the sentence attaches no harm to it. */
  outcomeOf(phrase: FigurePhrase): Outcome | null {
    if (phrase.head === 'other' || phrase.head === 'unit') return null
    // Materiel is materiel whatever was done to it, as long as something was.
    if (phrase.head === 'materiel') return this.materielHarmed(phrase) ? 'materiel' : null
    // What was done to them beats what they were: "executed 7 hostages" are dead.
    const governor = this.governorBefore(phrase.start)
    if (governor) return this.outcomeAround(governor)
    const own = this.cues.filter((c) => c.start >= phrase.start && c.end <= phrase.end)
    const fromOwn = outcomeOfHarms(own.map((c) => c.harm))
    if (fromOwn) return fromOwn
    const predicate = this.predicateAfter(phrase.end)
    if (predicate === 'perpetrator') return null
    if (predicate) return this.outcomeAround(predicate)
    const listGovernor = this.listGovernorBefore(phrase.start)
    if (listGovernor) return this.outcomeAround(listGovernor)
    const nearest = this.nearest(phrase)
    return nearest ? this.outcomeAround(nearest) : null
  }

  /**
   * Whether the sentence reports harm to this materiel: a harm word before it
   * ("destroyed 3 technicals", "seized, as well as 55 tanks") or after it in its
   * clause ("2 drones were shot down"), but not one elsewhere ("firing 200
   * missiles …, killing 112").
   */
  private materielHarmed(phrase: FigurePhrase): boolean {
    const before = (k: number): boolean => {
      const c = this.cueEndingAt.get(k)
      return c !== undefined && c.scope !== 'head'
    }
    let k = phrase.start - 1
    while (k >= 0 && GOVERNOR_GAP.has(this.tokens[k]?.norm ?? '')) k--
    if (before(k + 1)) return true
    // A list: "destroyed 16 positions, two vehicles and two boats".
    for (let j = phrase.start - 1, steps = 0; j >= 0 && steps < 40; j--, steps++) {
      if (before(j + 1)) return true
      if (LIST_ENDS.has(this.tokens[j]?.norm ?? '')) break
    }
    for (let j = phrase.end; j < this.tokens.length && j < phrase.end + 12; j++) {
      const c = this.cueStartingAt.get(j)
      if (c && c.scope !== 'head') return true
      const w = this.tokens[j]?.norm ?? ''
      if (CLAUSE_STOPS.has(w) || w === ',' || this.startsFigure(j)) break
    }
    return false
  }

  /** A people harm word directly before the figure: "neutralising’ 309", "deaths of at least 54". */
  private governorBefore(start: number): CueMatch | null {
    let k = start - 1
    while (k >= 0 && GOVERNOR_GAP.has(this.tokens[k]?.norm ?? '')) k--
    const c = this.cueEndingAt.get(k + 1)
    if (!c) return this.tollBefore(k)
    // "2 killed 8 injured": a harm right after another figure is that figure's, not this one's.
    if (this.startsFigure(c.start - 1)) return null
    // A head noun governs through "of": "the bodies of 15 soldiers".
    const reaches = c.scope !== 'head' || this.tokens[k + 1]?.norm === 'of'
    return reaches && OUTCOME_OF[c.harm] !== null ? c : null
  }

  /** "the toll has risen to 13": a toll governs the number it reaches. */
  private tollBefore(k: number): CueMatch | null {
    let j = k
    for (let steps = 0; j >= 0 && steps < 6 && TOLL_GAP.has(this.tokens[j]?.norm ?? ''); steps++)
      j--
    if (j === k) return null
    const c = this.cueEndingAt.get(j + 1)
    return c && /^tolls?$/.test(this.tokens[c.end - 1]?.norm ?? '') ? c : null
  }

  /**
   * The figure's own predicate: the first harm after it in its clause. An active
   * verb with an object ("5 militants killed 3 soldiers") makes the figure the
   * perpetrator, not the victim.
   */
  private predicateAfter(end: number): CueMatch | 'perpetrator' | null {
    for (let k = end; k < this.tokens.length && k < end + 20; k++) {
      const c = this.cueStartingAt.get(k)
      if (c) {
        if (c.scope !== 'any' || OUTCOME_OF[c.harm] === null) {
          k = c.end - 1
          continue
        }
        return c.transitive && this.isActiveWithObject(c) ? 'perpetrator' : c
      }
      if (CLAUSE_STOPS.has(this.tokens[k]?.norm ?? '') || this.startsFigure(k)) return null
    }
    return null
  }

  private isActiveWithObject(c: CueMatch): boolean {
    let k = c.start - 1
    while (k >= 0) {
      const w = this.tokens[k]?.norm ?? ''
      if (!/ly$/.test(w) && !SKIPPED_ADVERBS.has(w)) break
      k--
    }
    if (PASSIVE_AUX.has(this.tokens[k]?.norm ?? '')) return false
    const next = this.tokens[c.end]
    if (!next) return false
    return next.kind === 'num' || OBJECT_OPENERS.has(next.norm) || NOUNS.has(next.norm)
  }

  /** "killed two soldiers and three civilians": the verb before a list of figures governs all. */
  private listGovernorBefore(start: number): CueMatch | null {
    let crossedList = false
    for (let k = start - 1, steps = 0; k >= 0 && steps < 25; k--, steps++) {
      const c = this.cueEndingAt.get(k + 1)
      if (c) return crossedList && c.scope !== 'head' && OUTCOME_OF[c.harm] !== null ? c : null
      const t = this.tokens[k]
      if (!t) break
      if (t.norm === ',' || t.norm === 'and' || t.norm === 'plus') crossedList = true
      else if (t.norm === 'as' && this.tokens[k - 1]?.norm === 'well') {
        // "as well as"
        crossedList = true
        k -= 2
      } else if (PHRASE_STOPS.has(t.norm)) break
      else if (t.kind === 'punct' && !['-', "'", '"'].includes(t.norm)) break
    }
    return null
  }

  /** The closest harm word anywhere in the sentence, as a last resort. */
  private nearest(phrase: FigurePhrase): CueMatch | null {
    let best: CueMatch | null = null
    let bestDistance = Infinity
    for (const c of this.cues) {
      if (c.scope !== 'any' || OUTCOME_OF[c.harm] === null) continue
      const distance = c.end <= phrase.start ? phrase.start - c.end : c.start - phrase.end
      if (distance >= 0 && distance < bestDistance) {
        best = c
        bestDistance = distance
      }
    }
    return best
  }

  /** The outcome of a cue together with the harms joined to it ("killed and wounded"). */
  private outcomeAround(c: CueMatch): Outcome | null {
    const harms: Harm[] = [c.harm]
    for (let next = this.joinedAfter(c); next; next = this.joinedAfter(next)) harms.push(next.harm)
    for (let prev = this.joinedBefore(c); prev; prev = this.joinedBefore(prev))
      harms.push(prev.harm)
    return outcomeOfHarms(harms)
  }

  private joinedAfter(c: CueMatch): CueMatch | undefined {
    let k = c.end
    let joined = false
    for (; HARM_JOINERS.has(this.joinWord(k)) || HARM_ADVERBS.has(this.joinWord(k)); k++)
      joined ||= HARM_JOINERS.has(this.joinWord(k))
    return joined ? this.cueStartingAt.get(k) : undefined
  }

  private joinedBefore(c: CueMatch): CueMatch | undefined {
    let k = c.start - 1
    let joined = false
    for (; HARM_JOINERS.has(this.joinWord(k)) || HARM_ADVERBS.has(this.joinWord(k)); k--)
      joined ||= HARM_JOINERS.has(this.joinWord(k))
    return joined ? this.cueEndingAt.get(k + 1) : undefined
  }

  private joinWord(k: number): string {
    return this.tokens[k]?.norm ?? ''
  }
}
