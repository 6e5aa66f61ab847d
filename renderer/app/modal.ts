/** The open modal dialogs, innermost last: the innermost owns the keyboard. */
const stack: HTMLElement[] = []

/** Registers an open dialog; returns its removal. */
export function pushModal(dialog: HTMLElement): () => void {
  stack.push(dialog)
  return () => {
    const at = stack.lastIndexOf(dialog)
    if (at >= 0) stack.splice(at, 1)
  }
}

/** The innermost open dialog, if any. */
export function topModal(): HTMLElement | undefined {
  return stack[stack.length - 1]
}

/** Whether a modal dialog is open (it owns the keyboard until it closes). */
export function modalOpen(): boolean {
  return stack.length > 0
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/** The elements Tab visits inside `root`, in order. */
export function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => !el.closest('fieldset:disabled') && el.getClientRects().length > 0,
  )
}
