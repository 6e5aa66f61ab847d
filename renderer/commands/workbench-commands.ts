import type { LabelDef } from '../../shared/contract/model.ts'
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
      when: () => !workbench.isChoosingRelationType,
    })
  }
  for (let i = 0; i < 9; i++) {
    registry.register({
      id: `relation.type.${i + 1}`,
      title: `Choose relation type ${i + 1}`,
      hotkeys: [String(i + 1)],
      run: () => workbench.chooseRelationType(i),
      when: () => workbench.isChoosingRelationType,
    })
  }
  registry.register({
    id: 'relation.start',
    title: 'Link the selected span to another (relation)',
    hotkeys: ['r'],
    run: () => workbench.startLinking(),
    when: () => !workbench.isLinking,
  })
  registry.register({
    id: 'relation.next',
    title: 'Next link target',
    hotkeys: ['Tab'],
    run: () => workbench.cycleLinkTarget(1),
    when: () => workbench.isLinking,
  })
  registry.register({
    id: 'relation.previous',
    title: 'Previous link target',
    hotkeys: ['Shift+Tab'],
    run: () => workbench.cycleLinkTarget(-1),
    when: () => workbench.isLinking,
  })
  registry.register({
    id: 'relation.choose',
    title: 'Link to this target',
    hotkeys: ['Enter'],
    run: () => workbench.chooseLinkTarget(),
    when: () => workbench.isLinking,
  })
  registry.register({
    id: 'relation.cancel',
    title: 'Cancel linking',
    hotkeys: ['Escape'],
    run: () => workbench.cancelLinking(),
    when: () => workbench.isLinking,
  })
  registry.register({
    id: 'span.next',
    title: 'Select the next annotation',
    hotkeys: [']'],
    run: () => workbench.stepSpan(1),
  })
  registry.register({
    id: 'span.previous',
    title: 'Select the previous annotation',
    hotkeys: ['['],
    run: () => workbench.stepSpan(-1),
  })
  registry.register({
    id: 'team.next',
    title: 'Next disagreement with the compared layer',
    hotkeys: ['d'],
    run: () => workbench.stepDisagreement(1),
  })
  registry.register({
    id: 'team.previous',
    title: 'Previous disagreement with the compared layer',
    hotkeys: ['Shift+D'],
    run: () => workbench.stepDisagreement(-1),
  })
  registry.register({
    id: 'suggest.toggle',
    title: 'Show or hide suggestions',
    hotkeys: ['g'],
    run: () => workbench.toggleSuggestions(),
  })
  registry.register({
    id: 'suggest.next',
    title: 'Next suggestion',
    hotkeys: ['n'],
    run: () => workbench.stepSuggestion(1),
  })
  registry.register({
    id: 'suggest.previous',
    title: 'Previous suggestion',
    hotkeys: ['Shift+N'],
    run: () => workbench.stepSuggestion(-1),
  })
  registry.register({
    id: 'suggest.accept',
    title: 'Accept the suggestion',
    hotkeys: ['a'],
    run: () => workbench.acceptSuggestion(),
    when: () => workbench.hasFocusedSuggestion,
  })
  registry.register({
    id: 'suggest.reject',
    title: 'Reject the suggestion',
    hotkeys: ['x'],
    run: () => workbench.rejectSuggestion(),
    when: () => workbench.hasFocusedSuggestion,
  })
  registry.register({
    id: 'suggest.occurrences',
    title: 'Review every other occurrence of the selected span',
    hotkeys: ['o'],
    run: () => workbench.annotateAllOccurrences(),
  })
  registry.register({
    id: 'schema.edit',
    title: 'Edit the schema (labels, attributes, relation types)',
    hotkeys: ['Mod+,'],
    run: () => workbench.editSchema(true),
  })
  registry.register({
    id: 'search.open',
    title: 'Search the corpus: text, labels and attributes',
    hotkeys: ['Mod+F'],
    run: () => workbench.openSearch(true),
  })
  registry.register({
    id: 'doc.status',
    title: 'Next document status (new, in progress, done, needs review)',
    hotkeys: ['s'],
    run: () => workbench.cycleStatus(),
  })
  registry.register({
    id: 'view.claims',
    title: 'Claims table',
    hotkeys: ['c'],
    run: () => workbench.showView(workbench.getSnapshot().view === 'claims' ? 'reader' : 'claims'),
  })
  registry.register({
    id: 'view.text',
    title: 'Back to the text',
    hotkeys: ['Escape'],
    run: () => workbench.showView('reader'),
    when: () => workbench.getSnapshot().view !== 'reader',
  })
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
    when: () => !workbench.isLinking,
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
