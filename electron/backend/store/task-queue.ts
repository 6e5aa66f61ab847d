/**
 * Runs tasks that share a key one after another, never interleaved; tasks
 * under different keys run side by side. A task that fails does not stop the
 * ones queued after it. A key is forgotten once its last task settles.
 */
export class TaskQueue {
  private readonly tails = new Map<string, Promise<unknown>>()

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const run = (this.tails.get(key) ?? Promise.resolve()).then(task, task)
    const settled = run.catch(() => undefined)
    this.tails.set(key, settled)
    void settled.then(() => {
      if (this.tails.get(key) === settled) this.tails.delete(key)
    })
    return run
  }

  /** Keys with a task running or waiting. */
  get busyKeys(): number {
    return this.tails.size
  }
}
