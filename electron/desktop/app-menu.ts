/**
 * The application menu. Items that act on the page do not act themselves:
 * they send a command id over IPC.command, and the page runs it through the
 * same registry as its toolbar and keys.
 */
import type { MenuItemConstructorOptions, WebContents } from 'electron'
import { IPC } from '../../shared/contract/bridge.ts'
import { COMMANDS, type FixedCommandId } from '../../shared/contract/commands.ts'

/** The command ids the menu sends: ids of shared/contract/commands.ts, which the page binds. */
export const MENU_COMMANDS = {
  import: 'import.files',
  exportJsonl: 'export.jsonl',
  undo: 'edit.undo',
  redo: 'edit.redo',
} as const satisfies Record<string, FixedCommandId>
export type MenuCommand = (typeof MENU_COMMANDS)[keyof typeof MENU_COMMANDS]

/** How the menu shows a command's first key ("Mod+Shift+Z" is "CmdOrCtrl+Shift+Z"). */
function menuAccelerator(id: MenuCommand): string | undefined {
  return COMMANDS[id].hotkeys[0]?.replace(/^Mod\+/, 'CmdOrCtrl+')
}

export function menuTemplate(options: {
  /** Unpackaged runs get reload and developer tools. */
  dev: boolean
  mac: boolean
  send: (id: MenuCommand) => void
}): MenuItemConstructorOptions[] {
  const { dev, mac, send } = options
  const command = (label: string, id: MenuCommand) => {
    const accelerator = menuAccelerator(id)
    return {
      label,
      click: () => send(id),
      // The page's command registry binds these keys itself; the menu only shows
      // them, so one key press never runs a command twice. (macOS always
      // registers them, but the page sees the key first and claims it.)
      ...(accelerator ? { accelerator, registerAccelerator: false } : {}),
    }
  }
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('Import…', MENU_COMMANDS.import),
      command('Export JSONL…', MENU_COMMANDS.exportJsonl),
      { type: 'separator' },
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  }
  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      command('Undo', MENU_COMMANDS.undo),
      command('Redo', MENU_COMMANDS.redo),
      { type: 'separator' },
      // Native roles: without them macOS has no copy and paste shortcuts at all.
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  }
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...(dev
        ? [
            { role: 'reload' } as const,
            { role: 'toggleDevTools' } as const,
            { type: 'separator' } as const,
          ]
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  }
  return [...(mac ? [{ role: 'appMenu' } as const] : []), file, edit, view]
}

/**
 * Sends a menu command to the page. A menu click is a user gesture, but it
 * happens in main; the page's frame is given the transient activation a click
 * there would have, or Import… could not open the file chooser.
 */
export async function deliverCommand(contents: WebContents, id: MenuCommand): Promise<void> {
  await contents.executeJavaScript('void 0', true).catch(() => undefined)
  contents.send(IPC.command, id)
}
