/**
 * Closing the window first asks the page to save what it has not saved yet.
 * Electron objects are passed in (types only), so 'electron' is imported by
 * main.ts alone.
 */
import type { BrowserWindow, IpcMain, IpcMainEvent } from 'electron'
import { IPC } from '../../shared/contract/bridge.ts'

/** Long enough for a pending save of one document; short enough that a hung page still closes. */
export const FLUSH_TIMEOUT_MS = 3000

export type FlushOutcome = 'saved' | 'failed' | 'timeout'

/**
 * Holds every close of `win` until the page answers IPC.flushRequest with
 * IPC.flushDone (payload: true when its save succeeded) or the timeout passes.
 * When the save failed, `confirmClose` decides whether to close anyway.
 */
export function guardClose(
  win: BrowserWindow,
  ipc: IpcMain,
  confirmClose: (outcome: FlushOutcome) => Promise<boolean>,
  timeoutMs = FLUSH_TIMEOUT_MS,
): void {
  let mayClose = false
  let flushing = false
  win.on('close', (event) => {
    if (mayClose || win.webContents.isCrashed()) return
    event.preventDefault()
    if (flushing) return
    flushing = true
    void requestFlush(win, ipc, timeoutMs)
      .then((outcome) => (outcome === 'saved' ? true : confirmClose(outcome)))
      .then((close) => {
        flushing = false
        if (!close || win.isDestroyed()) return
        mayClose = true
        win.close()
      })
  })
}

function requestFlush(win: BrowserWindow, ipc: IpcMain, timeoutMs: number): Promise<FlushOutcome> {
  const contents = win.webContents
  return new Promise((resolve) => {
    const finish = (outcome: FlushOutcome): void => {
      clearTimeout(timer)
      ipc.removeListener(IPC.flushDone, onDone)
      resolve(outcome)
    }
    const onDone = (event: IpcMainEvent, saved: unknown): void => {
      // Only this window's page can release this window.
      if (event.sender === contents) finish(saved === true ? 'saved' : 'failed')
    }
    const timer = setTimeout(() => finish('timeout'), timeoutMs)
    ipc.on(IPC.flushDone, onDone)
    contents.send(IPC.flushRequest)
  })
}
