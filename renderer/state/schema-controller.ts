/** The schema editor: opening it, and taking in the schema it saved. */
import type { DocumentsController } from './documents-controller.ts'
import type { Notices } from './notices.ts'
import type { WorkbenchState } from './workbench-state.ts'

export class SchemaController {
  constructor(
    private readonly state: WorkbenchState,
    private readonly notices: Notices,
    private readonly documents: DocumentsController,
  ) {}

  /** Opens or closes the editor; opening saves pending edits, which a schema change may touch. */
  edit(open: boolean): void {
    if (open) void this.state.current?.flush()
    this.state.set({ editingSchema: open })
  }

  /** After a schema change: the labels, the list and the open document, as now stored. */
  async saved(): Promise<void> {
    this.state.set({ editingSchema: false })
    await this.notices.guard(async () => {
      await this.documents.reload()
      this.notices.notify('info', 'Schema saved.')
    })
  }
}
