import { useEffect } from 'react'
import type { CommandRegistry } from '../commands/registry.ts'
import { modalOpen } from './modal.ts'

/** Keys a focused control answers itself: moving within it, pressing it. */
const CONTROL_KEYS = new Set([
  'Enter',
  ' ',
  'Tab',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
])
const TEXT_INPUT = /^(text|search|url|email|tel|password|number|date|time|datetime-local)$/
/** Chords a text field answers itself: undo, redo, select all, copy, paste, cut. */
const TEXT_CHORDS = new Set(['z', 'y', 'a', 'c', 'v', 'x'])

/** How a key pressed in `target` may reach the commands. */
export function hotkeyScope(target: EventTarget | null, event: KeyboardEvent): 'all' | 'none' {
  if (event.key === 'Escape') return 'all'
  if (!(target instanceof HTMLElement) || target.closest('.reader-text')) return 'all'
  const typing =
    target instanceof HTMLTextAreaElement ||
    (target instanceof HTMLInputElement && TEXT_INPUT.test(target.type)) ||
    target.isContentEditable
  const chord = event.ctrlKey || event.metaKey || (event.altKey && !typing)
  if (typing) return chord && !TEXT_CHORDS.has(event.key.toLowerCase()) ? 'all' : 'none'
  const control = target.closest('input, select, button, summary, [role="dialog"], tr[tabindex]')
  if (control && CONTROL_KEYS.has(event.key) && !chord) return 'none'
  return 'all'
}

/** The document text, focused again where keyboard work on the text continues. */
export function focusText(): void {
  document.querySelector<HTMLElement>('.reader-text')?.focus({ preventScroll: true })
}

/**
 * Dispatches hotkeys to commands. In a text field only chords (Ctrl/⌘+…)
 * reach them; other controls keep the keys that work them. Esc in a control
 * of the side panels returns to the text.
 */
export function useHotkeys(registry: CommandRegistry): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A modal dialog owns the keyboard until it closes.
      if (modalOpen()) return
      const target = event.target
      const inControl =
        target instanceof HTMLElement && target !== document.body && !target.closest('.reader-text')
      const command = registry.match(event)
      // Esc in a control goes back to the text (cancelling a link, leaving the
      // claims table), but keeps the span selected: its details may be in edit.
      if (event.key === 'Escape' && inControl) {
        event.preventDefault()
        if (command && command.id !== 'span.deselect') registry.dispatch(command.id)
        if (command?.id !== 'view.text') focusText()
        return
      }
      if (!command || hotkeyScope(target, event) === 'none') return
      event.preventDefault()
      registry.dispatch(command.id)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [registry])
}
