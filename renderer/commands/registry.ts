/**
 * Every user command is registered once with an id, a title and its hotkeys;
 * the toolbar, the keyboard, menus and the desktop app's menu all dispatch ids
 * (shared/contract/commands.ts declares them).
 */
import type { CommandId, CommandSpec } from '../../shared/contract/commands.ts'

export interface Command<Id extends string = CommandId> extends CommandSpec {
  id: Id
  run(): void | Promise<void>
  /** When present and false, the command's hotkeys are free for other commands. */
  when?: () => boolean
}

export class CommandRegistry<Id extends string = CommandId> {
  private readonly commands = new Map<Id, Command<Id>>()

  register(command: Command<Id>): void {
    if (this.commands.has(command.id)) throw new Error(`command ${command.id} is registered twice`)
    this.commands.set(command.id, command)
  }

  get(id: Id): Command<Id> | undefined {
    return this.commands.get(id)
  }

  all(): Command<Id>[] {
    return [...this.commands.values()]
  }

  dispatch(id: Id): boolean {
    const command = this.commands.get(id)
    if (!command) return false
    void command.run()
    return true
  }

  /** The command a key event triggers, if any. */
  match(
    event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
  ): Command<Id> | undefined {
    const pressed = keyName(event)
    return this.all().find(
      (c) => (c.when?.() ?? true) && c.hotkeys.some((h) => normalize(h) === pressed),
    )
  }
}

function keyName(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): string {
  const parts: string[] = []
  if (event.ctrlKey || event.metaKey) parts.push('mod')
  if (event.altKey) parts.push('alt')
  // Shift counts on letters and named keys ("Shift+N", "Shift+Tab"); on other
  // printable keys it is already in the character ("?" is Shift+/).
  if (event.shiftKey && (event.key.length > 1 || /^\p{L}$/u.test(event.key))) parts.push('shift')
  parts.push(event.key.toLowerCase())
  return parts.join('+')
}

function normalize(hotkey: string): string {
  const parts = hotkey.toLowerCase().split('+')
  const key = parts.pop() ?? ''
  const order = ['mod', 'alt', 'shift']
  return [...order.filter((m) => parts.includes(m)), key].join('+')
}
