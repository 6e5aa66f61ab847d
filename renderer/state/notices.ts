/**
 * The one-line banner: what just happened, or what went wrong. A failing
 * backend call becomes an error notice instead of an unhandled rejection.
 */
import type { Notice, WorkbenchState } from './workbench-state.ts'

export class Notices {
  constructor(private readonly state: WorkbenchState) {}

  notify(kind: Notice['kind'], text: string): void {
    this.state.set({ notice: { kind, text } })
  }

  dismiss(): void {
    this.state.set({ notice: null })
  }

  /** Runs `task`; an error it throws is shown, not thrown on. */
  async guard(task: () => Promise<void>): Promise<void> {
    try {
      await task()
    } catch (err) {
      this.notify('error', err instanceof Error ? err.message : String(err))
    }
  }
}
