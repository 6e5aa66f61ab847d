/**
 * One text going through the cleanup steps: each step's proposals are chosen
 * by the settings, their edits applied, and every decision so far is mapped
 * forward so its range points into the current text.
 */
import { OffsetMap } from '../text/offsets.ts'
import { applyEdits, type Edit } from './edits.ts'
import {
  STEP_DEFAULTS,
  type CleanupSettings,
  type Decision,
  type Proposal,
  type StepId,
} from './types.ts'

interface Tracked extends Omit<Decision, 'ranges'> {
  /** UTF-16 ranges in the current text. */
  ranges: [number, number][]
}

/** Turns the chosen proposals into edits; steps whose edits interact supply their own. */
export type Combine = (text: string, chosen: readonly Proposal[]) => Edit[]

const ownEdits: Combine = (_text, chosen) => chosen.flatMap((p) => p.edits)

export class Cleaning {
  private current: string
  private readonly tracked: Tracked[] = []

  constructor(
    raw: string,
    private readonly settings: CleanupSettings,
  ) {
    this.current = raw
  }

  get text(): string {
    return this.current
  }

  /** Whether the settings switch `step` on. */
  enabled(step: StepId): boolean {
    return this.settings.steps[step] ?? STEP_DEFAULTS[step]
  }

  /**
   * Applies a step's proposals: when the step is on, each proposal applies
   * unless the user turned it off (then its alternative, if any, applies);
   * when the step is off, none do, but they are still reported.
   */
  apply(step: StepId, proposals: readonly Proposal[], combine: Combine = ownEdits): void {
    const on = this.enabled(step)
    const chosen: Proposal[] = []
    const alternatives: Edit[] = []
    const applied = new Map<Proposal, boolean>()
    for (const p of proposals) {
      const yes = on && (this.settings.decisions[p.id] ?? p.defaultOn)
      applied.set(p, yes)
      if (yes) chosen.push(p)
      else if (on && p.alternative) alternatives.push(...p.alternative.edits)
    }
    const edits = [...combine(this.current, chosen), ...alternatives]
    const { text, map } = applyEdits(this.current, edits)
    for (const d of this.tracked) {
      d.ranges = d.ranges.map(([s, e]) => [map.map(s, 1), map.map(e, -1)])
    }
    for (const p of proposals) {
      const yes = applied.get(p) ?? false
      const own = yes ? p.edits : on && p.alternative ? p.alternative.edits : p.edits
      const touched = yes || (on && p.alternative !== undefined)
      this.tracked.push({
        id: p.id,
        step,
        applied: yes,
        summary: p.summary,
        reason: p.reason,
        before: p.before,
        after: p.after,
        ...(p.alternative ? { alternative: p.alternative.text } : {}),
        ranges: own.map((e): [number, number] =>
          touched
            ? [map.map(e.start, -1), map.map(e.end, 1)]
            : [map.map(e.start, 1), map.map(e.end, -1)],
        ),
      })
    }
    this.current = text
  }

  /** The decisions with their ranges in code points of the final text. */
  decisions(): Decision[] {
    const offsets = new OffsetMap(this.current)
    return this.tracked.map((d) => ({
      ...d,
      ranges: d.ranges.map(([s, e]): [number, number] => [
        offsets.toCodePoint(s),
        offsets.toCodePoint(Math.max(s, e)),
      ]),
    }))
  }
}
