/**
 * Amounts for casualty figures. News English writes a count as a
 * numeral ("1,709", "3.7 million", "1.5m"), in words ("twenty-three", "half a
 * dozen", "a quarter of a million") or vaguely ("dozens", "hundreds of
 * thousands", "several"). This module turns each into a value; deciding whether
 * a number is a count of people or materiel at all is casualty-reader.ts's job.
 */

import { GROUP_SPACES, type FigureToken } from './tokens.ts'

export { tokenizeForFigures, type FigureToken } from './tokens.ts'

/** A value read at some token index. */
export interface Amount {
  /** The count; null for vague words that have no conventional value ("several"). */
  readonly value: number | null
  /** Vague wording, coded by convention ("dozens" → 12) rather than read. */
  readonly vague: boolean
  /** The multiplier written after the mantissa, so "between 1 and 1.5 million" can share it. */
  readonly scale: number
  /** Index of the first token after the amount. */
  readonly end: number
  /** Set when the token is a number but not a count: an ordinal, a unit ("5km"), a decade. */
  readonly notCount: boolean
  /** A bare four-digit numeral from 1800 to 2100, which is a year unless people follow it. */
  readonly yearLike: boolean
  /** "500m" is millions of people or metres; only what follows can say. */
  readonly metresOrMillion: boolean
}

const words = (list: string): string[] => list.trim().split(/\s+/)

const SMALL = new Map(
  words(`zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen
         fifteen sixteen seventeen eighteen nineteen`).map((w, i) => [w, i]),
)
const TENS = new Map(
  words('twenty thirty forty fifty sixty seventy eighty ninety').map((w, i) => [w, 20 + 10 * i]),
)
/** Words that multiply what comes before them ("two dozen", "3.7 million"). */
const MULTIPLIERS = new Map([
  ['dozen', 12],
  ['hundred', 100],
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
])
const FRACTIONS = new Map([
  ['half', 1 / 2],
  ['third', 1 / 3],
  ['thirds', 1 / 3],
  ['quarter', 1 / 4],
  ['quarters', 1 / 4],
])
/** Plural scale words read the conservative way ACLED does: "dozens" is 12, "hundreds" 100. */
const VAGUE_SCALES: ReadonlyMap<string, number> = new Map([
  ['tens', 10],
  ['dozens', 12],
  ['scores', 20],
  ['hundreds', 100],
  ['thousands', 1e3],
  ['millions', 1e6],
  ['billions', 1e9],
])
const ORDINALS = new Set(
  words(`first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
         thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth
         thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth hundredth thousandth
         millionth`),
)
const SUFFIX_SCALES = new Map([
  ['k', 1e3],
  ['m', 1e6],
  ['mn', 1e6],
  ['mln', 1e6],
  ['bn', 1e9],
])
/** Words that stand for an unknown count; they are vague and carry no value. */
const VAGUE_WORDS: readonly (readonly string[])[] = [
  'an unspecified number',
  'an unknown number',
  'an undetermined number',
  'an undisclosed number',
  'an unconfirmed number',
  'a large number',
  'a small number',
  'a number',
  'large numbers',
  'a handful',
  'a few',
  'a lot',
  ...words('lots several many numerous multiple countless untold various some few'),
].map(words)
/** Adjectives that make "casualties" or "losses" a vague amount ("heavy casualties"). */
const HEAVY = new Set(words('heavy high significant massive huge serious severe'))

/** Whether the words at i spell a number (so "some 20" is a qualifier, not "some"). */
export function startsNumber(tokens: readonly FigureToken[], i: number): boolean {
  const t = tokens[i]
  if (!t) return false
  if (t.kind === 'num') return true
  if (SMALL.has(t.norm) || TENS.has(t.norm)) return true
  const next = tokens[i + 1]?.norm ?? ''
  if (t.norm === 'a' || t.norm === 'an') return MULTIPLIERS.has(next) || FRACTIONS.has(next)
  if (!FRACTIONS.has(t.norm)) return false
  // "half a million", "quarter of a million"
  let k = i + 1
  if (tokens[k]?.norm === 'of') k++
  if (tokens[k]?.norm === 'a' || tokens[k]?.norm === 'an') k++
  return MULTIPLIERS.has(tokens[k]?.norm ?? '')
}

/** Reads a numeral such as "1,709", "1.1", "1 709" (narrow spaces) or "1.709"; null if malformed. */
function numeralValue(body: string): { value: number; dotThousands: boolean } | null {
  const s = body.replace(new RegExp(`[${GROUP_SPACES}]`, 'g'), ' ')
  if (/^\d+$/.test(s)) return { value: Number(s), dotThousands: false }
  if (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(s))
    return { value: Number(s.replaceAll(',', '')), dotThousands: false }
  if (/^\d{1,3}( \d{3})+$/.test(s))
    return { value: Number(s.replaceAll(' ', '')), dotThousands: false }
  if (/^\d{1,3}(\.\d{3}){2,}$/.test(s))
    return { value: Number(s.replaceAll('.', '')), dotThousands: false }
  // "1.709" is a decimal or, in text translated from Turkish or German, 1709.
  if (/^\d+\.\d+$/.test(s)) return { value: Number(s), dotThousands: /^\d{1,3}\.\d{3}$/.test(s) }
  // A decimal comma ("1,5 million"); three digits after it would be a thousands group.
  if (/^\d+,\d{1,2}$/.test(s)) return { value: Number(s.replace(',', '.')), dotThousands: false }
  return null
}

const NOT_A_COUNT = {
  value: null,
  vague: false,
  scale: 1,
  notCount: true,
  yearLike: false,
  metresOrMillion: false,
} as const

/** Multiplies by any scale words that follow ("3 million", "two dozen", "five hundred thousand"). */
function applyMultipliers(
  tokens: readonly FigureToken[],
  j: number,
  value: number,
  scale: number,
): { value: number; scale: number; end: number } {
  let v = value
  let sc = scale
  let k = j
  for (let mult = MULTIPLIERS.get(tokens[k]?.norm ?? ''); mult;) {
    v *= mult
    sc *= mult
    k++
    mult = MULTIPLIERS.get(tokens[k]?.norm ?? '')
  }
  return { value: v, scale: sc, end: k }
}

function readNumeral(tokens: readonly FigureToken[], i: number, t: FigureToken): Amount {
  const m = /^([\d.,\u00a0\u202f\u2009]+?)(\p{L}*)$/u.exec(t.norm)
  const body = m?.[1] ?? ''
  const suffix = m?.[2] ?? ''
  const parsed = numeralValue(body)
  // "27th", "1990s", "5km", "10pm" are numbers but not counts.
  if (!parsed || (suffix !== '' && !SUFFIX_SCALES.has(suffix)))
    return { ...NOT_A_COUNT, end: i + 1 }
  const suffixScale = SUFFIX_SCALES.get(suffix) ?? 1
  const read = applyMultipliers(tokens, i + 1, parsed.value * suffixScale, suffixScale)
  let value = read.value
  if (!Number.isInteger(value)) {
    if (read.scale === 1 && parsed.dotThousands) value = Math.round(parsed.value * 1000)
    // "1.1 million" is 1,100,000 exactly; rounding only removes floating-point noise.
    else if (read.scale > 1) value = Math.round(value)
    else return { ...NOT_A_COUNT, end: read.end }
  }
  return {
    value,
    vague: false,
    scale: read.scale,
    end: read.end,
    notCount: false,
    yearLike: /^\d{4}$/.test(body) && suffix === '' && value >= 1800 && value <= 2100,
    metresOrMillion: suffix === 'm',
  }
}

type Last = 'start' | 'a' | 'small' | 'tens' | 'hundred' | 'scale' | 'and' | 'half'

/** Reads number words: "twenty-three", "one hundred and five", "a quarter of a million". */
function readWords(tokens: readonly FigureToken[], i: number): Amount | null {
  let total = 0
  let group = 0
  let last: Last = 'start'
  let scale = 1
  let j = i
  const word = (k: number): string => tokens[k]?.norm ?? ''
  for (;;) {
    const w = word(j)
    const small = SMALL.get(w)
    const tens = TENS.get(w)
    const mult = MULTIPLIERS.get(w)
    const frac = FRACTIONS.get(w)
    const fresh = last === 'start' || last === 'hundred' || last === 'scale' || last === 'and'
    if (last === 'start' && (w === 'a' || w === 'an')) {
      // The article counts as one only before a multiplier or fraction ("a dozen", "a quarter").
      if (!MULTIPLIERS.has(word(j + 1)) && !FRACTIONS.has(word(j + 1))) return null
      group = 1
      last = 'a'
      j++
    } else if (small !== undefined && (fresh || (last === 'tens' && small > 0 && small < 10))) {
      group += small
      last = 'small'
      j++
    } else if (tens !== undefined && fresh) {
      group += tens
      last = 'tens'
      j++
      if (word(j) === '-' && ORDINALS.has(word(j + 1))) return { ...NOT_A_COUNT, end: j + 2 }
      const unit = SMALL.get(word(j + 1))
      if (word(j) === '-' && unit !== undefined && unit > 0 && unit < 10) {
        group += unit
        last = 'small'
        j += 2
      }
    } else if (frac !== undefined && (last === 'start' || last === 'a' || last === 'small')) {
      // "half a dozen", "a quarter of a million", "three quarters of a million".
      const count = last === 'start' ? 1 : group
      let k = j + 1
      if (word(k) === 'of') k++
      if (word(k) === 'a' || word(k) === 'an') k++
      const of = MULTIPLIERS.get(word(k))
      if (of === undefined) return null
      const read = applyMultipliers(tokens, k + 1, count * frac * of, of)
      return amount(total + Math.round(read.value), read.scale, read.end)
    } else if (mult !== undefined && mult < 1000 && last !== 'start' && last !== 'hundred') {
      group = (group || 1) * mult
      last = 'hundred'
      j++
      // "two dozen" is complete; "a dozen thousand" is not English.
      if (mult === 12) break
    } else if (mult !== undefined && mult >= 1000 && last !== 'start' && last !== 'scale') {
      total += (group || 1) * mult
      group = 0
      scale = mult
      last = 'scale'
      j++
    } else if (w === 'and' && (last === 'hundred' || last === 'scale')) {
      if (!SMALL.has(word(j + 1)) && !TENS.has(word(j + 1))) break
      last = 'and'
      j++
    } else if (w === 'and' && (last === 'small' || last === 'tens') && word(j + 1) === 'a') {
      // "one and a half million": the half only makes a count before a scale word.
      if (word(j + 2) !== 'half' || !MULTIPLIERS.has(word(j + 3))) break
      group += 0.5
      last = 'half'
      j += 3
    } else break
  }
  if (last === 'start' || last === 'a' || last === 'and') return null
  return amount(total + group, scale, j)
}

function amount(value: number, scale: number, end: number): Amount {
  if (!Number.isInteger(value)) return { ...NOT_A_COUNT, end }
  return {
    value,
    vague: false,
    scale,
    end,
    notCount: false,
    yearLike: false,
    metresOrMillion: false,
  }
}

function vague(value: number | null, end: number): Amount {
  return {
    value,
    vague: true,
    scale: 1,
    end,
    notCount: false,
    yearLike: false,
    metresOrMillion: false,
  }
}

/** "hundreds", "hundreds of thousands", "tens of millions": the product of the scales. */
function readVagueScales(tokens: readonly FigureToken[], i: number): Amount | null {
  let value = VAGUE_SCALES.get(tokens[i]?.norm ?? '')
  if (value === undefined) return null
  let j = i + 1
  for (;;) {
    const next = VAGUE_SCALES.get(tokens[j + 1]?.norm ?? '')
    if (tokens[j]?.norm !== 'of' || next === undefined) break
    value *= next
    j += 2
  }
  return vague(value, j)
}

/** Vague amounts: "dozens", "several hundred", "a few thousand", "a number of", "heavy casualties". */
function readVague(tokens: readonly FigureToken[], i: number): Amount | null {
  const scales = readVagueScales(tokens, i)
  if (scales) return scales
  const norm = tokens[i]?.norm ?? ''
  // "as many as 30" is a qualifier of the number that follows.
  if (tokens[i - 1]?.norm === 'as' && ['many', 'much', 'few'].includes(norm)) return null
  if (HEAVY.has(norm) && /^(casualties|losses)$/.test(tokens[i + 1]?.norm ?? ''))
    return vague(null, i + 1)
  for (const words of VAGUE_WORDS) {
    if (!words.every((w, k) => tokens[i + k]?.norm === w)) continue
    const j = i + words.length
    // "some 20" and "a few 100" are qualified numbers, read from the number itself.
    if (startsNumber(tokens, j)) return null
    // "several hundred", "a few thousand", "many thousands": the scale's conventional value.
    const plural = readVagueScales(tokens, j)
    if (plural) return plural
    const single = MULTIPLIERS.get(tokens[j]?.norm ?? '')
    if (single !== undefined) {
      const read = applyMultipliers(tokens, j + 1, single, single)
      return vague(read.value, read.end)
    }
    return vague(null, j)
  }
  return null
}

/** Whether the token at i is an ordinal ("second", "27th", "twenty-first"). */
function isOrdinal(tokens: readonly FigureToken[], i: number): boolean {
  const t = tokens[i]
  if (!t) return false
  if (ORDINALS.has(t.norm)) return true
  return t.kind === 'num' && /^\d+(st|nd|rd|th)$/.test(t.norm)
}

/**
 * The amount written at token i, or null when none starts there. Numbers that
 * are not counts (ordinals, "5km", "3.5") come back with notCount set, so the
 * caller can tell "not a figure" from "no number here".
 */
export function readAmount(tokens: readonly FigureToken[], i: number): Amount | null {
  const t = tokens[i]
  if (!t) return null
  if (isOrdinal(tokens, i)) return { ...NOT_A_COUNT, end: i + 1 }
  if (t.kind === 'num') return readNumeral(tokens, i, t)
  if (t.kind !== 'word') return null
  return readWords(tokens, i) ?? readVague(tokens, i)
}
