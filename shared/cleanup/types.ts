/**
 * The vocabulary of cleanup: steps propose decisions (each a set of edits
 * with a reason), the user's options choose which apply, and the result says
 * where every decision sits in the final text.
 */
import type { Edit } from './edits.ts'

/** The cleanup steps, in the order they run. */
export const STEP_IDS = ['unwrap', 'hyphenation', 'spaces', 'footnotes', 'boilerplate'] as const
export type StepId = (typeof STEP_IDS)[number]

/** Whether each step runs when the user says nothing: footnotes only when asked. */
export const STEP_DEFAULTS: Readonly<Record<StepId, boolean>> = {
  unwrap: true,
  hyphenation: true,
  spaces: true,
  footnotes: false,
  boilerplate: true,
}

/** What a step offers to change, before the user's options decide. */
export interface Proposal {
  /** Stable across previews of the same file, so a toggle survives a re-preview. */
  id: string
  edits: Edit[]
  /** The other choice, applied when this decision is turned off (a hyphen kept vs dropped). */
  alternative?: { edits: Edit[]; text: string }
  summary: string
  reason: string
  before: string
  after: string
  /** Applied unless the user turns it off. */
  defaultOn: boolean
}

export interface CleanupSettings {
  /** Steps switched on (true) or off (false); missing ones take STEP_DEFAULTS. */
  steps: Partial<Record<StepId, boolean>>
  /** Per-decision choices by decision id: true applies it, false does not. */
  decisions: Readonly<Record<string, boolean>>
}

/** One decision as a preview shows it; ranges are code points in the final text. */
export interface Decision {
  id: string
  step: StepId
  applied: boolean
  summary: string
  reason: string
  before: string
  after: string
  /** The text used instead when the decision is turned off, if it has one. */
  alternative?: string
  /** Where the result (applied) or the untouched original (not applied) is in the final text. */
  ranges: [number, number][]
}
