/**
 * The sandboxed preload: gives the page `window.spanbench`, three named
 * functions and nothing else (no ipcRenderer, no process). Bundled as CommonJS
 * (dist/electron/preload.cjs) because sandboxed preloads cannot load ES modules.
 */
import { contextBridge, ipcRenderer } from 'electron'
import type { Result } from '../../shared/contract/api.ts'
import { IPC, type SpanbenchBridge } from '../../shared/contract/bridge.ts'
import { isCommandId, type CommandId } from '../../shared/contract/commands.ts'

// One handler each: registering again replaces, so a re-mounted page never runs twice.
let flush: (() => Promise<void>) | undefined
let runCommand: ((id: CommandId) => void) | undefined

ipcRenderer.on(IPC.flushRequest, () => {
  void saved().then((ok) => ipcRenderer.send(IPC.flushDone, ok))
})

ipcRenderer.on(IPC.command, (_event, id: unknown) => {
  if (typeof id === 'string' && isCommandId(id)) runCommand?.(id)
})

/** Runs the page's flush; true when it finished (or there was nothing to save). */
async function saved(): Promise<boolean> {
  try {
    await flush?.()
    return true
  } catch (err) {
    console.error('spanbench: saving before close failed', err)
    return false
  }
}

const bridge = {
  invoke: (method, input) =>
    ipcRenderer.invoke(IPC.invoke, method, input) as Promise<Result<unknown>>,
  onFlushRequest: (fn) => {
    flush = fn
  },
  onCommand: (cb) => {
    runCommand = cb
  },
} satisfies SpanbenchBridge

contextBridge.exposeInMainWorld('spanbench', bridge)
