/**
 * A benchmark that survives: every case runs through `attempt`, which gives
 * it a time limit and records a failure or a timeout instead of ending the
 * run; what the other cases measured is still reported.
 */

export interface CaseFailure {
  /** Which case, e.g. "long document: text-annotator, run 2". */
  case: string
  error: string
  timedOut: boolean
}

export class CaseFailures {
  readonly list: CaseFailure[] = []

  constructor(private readonly log: (message: string) => void) {}

  /** Runs `task` within `timeoutMs`; on failure or timeout records it and returns null. */
  async attempt<T>(name: string, timeoutMs: number, task: () => Promise<T>): Promise<T | null> {
    let timer: NodeJS.Timeout | undefined
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new CaseTimeout(timeoutMs)), timeoutMs)
    })
    try {
      return await Promise.race([task(), timeout])
    } catch (err) {
      this.record(name, err)
      return null
    } finally {
      clearTimeout(timer)
    }
  }

  /** Records a failure caught elsewhere. */
  record(name: string, err: unknown): void {
    const timedOut = err instanceof CaseTimeout
    const error = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err)
    this.list.push({ case: name, error, timedOut })
    this.log(`FAILED ${name}: ${error}`)
  }

  /** The failures of cases whose name starts with `prefix`. */
  under(prefix: string): CaseFailure[] {
    return this.list.filter((f) => f.case.startsWith(prefix))
  }
}

class CaseTimeout extends Error {
  constructor(ms: number) {
    super(`timed out after ${Math.round(ms / 1000)} s`)
  }
}
