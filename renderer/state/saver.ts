/**
 * Autosave: edits queue here and go to the backend debounced, in order, one
 * request at a time, each against the revision the last save returned. A
 * failed save keeps its operations and retries; nothing is dropped.
 */
import type { AnnotationOp } from '../../shared/corpus/ops.ts'

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string; retrying: boolean }

export type SendOps = (
  docId: string,
  revision: number,
  ops: AnnotationOp[],
  options: { keepalive: boolean },
) => Promise<{ revision: number }>

/** Errors that another try will not fix. */
export class PermanentSaveError extends Error {}

const DEBOUNCE_MS = 300
const RETRY_MS = 2000

export class Saver {
  private pending: AnnotationOp[] = []
  private inflight: Promise<void> | null = null
  private timer: ReturnType<typeof setTimeout> | null = null
  state: SaveState = { kind: 'saved' }

  constructor(
    private readonly docId: string,
    private revision: number,
    private readonly send: SendOps,
    private readonly changed: () => void,
  ) {}

  get hasUnsaved(): boolean {
    return this.pending.length > 0 || this.inflight !== null
  }

  /** The file was replaced on disk (a pull, a sync) while nothing was waiting to be saved: go on from its revision. */
  rebase(revision: number): void {
    if (!this.hasUnsaved) this.revision = revision
  }

  get savedRevision(): number {
    return this.revision
  }

  push(ops: AnnotationOp[]): void {
    this.pending.push(...ops)
    if (this.state.kind !== 'error' || this.state.retrying) this.setState({ kind: 'unsaved' })
    this.schedule(DEBOUNCE_MS)
  }

  async flush(options: { keepalive?: boolean } = {}): Promise<void> {
    this.clearTimer()
    while (this.inflight) await this.inflight
    if (this.pending.length === 0) return
    const ops = this.pending
    this.pending = []
    this.setState({ kind: 'saving' })
    this.inflight = this.send(this.docId, this.revision, ops, {
      keepalive: options.keepalive ?? false,
    })
      .then(({ revision }) => {
        this.revision = revision
        this.setState(this.pending.length ? { kind: 'unsaved' } : { kind: 'saved' })
        if (this.pending.length) this.schedule(DEBOUNCE_MS)
      })
      .catch((err: unknown) => {
        this.pending = ops.concat(this.pending)
        const permanent = err instanceof PermanentSaveError
        const message = err instanceof Error ? err.message : String(err)
        this.setState({ kind: 'error', message, retrying: !permanent })
        if (!permanent) this.schedule(RETRY_MS)
      })
      .finally(() => {
        this.inflight = null
      })
    await this.inflight
  }

  private schedule(ms: number): void {
    this.clearTimer()
    this.timer = setTimeout(() => void this.flush(), ms)
  }

  private clearTimer(): void {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  private setState(state: SaveState): void {
    this.state = state
    this.changed()
  }
}
