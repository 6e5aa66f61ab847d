/** The quick export from the toolbar, the menu and Ctrl/⌘+E: the whole corpus as JSONL. */
import { quickExport } from '../export/export-job.ts'
import type { Notices } from './notices.ts'
import type { WorkbenchState } from './workbench-state.ts'

export class ExportController {
  constructor(
    private readonly state: WorkbenchState,
    private readonly notices: Notices,
  ) {}

  /** Saves the open document's pending edits first, so the file holds them. */
  async jsonl(): Promise<void> {
    await this.notices.guard(async () => {
      await this.state.current?.flush()
      const message = await quickExport('jsonl')
      if (message) this.notices.notify('info', message)
    })
  }
}
