/**
 * Imports staged for the import dialog: the files' bytes arrive once, are
 * hashed and decoded once, and wait here under a stage id while the user
 * changes the choices; each preview plans again from the decoded documents,
 * and the import commits the plan by id, so no file crosses the API twice.
 * Stages live in memory only: at most `maxBytes` of files in all (the least
 * recently used give way) and for `ttlMs` after their last use.
 */
import { randomBytes } from 'node:crypto'
import { SpanbenchError } from '../store/errors.ts'
import type { ImportPlan } from './import-plan.ts'
import type { DecodedSource } from './import-sources.ts'

/** As much as one import may keep for its commit (KEPT_BYTES), so a staged commit never reads again. */
export const STAGED_BYTES = 256 * 1024 * 1024
export const STAGE_TTL_MS = 30 * 60 * 1000

export interface Stage {
  /** The corpus the files were planned against. */
  readonly dir: string
  /** The decode options the files were decoded with (see decodeKey). */
  decodeKey: string
  decoded: DecodedSource[]
  readonly bytes: number
  usedAt: number
  /** The last plan, and the key of the options it was made with. */
  plan?: { optionsKey: string; plan: ImportPlan }
  /** Indexes of the files stored already: each is stored once. */
  readonly committed: Set<number>
}

export interface StageLimits {
  maxBytes: number
  ttlMs: number
  now: () => number
}

export class ImportStages {
  private readonly stages = new Map<string, Stage>()

  constructor(
    private readonly limits: StageLimits = {
      maxBytes: STAGED_BYTES,
      ttlMs: STAGE_TTL_MS,
      now: Date.now,
    },
  ) {}

  /** Keeps decoded files for the corpus in `dir`; returns the stage id. */
  add(dir: string, decodeKey: string, decoded: DecodedSource[]): string {
    const bytes = decoded.reduce((n, d) => n + d.size, 0)
    if (bytes > this.limits.maxBytes) {
      throw new SpanbenchError(
        'bad_request',
        `${sizeText(bytes)} of files is more than an import can hold for its preview (${sizeText(this.limits.maxBytes)}): import fewer files at a time, or use spanbench import`,
      )
    }
    this.forgetExpired()
    for (const id of this.stages.keys()) {
      if (this.heldBytes() + bytes <= this.limits.maxBytes) break
      this.stages.delete(id)
    }
    const id = randomBytes(12).toString('base64url')
    const usedAt = this.limits.now()
    this.stages.set(id, { dir, decodeKey, decoded, bytes, usedAt, committed: new Set() })
    return id
  }

  /** The stage `id` of the corpus in `dir`, or an error saying what to do. */
  get(id: string, dir: string): Stage {
    this.forgetExpired()
    const stage = this.stages.get(id)
    if (!stage || stage.dir !== dir) {
      throw new SpanbenchError(
        'not_found',
        `the files of this import are no longer held (staged imports are kept ${Math.round(this.limits.ttlMs / 60000)} minutes after their last use, and the oldest give way to new ones): choose the files again`,
      )
    }
    // Most recently used last, so eviction takes the least recently used first.
    this.stages.delete(id)
    this.stages.set(id, stage)
    stage.usedAt = this.limits.now()
    return stage
  }

  drop(id: string): void {
    this.stages.delete(id)
  }

  private heldBytes(): number {
    let total = 0
    for (const stage of this.stages.values()) total += stage.bytes
    return total
  }

  private forgetExpired(): void {
    const now = this.limits.now()
    for (const [id, stage] of this.stages) {
      if (now - stage.usedAt > this.limits.ttlMs) this.stages.delete(id)
    }
  }
}

function sizeText(bytes: number): string {
  return bytes < 1024 * 1024 ? `${bytes} bytes` : `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
