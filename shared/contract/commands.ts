/**
 * Every command of the page, by id: its title and keys. The page binds each
 * id to what it does (renderer/commands/workbench-commands.ts); the toolbar,
 * the keys and the desktop app's menu dispatch these ids, so a wrong id is a
 * compile error on either side of the bridge.
 */
import { DocumentStatusSchema, STATUS_TEXT } from './model.ts'

/** What a command is called and which keys run it. */
export interface CommandSpec {
  title: string
  /** Keys like "1", "Delete", "Mod+Z", "Mod+Shift+Z", "Alt+ArrowDown"; Mod is Ctrl or Cmd. */
  hotkeys: readonly string[]
}

/**
 * The commands every corpus has, in the order their keys are tried: where two
 * share a key (Escape), the first whose condition holds runs.
 */
export const COMMANDS = {
  'relation.start': { title: 'Link the selected span to another (relation)', hotkeys: ['r'] },
  'relation.next': { title: 'Next link target', hotkeys: ['Tab'] },
  'relation.previous': { title: 'Previous link target', hotkeys: ['Shift+Tab'] },
  'relation.choose': { title: 'Link to this target', hotkeys: ['Enter'] },
  'relation.cancel': { title: 'Cancel linking', hotkeys: ['Escape'] },
  'span.next': { title: 'Select the next annotation', hotkeys: [']'] },
  'span.previous': { title: 'Select the previous annotation', hotkeys: ['['] },
  'team.next': { title: 'Next disagreement with the compared layer', hotkeys: ['d'] },
  'team.previous': { title: 'Previous disagreement with the compared layer', hotkeys: ['Shift+D'] },
  'suggest.toggle': { title: 'Show or hide suggestions', hotkeys: ['g'] },
  'suggest.next': { title: 'Next suggestion', hotkeys: ['n'] },
  'suggest.previous': { title: 'Previous suggestion', hotkeys: ['Shift+N'] },
  'suggest.accept': { title: 'Accept the suggestion', hotkeys: ['a'] },
  'suggest.reject': { title: 'Reject the suggestion', hotkeys: ['x'] },
  'suggest.occurrences': {
    title: 'Review every other occurrence of the selected span',
    hotkeys: ['o'],
  },
  'schema.edit': {
    title: 'Edit the schema (labels, attributes, relation types)',
    hotkeys: ['Mod+,'],
  },
  'search.open': { title: 'Search the corpus: text, labels and attributes', hotkeys: ['Mod+F'] },
  'doc.status': {
    title: `Next document status (${DocumentStatusSchema.options
      .filter((s) => s !== 'curated')
      .map((s) => STATUS_TEXT[s])
      .join(', ')})`,
    hotkeys: ['s'],
  },
  'view.claims': { title: 'Claims table', hotkeys: ['c'] },
  'view.text': { title: 'Back to the text', hotkeys: ['Escape'] },
  'span.delete': { title: 'Delete the selected annotation', hotkeys: ['Delete', 'Backspace'] },
  'edit.undo': { title: 'Undo', hotkeys: ['Mod+Z'] },
  'edit.redo': { title: 'Redo', hotkeys: ['Mod+Shift+Z', 'Mod+Y'] },
  'span.deselect': { title: 'Clear the selection', hotkeys: ['Escape'] },
  'view.snap': { title: 'Snap selections to whole words', hotkeys: ['w'] },
  'doc.next': { title: 'Next document', hotkeys: ['Alt+ArrowDown'] },
  'doc.previous': { title: 'Previous document', hotkeys: ['Alt+ArrowUp'] },
  'import.files': { title: 'Import files…', hotkeys: ['Mod+O'] },
  'export.jsonl': { title: 'Export JSONL', hotkeys: ['Mod+E'] },
} as const satisfies Record<string, CommandSpec>

/** The id of a command every corpus has. */
export type FixedCommandId = keyof typeof COMMANDS

/** Tags the selection with the schema's label of that id. */
export type LabelCommandId = `label.${string}`

/** The numbers that choose among the relation types offered for a link. */
export const RELATION_TYPE_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const

/** Chooses the relation type of that number while linking. */
export type RelationTypeCommandId = `relation.type.${(typeof RELATION_TYPE_NUMBERS)[number]}`

export type CommandId = FixedCommandId | LabelCommandId | RelationTypeCommandId

/** Whether a string from outside (the menu over IPC) names a command. */
export function isCommandId(id: string): id is CommandId {
  return (
    Object.hasOwn(COMMANDS, id) || id.startsWith('label.') || /^relation\.type\.[1-9]$/.test(id)
  )
}
