/**
 * Importing articles: picked or dropped files open the import preview; when
 * the import is stored, the list holds the new documents, the results show,
 * and the first new document opens.
 */
import { ImportSession, type ImportOutcome } from '../import/import-session.ts'
import type { DocumentsController } from './documents-controller.ts'
import type { Notices } from './notices.ts'
import type { WorkbenchState } from './workbench-state.ts'

export class ImportController {
  private filePicker: (() => void) | null = null

  constructor(
    private readonly state: WorkbenchState,
    private readonly notices: Notices,
    private readonly documents: DocumentsController,
  ) {}

  /** The UI's way to ask the user for files (a hidden file input). */
  setFilePicker(picker: (() => void) | null): void {
    this.filePicker = picker
  }

  pickFiles(): void {
    this.filePicker?.()
  }

  /** Picked or dropped files: the one way in, which opens the import preview. */
  async importFiles(files: readonly File[]): Promise<void> {
    if (files.length === 0 || this.state.getSnapshot().importing) return
    const session = new ImportSession(files, (outcome) => void this.finished(outcome))
    this.state.set({ importing: session, importResults: null })
    await session.start()
  }

  cancel(): void {
    this.state.getSnapshot().importing?.dispose()
    this.state.set({ importing: null })
  }

  dismissResults(): void {
    this.state.set({ importResults: null })
  }

  private async finished(outcome: ImportOutcome): Promise<void> {
    this.state.getSnapshot().importing?.dispose()
    // The results name documents, so the list holds them by the time the results show.
    await this.notices.guard(() => this.documents.refresh())
    this.state.set({ importing: null, importResults: outcome })
    await this.notices.guard(async () => {
      const firstNew = outcome.results.find((r) => r.status === 'imported')
      if (firstNew?.docId) await this.documents.open(firstNew.docId)
    })
  }
}
