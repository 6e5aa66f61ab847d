/**
 * The vocabulary of cleanup: steps propose decisions (each a set of edits
 * with a reason), the user's options choose which apply, and the result says
 * where every decision sits in the final text.
 */
import { z } from 'zod'
import type { Edit } from './edits.ts'

/** The cleanup steps, in the order they run. */
export const StepIdSchema = z.enum(['unwrap', 'hyphenation', 'spaces', 'footnotes', 'boilerplate'])
export const STEP_IDS = StepIdSchema.options
export type StepId = z.infer<typeof StepIdSchema>

/** An object schema with one key per step, in the order they run. */
export function perStep<T extends z.ZodType>(value: T): z.ZodObject<Record<StepId, T>> {
  return z.object(Object.fromEntries(STEP_IDS.map((s) => [s, value])) as Record<StepId, T>)
}

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
export const DecisionSchema = z.object({
  id: z.string(),
  step: StepIdSchema,
  applied: z.boolean(),
  summary: z.string(),
  reason: z.string(),
  before: z.string(),
  after: z.string(),
  /** The text used instead when the decision is turned off, if it has one. */
  alternative: z.string().optional(),
  /** Where the result (applied) or the untouched original (not applied) is in the final text. */
  ranges: z.array(z.tuple([z.number().int(), z.number().int()])),
})
export type Decision = z.infer<typeof DecisionSchema>
