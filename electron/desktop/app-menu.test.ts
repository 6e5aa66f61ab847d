import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it } from 'vitest'
import { MENU_COMMANDS, menuTemplate, type MenuCommand } from './app-menu.ts'

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ])
}

/** Clicks every item that has a click handler (ours ignore Electron's arguments). */
function commandsSent(): MenuCommand[] {
  const sent: MenuCommand[] = []
  for (const item of items(menuTemplate({ dev: true, mac: false, send: (id) => sent.push(id) }))) {
    ;(item.click as (() => void) | undefined)?.()
  }
  return sent
}

describe('menuTemplate', () => {
  it('sends each page command id once, from File and Edit', () => {
    expect(commandsSent().sort()).toEqual(Object.values(MENU_COMMANDS).sort())
  })

  it("shows the page's keys for the commands it sends", () => {
    const shown = items(menuTemplate({ dev: false, mac: false, send: () => undefined }))
      .filter((item) => item.click)
      .map((item) => [item.label, item.accelerator])
    expect(shown).toEqual([
      ['Import…', 'CmdOrCtrl+O'],
      ['Export JSONL…', 'CmdOrCtrl+E'],
      ['Undo', 'CmdOrCtrl+Z'],
      ['Redo', 'CmdOrCtrl+Shift+Z'],
    ])
  })

  it('leaves page shortcuts to the page', () => {
    for (const item of items(menuTemplate({ dev: false, mac: false, send: () => undefined }))) {
      if (item.click) expect(item.registerAccelerator, item.label).not.toBe(true)
    }
  })

  it('offers reload and developer tools only when unpackaged', () => {
    const roles = (dev: boolean) =>
      items(menuTemplate({ dev, mac: false, send: () => undefined })).map((i) => i.role)
    expect(roles(false)).not.toContain('toggleDevTools')
    expect(roles(false)).not.toContain('reload')
    expect(roles(true)).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']))
  })

  it('has the macOS app menu only on macOS', () => {
    const first = (mac: boolean) => menuTemplate({ dev: false, mac, send: () => undefined })[0]
    expect(first(true)?.role).toBe('appMenu')
    expect(first(false)?.label).toBe('File')
  })
})
