import {
  COMMANDS,
  RELATION_TYPE_NUMBERS,
  type FixedCommandId,
} from '../../shared/contract/commands.ts'
import type { LabelDef } from '../../shared/contract/model.ts'
import type { Workbench } from '../state/workbench.ts'
import { CommandRegistry, type Command } from './registry.ts'

/** What a command does, and when its keys are its own. */
type Binding = Pick<Command, 'run' | 'when'>

/** The workbench's commands, with the corpus schema's labels as label.<ID>. */
export function workbenchCommands(
  workbench: Workbench,
  labels: readonly LabelDef[],
): CommandRegistry {
  const registry = new CommandRegistry()
  const { linking } = workbench
  for (const label of labels) {
    registry.register({
      id: `label.${label.id}`,
      title: `Tag as ${label.name}`,
      hotkeys: label.hotkey ? [label.hotkey] : [],
      run: () => workbench.editing.tag(label.id),
      when: () => !linking.choosingType,
    })
  }
  for (const n of RELATION_TYPE_NUMBERS) {
    registry.register({
      id: `relation.type.${n}`,
      title: `Choose relation type ${n}`,
      hotkeys: [String(n)],
      run: () => linking.chooseRelationType(n - 1),
      when: () => linking.choosingType,
    })
  }
  const bindings = fixedBindings(workbench)
  for (const id of Object.keys(COMMANDS) as FixedCommandId[]) {
    registry.register({ id, ...COMMANDS[id], ...bindings[id] })
  }
  return registry
}

/** Every command of shared/contract/commands.ts, bound: one missing or unknown is a compile error. */
function fixedBindings(workbench: Workbench): Record<FixedCommandId, Binding> {
  const { linking, suggestions, editing, documents } = workbench
  const view = () => workbench.getSnapshot().view
  const current = () => workbench.getSnapshot().current
  return {
    'relation.start': { run: () => linking.start(), when: () => !linking.active },
    'relation.next': { run: () => linking.cycleTarget(1), when: () => linking.active },
    'relation.previous': { run: () => linking.cycleTarget(-1), when: () => linking.active },
    'relation.choose': { run: () => linking.chooseTarget(), when: () => linking.active },
    'relation.cancel': { run: () => linking.cancel(), when: () => linking.active },
    'span.next': { run: () => editing.stepSpan(1) },
    'span.previous': { run: () => editing.stepSpan(-1) },
    'team.next': { run: () => documents.stepDisagreement(1) },
    'team.previous': { run: () => documents.stepDisagreement(-1) },
    'suggest.toggle': { run: () => suggestions.toggle() },
    'suggest.next': { run: () => suggestions.step(1) },
    'suggest.previous': { run: () => suggestions.step(-1) },
    'suggest.accept': { run: () => suggestions.accept(), when: () => suggestions.hasFocus },
    'suggest.reject': { run: () => suggestions.reject(), when: () => suggestions.hasFocus },
    'suggest.occurrences': { run: () => suggestions.reviewOccurrences() },
    'schema.edit': { run: () => workbench.schema.edit(true) },
    'search.open': { run: () => workbench.views.openSearch(true) },
    'doc.status': { run: () => editing.cycleStatus() },
    'view.claims': {
      run: () => workbench.views.show(view() === 'claims' ? 'reader' : 'claims'),
    },
    'view.text': { run: () => workbench.views.show('reader'), when: () => view() !== 'reader' },
    'span.delete': { run: () => editing.deleteSelected() },
    'edit.undo': { run: () => current()?.undo() },
    'edit.redo': { run: () => current()?.redo() },
    'span.deselect': { run: () => current()?.select(null), when: () => !linking.active },
    'view.snap': { run: () => editing.toggleSnap() },
    'doc.next': { run: () => documents.step(1) },
    'doc.previous': { run: () => documents.step(-1) },
    'import.files': { run: () => workbench.imports.pickFiles() },
    'export.jsonl': { run: () => workbench.exports.jsonl() },
  }
}
