import { setImmediate as nextTurn } from 'node:timers/promises'

/**
 * Runs a blocking `step` over many items in batches, giving the event loop a
 * turn between batches. Bulk work over a corpus (stat or read 20,000 small
 * files) is several times faster with synchronous calls than with
 * asynchronous ones, whose thread-pool round trips dominate; batching keeps
 * the process answering other requests meanwhile.
 */
export async function forEachBatch<T>(
  items: readonly T[],
  batchSize: number,
  step: (item: T, index: number) => void,
): Promise<void> {
  for (let start = 0; start < items.length; start += batchSize) {
    if (start > 0) await nextTurn()
    const end = Math.min(items.length, start + batchSize)
    for (let i = start; i < end; i++) step(items[i] as T, i)
  }
}
