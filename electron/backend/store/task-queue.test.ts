import { describe, expect, it } from 'vitest'
import { TaskQueue } from './task-queue.ts'

/** A promise and the function that resolves it, so a test decides when a task ends. */
function gate(): { wait: Promise<void>; open: () => void } {
  let open = (): void => undefined
  const wait = new Promise<void>((resolve) => (open = resolve))
  return { wait, open }
}

describe('TaskQueue', () => {
  it('runs tasks under one key one after another, in order', async () => {
    const queue = new TaskQueue()
    const events: string[] = []
    const first = gate()
    const a = queue.run('doc', async () => {
      events.push('a start')
      await first.wait
      events.push('a end')
      return 'a'
    })
    const b = queue.run('doc', () => {
      events.push('b start')
      return Promise.resolve('b')
    })
    await Promise.resolve()
    expect(events).toEqual(['a start'])
    first.open()
    expect(await Promise.all([a, b])).toEqual(['a', 'b'])
    expect(events).toEqual(['a start', 'a end', 'b start'])
  })

  it('runs tasks under different keys side by side', async () => {
    const queue = new TaskQueue()
    const held = gate()
    const slow = queue.run('one', () => held.wait.then(() => 'slow'))
    expect(await queue.run('two', () => Promise.resolve('fast'))).toBe('fast')
    held.open()
    expect(await slow).toBe('slow')
  })

  it('goes on after a task fails, and the failure reaches its caller', async () => {
    const queue = new TaskQueue()
    const failed = queue.run('doc', () => Promise.reject(new Error('disk full')))
    const next = queue.run('doc', () => Promise.resolve('saved'))
    await expect(failed).rejects.toThrow('disk full')
    expect(await next).toBe('saved')
  })

  it('forgets a key once its tasks are done', async () => {
    const queue = new TaskQueue()
    await queue.run('doc', () => Promise.resolve(1))
    await new Promise((resolve) => setImmediate(resolve))
    expect(queue.busyKeys).toBe(0)
  })
})
