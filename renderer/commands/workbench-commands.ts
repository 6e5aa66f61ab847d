import type { LabelDef } from '../../shared/model.ts'
import type { Workbench } from '../state/workbench.ts'
import { CommandRegistry } from './registry.ts'

/** The workbench's commands, with the corpus schema's labels as label.<ID>. */
export function workbenchCommands(
  workbench: Workbench,
  labels: readonly LabelDef[],
): CommandRegistry {
  const registry = new CommandRegistry()
  for (const label of labels) {
    registry.register({
      id: `label.${label.id}`,
      title: `Tag as ${label.name}`,
      hotkeys: label.hotkey ? [label.hotkey] : [],
      run: () => workbench.tag(label.id),
    })
  }
  const current = () => workbench.getSnapshot().current
  registry.register({
    id: 'span.delete',
    title: 'Delete the selected annotation',
    hotkeys: ['Delete', 'Backspace'],
    run: () => workbench.deleteSelected(),
  })
  registry.register({
    id: 'edit.undo',
    title: 'Undo',
    hotkeys: ['Mod+Z'],
    run: () => current()?.undo(),
  })
  registry.register({
    id: 'edit.redo',
    title: 'Redo',
    hotkeys: ['Mod+Shift+Z', 'Mod+Y'],
    run: () => current()?.redo(),
  })
  registry.register({
    id: 'span.deselect',
    title: 'Clear the selection',
    hotkeys: ['Escape'],
    run: () => current()?.select(null),
  })
  registry.register({
    id: 'view.snap',
    title: 'Snap selections to whole words',
    hotkeys: ['w'],
    run: () => workbench.toggleSnap(),
  })
  registry.register({
    id: 'doc.next',
    title: 'Next document',
    hotkeys: ['Alt+ArrowDown'],
    run: () => workbench.step(1),
  })
  registry.register({
    id: 'doc.previous',
    title: 'Previous document',
    hotkeys: ['Alt+ArrowUp'],
    run: () => workbench.step(-1),
  })
  registry.register({
    id: 'import.files',
    title: 'Import files…',
    hotkeys: ['Mod+O'],
    run: () => workbench.pickFilesToImport(),
  })
  registry.register({
    id: 'export.jsonl',
    title: 'Export JSONL',
    hotkeys: ['Mod+E'],
    run: () => workbench.exportJsonl(),
  })
  return registry
}
