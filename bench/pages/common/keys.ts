/** The baseline pages' keys, the same as the app's: 1–4 tag or relabel, Delete, Ctrl+Z. */
import { HOTKEYS } from './document.ts'

export interface Commands {
  tag(label: string): void
  remove(): void
  undo(): void
}

export function bindKeys(commands: Commands): void {
  window.addEventListener('keydown', (event) => {
    const label = HOTKEYS.get(event.key)
    if (label && !event.ctrlKey && !event.metaKey) commands.tag(label)
    else if (event.key === 'Delete' || event.key === 'Backspace') commands.remove()
    else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') commands.undo()
    else return
    event.preventDefault()
  })
}

/** Calls `open` when the page's Open button is clicked. */
export function onOpen(open: () => Promise<void>): void {
  const button = document.querySelector<HTMLButtonElement>('#open')
  button?.addEventListener('click', () => {
    button.disabled = true
    void open()
  })
}
