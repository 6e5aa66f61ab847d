/**
 * One import, from the files the user picked or dropped to the stored
 * documents: sends them to the backend once (`import.stage`), asks for a
 * preview of the staged files whenever the choices change (debounced, the
 * newest answer wins), then commits them in batches with the same options
 * while counting progress. Components read its snapshot.
 */
import type { ImportPreview, ImportResult } from '../../shared/contract/import-api.ts'
import { call } from '../api.ts'
import {
  FILES_PER_CALL,
  NO_RESULTS,
  batchIndexes,
  differentFromPreview,
  failedBatch,
  tally,
  type ImportFilesProgress,
} from './import-batches.ts'
import { INITIAL_CHOICES, importOptions, type Choices } from './preview-state.ts'

/** Long enough to gather a burst of clicks into one request. */
const PREVIEW_DELAY_MS = 250

export interface ImportOutcome {
  results: ImportResult[]
  /** Stored with a different text than the preview showed (see differentFromPreview). */
  changed: ImportResult[]
  /** The user stopped the import; files after the last finished batch were not sent. */
  stopped: boolean
}

export interface SessionSnapshot {
  phase: 'reading' | 'preview' | 'importing'
  fileCount: number
  choices: Choices
  preview: ImportPreview | null
  /** A newer preview has been asked for (or is about to be). */
  updating: boolean
  /** Why the last preview failed, if it did. */
  error: string | null
  progress: ImportFilesProgress | null
}

export class ImportSession {
  private state: SessionSnapshot
  private readonly listeners = new Set<() => void>()
  /** The backend's id for the staged files, once they are sent. */
  private stage: string | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  private asked = 0
  private stopping = false
  private disposed = false

  constructor(
    private readonly picked: readonly File[],
    private readonly onFinished: (outcome: ImportOutcome) => void,
  ) {
    this.state = {
      phase: 'reading',
      fileCount: picked.length,
      choices: INITIAL_CHOICES,
      preview: null,
      updating: true,
      error: null,
      progress: null,
    }
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): SessionSnapshot => this.state

  /** Reads the files and stages them, which brings the first preview. */
  async start(): Promise<void> {
    try {
      const files = await Promise.all(
        this.picked.map(async (f) => ({ name: f.name, base64: await toBase64(f) })),
      )
      const options = importOptions(this.state.choices)
      const staged = await call('import.stage', { files, options })
      this.stage = staged.stage
      this.set({ phase: 'preview', preview: staged.preview, updating: false })
    } catch (err) {
      this.set({ phase: 'preview', updating: false, error: messageOf(err) })
    }
  }

  /** Changes the choices; the preview follows shortly. */
  choose(change: (choices: Choices) => Choices): void {
    if (this.state.phase !== 'preview') return
    this.set({ choices: change(this.state.choices), updating: true })
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => {
      this.timer = null
      void this.refresh()
    }, PREVIEW_DELAY_MS)
  }

  /** The import may start once the preview on screen matches the choices. */
  get canImport(): boolean {
    const { phase, preview, updating, error } = this.state
    return phase === 'preview' && preview !== null && !updating && error === null
  }

  /** Imports in batches with the previewed options, then hands the outcome over. */
  async run(): Promise<void> {
    const { preview } = this.state
    const stage = this.stage
    if (!this.canImport || !preview || stage === null) return
    const options = importOptions(this.state.choices)
    const names = this.picked.map((f) => f.name)
    const results: ImportResult[] = []
    let progress: ImportFilesProgress = {
      filesDone: 0,
      filesTotal: names.length,
      counts: NO_RESULTS,
    }
    this.set({ phase: 'importing', progress })
    for (const batch of batchIndexes(names.length, FILES_PER_CALL)) {
      if (this.stopping || this.disposed) break
      let found: ImportResult[]
      try {
        found = await call('import.commit', { stage, options, files: batch })
      } catch (err) {
        // One batch lost (the backend went away, the stage expired) does not stop the rest.
        found = failedBatch(
          batch.map((i) => names[i] ?? ''),
          messageOf(err),
        )
      }
      results.push(...found)
      progress = {
        filesDone: progress.filesDone + batch.length,
        filesTotal: progress.filesTotal,
        counts: tally(found, progress.counts),
      }
      this.set({ progress })
    }
    this.onFinished({
      results,
      changed: differentFromPreview(preview, results),
      stopped: progress.filesDone < progress.filesTotal,
    })
  }

  /** Stops after the batch being stored; what is stored stays. */
  stop(): void {
    this.stopping = true
  }

  dispose(): void {
    this.disposed = true
    if (this.timer) clearTimeout(this.timer)
  }

  private async refresh(): Promise<void> {
    const ticket = ++this.asked
    const choices = this.state.choices
    const stage = this.stage
    if (stage === null) return this.set({ updating: false })
    try {
      const preview = await call('import.preview', { stage, options: importOptions(choices) })
      if (this.current(ticket)) this.set({ preview, error: null, updating: this.timer !== null })
    } catch (err) {
      if (this.current(ticket)) this.set({ error: messageOf(err), updating: false })
    }
  }

  /** Whether an answer is still wanted: nothing newer was asked for, and the dialog is open. */
  private current(ticket: number): boolean {
    return ticket === this.asked && !this.disposed && this.state.phase === 'preview'
  }

  private set(change: Partial<SessionSnapshot>): void {
    if (this.disposed) return
    this.state = { ...this.state, ...change }
    for (const listener of this.listeners) listener()
  }
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err)
}

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return btoa(binary)
}
