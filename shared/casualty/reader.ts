/**
 * Reading one figure from the tokens of its sentence: where its count starts,
 * the range, the qualifiers on either side, the head noun that says whether it
 * counts people, materiel or neither, and the numbers that are not counts at all
 * (dates, footnote markers, model numbers). The outcome is casualty-outcome.ts's.
 */

import {
  CURRENCY,
  DESIGNATORS,
  MONTHS,
  NOUNS,
  PHRASE_STOPS,
  POST_QUALIFIERS,
  PRE_QUALIFIERS,
  type NounClass,
  type Qualified,
} from './lexicon.ts'
import { findCues, OutcomeReader, type FigurePhrase } from './outcome.ts'
import { readAmount, startsNumber, type Amount, type FigureToken } from './number-words.ts'
import type { CasualtyParse, Outcome, Qualifier } from './types.ts'

/** What a figure's head noun is, and where the figure's phrase ends. */
interface Head {
  readonly cls: NounClass | 'cue' | null
  readonly plural: boolean
  readonly end: number
}

/** What a candidate token turned out to be. */
export type Reading =
  | {
      readonly kind: 'figure'
      readonly parse: CasualtyParse
      /** The token after the figure's phrase (qualifier, amount, head noun). */
      readonly end: number
      readonly head: NounClass | 'cue' | null
    }
  | { readonly kind: 'not-a-count' }
  | null

/** Determiners after "of" in "three of the soldiers", "one of them". */
const OF_DETERMINERS = new Set(['the', 'them', 'these', 'those', 'whom', 'which', 'their', 'its'])

/** Reads figures from the tokens of one sentence. */
export class FigureReader {
  private readonly outcomes: OutcomeReader

  constructor(private readonly tokens: readonly FigureToken[]) {
    this.outcomes = new OutcomeReader(tokens, findCues(tokens), (k) => this.startsFigure(k))
  }

  /** The figure starting at token i: a number, a vague amount or a word such as "another". */
  readAt(i: number): Reading {
    const amount = readAmount(this.tokens, i)
    if (amount?.notCount) return { kind: 'not-a-count' }
    if (amount) return this.readAmountFigure(i, amount)
    return this.readPronounFigure(i)
  }

  /** Whether a figure starts at token k, so a predicate after it belongs to that one. */
  private startsFigure(k: number): boolean {
    const t = this.tokens[k]
    if (!t) return false
    if (t.kind === 'num' || startsNumber(this.tokens, k)) return true
    if (['another', 'others', 'both'].includes(t.norm)) return true
    const amount = readAmount(this.tokens, k)
    return amount !== null && !amount.notCount
  }

  private word(k: number): string {
    return this.tokens[k]?.norm ?? ''
  }

  /** Whether tokens k-1 and k touch, as in "T-72" or "45-year-old". */
  private touching(k: number): boolean {
    const a = this.tokens[k - 1]
    const b = this.tokens[k]
    return a !== undefined && b !== undefined && a.end === b.start
  }

  /** Dates, footnotes, times, money, percentages, designations and compound modifiers. */
  private notACountByContext(i: number, end: number): boolean {
    const prev = this.tokens[i - 1]
    const next = this.tokens[end]
    const isMonth = (t: FigureToken | undefined): boolean =>
      t !== undefined &&
      MONTHS.has(t.norm) &&
      // "may" and "march" are also verbs; as months they are capitalised.
      (!['may', 'march', 'mar'].includes(t.norm) || /^\p{Lu}/u.test(t.raw))
    if (isMonth(prev) || isMonth(next)) return true
    if (prev?.norm === '.' && isMonth(this.tokens[i - 2])) return true
    if (prev?.norm === '[' && next?.norm === ']') return true
    if (next?.norm === '%' || (next?.norm === 'per' && this.word(end + 1) === 'cent')) return true
    if (next?.norm === ':' && this.tokens[end + 1]?.kind === 'num') return true
    if (prev?.norm === ':' && this.tokens[i - 2]?.kind === 'num') return true
    if (CURRENCY.has(prev?.norm ?? '') || CURRENCY.has(next?.norm ?? '')) return true
    if (DESIGNATORS.has(prev?.norm ?? '')) return true
    if (prev?.norm === '.' && DESIGNATORS.has(this.word(i - 2))) return true
    // "T-72", "F-16": a number fused to a word by a hyphen is part of a name.
    if (prev?.norm === '-' && this.touching(i) && this.touching(i - 1)) {
      if (this.tokens[i - 2]?.kind === 'word') return true
    }
    // "45-year-old", "72-hour", "3,000-strong": a modifier, not a count ("20-odd" is a qualifier).
    const after = this.tokens[end + 1]
    if (
      next?.norm === '-' &&
      after?.kind === 'word' &&
      this.touching(end) &&
      this.touching(end + 1)
    )
      return !['odd', 'plus', 'ish'].includes(after.norm)
    return false
  }

  /** The head noun after an amount: "1,709 Assad regime soldiers", "dozens of civilians", "20 killed". */
  private headAfter(from: number): Head {
    let k = from
    if (this.word(k) === 'of') {
      k++
      if (OF_DETERMINERS.has(this.word(k))) k++
    }
    // "thousands more"
    if (this.word(k) === 'more') k++
    let found: Head | null = null
    let unknown = 0
    for (; k < this.tokens.length; k++) {
      const t = this.tokens[k]
      if (!t) break
      const noun = NOUNS.get(t.norm)
      // Noun compounds read on to their last noun: "IED attack", "machine guns".
      if (noun) {
        found = { cls: noun.cls, plural: noun.plural, end: k + 1 }
        continue
      }
      if (found) break
      const cue = this.outcomes.cueAt(k)
      if (cue && cue.scope !== 'governor') {
        // "20 wounded soldiers" reads on to the noun; "20 wounded" has the harm as its head.
        if (NOUNS.has(this.word(cue.end))) {
          k = cue.end - 1
          continue
        }
        return { cls: 'cue', plural: true, end: cue.end }
      }
      // "a T-72 tank": a model number is part of the name.
      if (t.kind === 'num' && this.word(k - 1) === '-' && this.touching(k)) continue
      // "a 45-year-old man": a hyphenated modifier is read past, like an adjective.
      if (t.kind === 'num' && this.word(k + 1) === '-' && this.touching(k + 1)) {
        while (this.word(k + 1) === '-' && this.touching(k + 1) && this.touching(k + 2)) k += 2
        continue
      }
      if (t.kind === 'num' || (t.kind === 'punct' && t.norm !== '-') || PHRASE_STOPS.has(t.norm))
        break
      if (t.kind === 'word' && ++unknown > 6) break
    }
    return found ?? { cls: null, plural: true, end: from }
  }

  private qualifierBefore(i: number): { q: Qualified; start: number } | null {
    for (const [words, q] of PRE_QUALIFIERS) {
      const s = i - words.length
      if (s >= 0 && words.every((w, k) => this.word(s + k) === w)) return { q, start: s }
    }
    return null
  }

  /** "20 or more", "20 civilians at least"; not "20 at least 3 times", whose number is another's. */
  private qualifierAfter(end: number): { q: Qualified; end: number } | null {
    for (const [words, q] of POST_QUALIFIERS) {
      if (!words.every((w, k) => this.word(end + k) === w)) continue
      if (startsNumber(this.tokens, end + words.length)) return null
      return { q, end: end + words.length }
    }
    return null
  }

  private readAmountFigure(i: number, first: Amount): Reading {
    if (this.notACountByContext(i, first.end)) return { kind: 'not-a-count' }
    const between = this.word(i - 1) === 'between'
    let end = first.end
    let low = first.value
    let high: number | null = null
    let yearLike = first.yearLike
    // "10 to 15", "10-15", "two or three", "between 10 and 15".
    const joiner = this.word(end)
    if (['to', '-', 'or'].includes(joiner) || (joiner === 'and' && between)) {
      const second = readAmount(this.tokens, end + 1)
      if (second && !second.notCount && second.value !== null && low !== null) {
        high = second.value
        // "between 1 and 1.5 million": the first number shares the second's scale.
        if (first.scale === 1 && second.scale > 1 && low <= second.value / second.scale)
          low *= second.scale
        end = second.end
        yearLike ||= second.yearLike
      }
    }
    const post = high === null ? this.qualifierAfter(end) : null
    if (post) end = post.end
    const head = this.headAfter(end)
    const afterHead = post === null && high === null ? this.qualifierAfter(head.end) : null
    const countsPeopleOrThings =
      head.cls === 'person' || head.cls === 'materiel' || head.cls === 'cue'
    if (head.cls === 'unit') return { kind: 'not-a-count' }
    // "the 2018 ceasefire" is a year and "500m from the border" a distance, unless people follow.
    if ((yearLike || first.metresOrMillion) && !countsPeopleOrThings) return { kind: 'not-a-count' }
    const pre = this.qualifierBefore(between ? i - 1 : i)
    const phrase: FigurePhrase = {
      start: Math.min(pre?.start ?? i, between ? i - 1 : i),
      end: Math.max(head.end, end),
      head: head.cls,
    }
    const outcome = this.outcomes.outcomeOf(phrase)
    const at = { end: afterHead?.end ?? phrase.end, head: head.cls }
    if (high !== null && low !== null) {
      return figure(at, Math.min(low, high), null, Math.max(low, high), 'about', outcome)
    }
    if (first.vague) return figure(at, low, low, null, 'vague', outcome)
    if (low === null) return null
    return figure(at, ...valuesFor(post?.q ?? afterHead?.q ?? pre?.q ?? 'exact', low), outcome)
  }

  /** "another", "the other", "both", "no one", "a Turkish soldier": counts without a numeral. */
  private readPronounFigure(i: number): Reading {
    const w = this.word(i)
    let value: number
    let from = i + 1
    let needs: 'any' | 'person' | 'singular' = 'any'
    if (w === 'another' || (w === 'the' && this.word(i + 1) === 'other')) {
      // "another 4 people" is a figure of 4, read at the number.
      if (w === 'the') from++
      if (startsNumber(this.tokens, from)) return null
      value = 1
    } else if (w === 'both') value = 2
    else if (w === 'nobody' || w === 'none') value = 0
    else if (w === 'no' && this.word(i + 1) === 'one') {
      value = 0
      from++
    } else if (w === 'no') {
      value = 0
      needs = 'person'
    } else if (w === 'a' || w === 'an') {
      value = 1
      needs = 'singular'
    } else return null
    const head = this.headAfter(from)
    if (needs === 'person' && head.cls !== 'person' && head.cls !== 'cue') return null
    if (needs === 'singular' && (head.plural || (head.cls !== 'person' && head.cls !== 'materiel')))
      return null
    if (head.cls === 'unit') return null
    // "the other soldiers" are more than one.
    if (w === 'the' && head.plural && head.cls !== null) return null
    const end = Math.max(head.end, from)
    const outcome = this.outcomes.outcomeOf({ start: i, end, head: head.cls })
    return figure({ end, head: head.cls }, value, value, value, 'exact', outcome)
  }
}

function figure(
  at: { end: number; head: NounClass | 'cue' | null },
  low: number | null,
  best: number | null,
  high: number | null,
  qualifier: Qualifier,
  outcome: Outcome | null,
): Reading {
  return { kind: 'figure', parse: { low, best, high, qualifier, outcome }, ...at }
}

/** low, best, high and qualifier for a number n as qualified (the conventions table). */
function valuesFor(
  q: Qualified,
  n: number,
): [number | null, number | null, number | null, Qualifier] {
  switch (q) {
    case 'exact':
      return [n, n, n, 'exact']
    case 'at_least':
      return [n, n, null, 'at_least']
    case 'more_than':
      return [n, n, null, 'more_than']
    case 'up_to':
      return [null, n, n, 'up_to']
    // "fewer than 10" excludes 10 itself, so 10 is a bound but not a best estimate.
    case 'below':
      return [null, null, n, 'up_to']
    case 'about':
      return [null, n, null, 'about']
  }
}
