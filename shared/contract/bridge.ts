/**
 * What the desktop app's preload exposes to the page as `window.spanbench`:
 * a narrow, typed surface. Browser mode has no bridge and uses HTTP instead.
 */
import type { Result } from './api.ts'
import type { CommandId } from './commands.ts'

/** IPC channel names, declared once. */
export const IPC = {
  invoke: 'spanbench:invoke',
  flushRequest: 'spanbench:flush-request',
  flushDone: 'spanbench:flush-done',
  command: 'spanbench:command',
} as const

export interface SpanbenchBridge {
  /** Calls one API method; the main process validates the name and input. */
  invoke(method: string, input: unknown): Promise<Result<unknown>>
  /**
   * Registers what to run when the window is about to close: the page saves
   * pending edits, then the window closes.
   */
  onFlushRequest(flush: () => Promise<void>): void
  /**
   * Registers what runs a command id sent by the application menu (the same
   * ids the page's own toolbar and keys dispatch). A later call replaces the
   * earlier handler, so a re-mounted component does not run a command twice.
   */
  onCommand(cb: (id: CommandId) => void): void
}
