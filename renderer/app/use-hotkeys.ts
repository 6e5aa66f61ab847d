import { useEffect } from 'react'
import type { CommandRegistry } from '../commands/registry.ts'
import { modalOpen } from './modal.ts'

/** Dispatches hotkeys to commands, except while the user types in a form field. */
export function useHotkeys(registry: CommandRegistry): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      // A modal dialog owns the keyboard until it closes.
      if (modalOpen()) return
      const target = event.target
      if (
        target instanceof HTMLElement &&
        target.closest('input, textarea, select, [role="dialog"] button')
      )
        return
      const command = registry.match(event)
      if (!command) return
      event.preventDefault()
      registry.dispatch(command.id)
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [registry])
}
