/** Which view fills the window (the text, claims, dashboard, map, agreement) and whether search is open. */
import type { WorkbenchState, WorkbenchView } from './workbench-state.ts'

export class ViewController {
  constructor(private readonly state: WorkbenchState) {}

  /** Shows a view; a link being made is dropped. */
  show(view: WorkbenchView): void {
    this.state.set({ view, linking: null })
  }

  /** Opens or closes the corpus search (Ctrl/⌘+F). */
  openSearch(open: boolean): void {
    this.state.set({ searching: open })
  }
}
