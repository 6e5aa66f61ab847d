import type { ErrorCode } from '../../../shared/contract/api.ts'

/** An error the user should read: it names the file or field and the reason. */
export class SpanbenchError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
    this.name = 'SpanbenchError'
  }
}
