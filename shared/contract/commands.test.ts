import { describe, expect, it } from 'vitest'
import { COMMANDS, isCommandId, type CommandId } from './commands.ts'

describe('command ids', () => {
  it('names the fixed commands, label commands and the nine relation types', () => {
    for (const id of ['edit.undo', 'import.files', 'label.PER', 'relation.type.9'])
      expect(isCommandId(id), id).toBe(true)
  })

  it('refuses anything else, as a menu message from outside might hold', () => {
    for (const id of ['edit.undoo', 'relation.type.0', 'relation.type.10', '', 'toString'])
      expect(isCommandId(id), id).toBe(false)
  })

  it('are a type the compiler checks', () => {
    const known: CommandId[] = ['edit.redo', 'label.LOC', 'relation.type.1']
    // @ts-expect-error: no command has this id
    const unknown: CommandId = 'edit.undoo'
    // @ts-expect-error: relation types are numbered 1 to 9
    const tenth: CommandId = 'relation.type.10'
    expect([...known, unknown, tenth].filter((id) => id in COMMANDS)).toEqual(['edit.redo'])
  })
})
