import { EventEmitter } from 'node:events'
import type { BrowserWindow, IpcMain } from 'electron'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { IPC } from '../../shared/contract/bridge.ts'
import { FLUSH_TIMEOUT_MS, guardClose, type FlushOutcome } from './close-guard.ts'

/** Just enough of a window for the guard: close events, a page that records messages. */
class FakeWindow extends EventEmitter {
  closed = false
  readonly webContents = Object.assign(new EventEmitter(), {
    sent: [] as string[],
    send(channel: string) {
      this.sent.push(channel)
    },
    isCrashed: () => false,
  })
  isDestroyed(): boolean {
    return this.closed
  }
  close(): void {
    let prevented = false
    this.emit('close', { preventDefault: () => (prevented = true) })
    if (!prevented) this.closed = true
  }
}

function setup(answer: (outcome: FlushOutcome) => boolean = () => true) {
  const win = new FakeWindow()
  const ipc = new EventEmitter()
  const asked: FlushOutcome[] = []
  guardClose(win as unknown as BrowserWindow, ipc as unknown as IpcMain, (outcome) => {
    asked.push(outcome)
    return Promise.resolve(answer(outcome))
  })
  const pageAnswers = (saved: boolean, sender: unknown = win.webContents) =>
    ipc.emit(IPC.flushDone, { sender }, saved)
  return { win, ipc, asked, pageAnswers }
}

const settle = () => new Promise((resolve) => setImmediate(resolve))

afterEach(() => {
  vi.useRealTimers()
})

describe('guardClose', () => {
  it('keeps the window open until its page has saved, then closes it', async () => {
    const { win, ipc, asked, pageAnswers } = setup()
    win.close()
    expect(win.closed).toBe(false)
    expect(win.webContents.sent).toEqual([IPC.flushRequest])
    pageAnswers(true, { another: 'page' })
    await settle()
    expect(win.closed).toBe(false)
    pageAnswers(true)
    await settle()
    expect(win.closed).toBe(true)
    expect(asked).toEqual([])
    expect(ipc.listenerCount(IPC.flushDone)).toBe(0)
  })

  it('asks only once while a save is under way', async () => {
    const { win, pageAnswers } = setup()
    win.close()
    win.close()
    expect(win.webContents.sent).toEqual([IPC.flushRequest])
    pageAnswers(true)
    await settle()
    expect(win.closed).toBe(true)
  })

  it('lets the user keep the window when the save failed', async () => {
    const { win, asked, pageAnswers } = setup(() => false)
    win.close()
    pageAnswers(false)
    await settle()
    expect(asked).toEqual(['failed'])
    expect(win.closed).toBe(false)
    // A later close asks the page again.
    win.close()
    expect(win.webContents.sent).toEqual([IPC.flushRequest, IPC.flushRequest])
  })

  it('closes after the timeout when the page never answers', async () => {
    vi.useFakeTimers()
    const { win, asked } = setup()
    win.close()
    await vi.advanceTimersByTimeAsync(FLUSH_TIMEOUT_MS - 1)
    expect(win.closed).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(asked).toEqual(['timeout'])
    expect(win.closed).toBe(true)
  })
})
