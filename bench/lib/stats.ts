/** Repeated measurements and their summary: median, min and max of the measured runs. */

export interface Summary {
  median: number
  min: number
  max: number
  runs: number[]
}

export function summarize(runs: readonly number[]): Summary {
  if (runs.length === 0) throw new Error('no runs to summarize')
  const sorted = [...runs].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  const median =
    sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
  return { median, min: sorted[0] ?? 0, max: sorted[sorted.length - 1] ?? 0, runs: [...runs] }
}

/** Runs `task` `warmups` times unmeasured, then `runs` times; returns the measured results. */
export async function repeat<T>(
  warmups: number,
  runs: number,
  task: (run: number) => Promise<T>,
): Promise<T[]> {
  for (let i = 0; i < warmups; i++) await task(-1 - i)
  const out: T[] = []
  for (let i = 0; i < runs; i++) out.push(await task(i))
  return out
}

/** Milliseconds since `start` (a performance.now() value). */
export function since(start: number): number {
  return performance.now() - start
}
