/**
 * One contender in a race for a corpus's writer lock (tests and the
 * reliability suite): prints "ready", reads an instant (epoch ms) from stdin,
 * waits for it so that both contenders start together, tries to take the
 * lock, prints {"acquired": …}, and holds what it got until stdin closes.
 */
import { createInterface } from 'node:readline'
import { acquireLock, type LockResult } from './lock.ts'

const path = process.argv[2]
if (!path) throw new Error('usage: lock-race-child LOCK_PATH')
let result: LockResult | null = null
const lines = createInterface({ input: process.stdin })
lines.on('line', (line) => {
  const at = Number(line)
  while (Date.now() < at) {
    // Spin to the shared instant.
  }
  void acquireLock(path).then((r) => {
    result = r
    process.stdout.write(`${JSON.stringify({ acquired: r.acquired })}\n`)
  })
})
lines.on('close', () => {
  if (result?.acquired) result.release()
  process.exit(0)
})
process.stdout.write('ready\n')
