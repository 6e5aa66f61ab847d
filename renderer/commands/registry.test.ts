import { describe, expect, it } from 'vitest'
import { CommandRegistry } from './registry.ts'

const key = (
  k: string,
  mods: { ctrl?: boolean; shift?: boolean; alt?: boolean; meta?: boolean } = {},
) => ({
  key: k,
  ctrlKey: mods.ctrl ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
  metaKey: mods.meta ?? false,
})

describe('CommandRegistry', () => {
  let toggled = false
  const r = new CommandRegistry<string>()
  for (const [id, hotkeys] of [
    ['next', ['n']],
    ['previous', ['Shift+N']],
    ['undo', ['Mod+Z']],
    ['redo', ['Mod+Shift+Z']],
    ['back', ['Shift+Tab']],
    ['doc', ['Alt+ArrowDown']],
    ['span', [']']],
  ] as const) {
    r.register({ id, title: id, hotkeys: [...hotkeys], run: () => undefined })
  }
  r.register({
    id: 'only-when',
    title: 'x',
    hotkeys: ['x'],
    run: () => undefined,
    when: () => toggled,
  })

  it('matches keys as a person presses them, Ctrl or Cmd as Mod', () => {
    expect(r.match(key('n'))?.id).toBe('next')
    expect(r.match(key('N', { shift: true }))?.id).toBe('previous')
    expect(r.match(key('z', { ctrl: true }))?.id).toBe('undo')
    expect(r.match(key('z', { meta: true }))?.id).toBe('undo')
    expect(r.match(key('Z', { ctrl: true, shift: true }))?.id).toBe('redo')
    expect(r.match(key('Tab', { shift: true }))?.id).toBe('back')
    expect(r.match(key('ArrowDown', { alt: true }))?.id).toBe('doc')
    expect(r.match(key(']'))?.id).toBe('span')
    expect(r.match(key('z'))).toBeUndefined()
  })

  it('skips a command whose condition does not hold', () => {
    expect(r.match(key('x'))).toBeUndefined()
    toggled = true
    expect(r.match(key('x'))?.id).toBe('only-when')
  })

  it('refuses to register an id twice', () => {
    expect(() =>
      r.register({ id: 'next', title: 'again', hotkeys: [], run: () => undefined }),
    ).toThrow(/twice/)
  })

  it('takes only the command ids of shared/contract/commands.ts unless told otherwise', () => {
    const commands = new CommandRegistry()
    commands.register({ id: 'edit.undo', title: 'Undo', hotkeys: ['Mod+Z'], run: () => undefined })
    expect(commands.dispatch('edit.undo')).toBe(true)
    // @ts-expect-error: no command has this id
    expect(commands.dispatch('edit.undoo')).toBe(false)
  })
})
