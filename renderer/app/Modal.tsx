import { useEffect, useLayoutEffect, useRef, type ReactNode } from 'react'
import { focusables, pushModal, topModal } from './modal.ts'

interface ModalProps {
  /** The dialog's accessible name. */
  label: string
  /** Esc and the owner's buttons call it; null while the dialog cannot close (a job running). */
  onClose: (() => void) | null
  /** Classes of the dialog box, after `modal-body`. */
  className?: string
  children: ReactNode
}

/**
 * The one modal dialog shell: it takes focus when it opens, keeps Tab inside,
 * closes on Esc, and gives focus back to where it was when it closes.
 */
export function Modal({ label, onClose, className, children }: ModalProps) {
  const box = useRef<HTMLDivElement>(null)
  const close = useRef(onClose)
  useLayoutEffect(() => {
    close.current = onClose
  })

  useEffect(() => {
    const dialog = box.current
    if (!dialog) return
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null
    const pop = pushModal(dialog)
    dialog.focus()
    // Listening on the document: a click on the backdrop must not leave the keyboard behind.
    const onKeyDown = (event: KeyboardEvent) => {
      if (topModal() !== dialog) return
      if (event.key === 'Escape') {
        event.preventDefault()
        event.stopPropagation()
        close.current?.()
      } else if (event.key === 'Tab') trapTab(dialog, event)
    }
    const onFocusIn = (event: FocusEvent) => {
      if (topModal() === dialog && event.target instanceof Node && !dialog.contains(event.target))
        dialog.focus()
    }
    document.addEventListener('keydown', onKeyDown, true)
    document.addEventListener('focusin', onFocusIn)
    return () => {
      document.removeEventListener('keydown', onKeyDown, true)
      document.removeEventListener('focusin', onFocusIn)
      pop()
      // A field re-rendered while the dialog was open is found again by its id.
      const back = before?.isConnected ? before : before?.id && document.getElementById(before.id)
      if (back) back.focus({ preventScroll: true })
    }
  }, [])

  return (
    <div className="modal">
      <div
        ref={box}
        className={className ? `modal-body ${className}` : 'modal-body'}
        role="dialog"
        aria-modal="true"
        aria-label={label}
        tabIndex={-1}
      >
        {children}
      </div>
    </div>
  )
}

/** Tab from the last control goes to the first, Shift+Tab from the first to the last. */
function trapTab(dialog: HTMLElement, event: KeyboardEvent): void {
  const items = focusables(dialog)
  const first = items[0]
  const last = items[items.length - 1]
  if (!first || !last) {
    event.preventDefault()
    return
  }
  const at = document.activeElement
  const outside = !(at instanceof Node) || !dialog.contains(at) || at === dialog
  if (event.shiftKey && (at === first || outside)) {
    event.preventDefault()
    last.focus()
  } else if (!event.shiftKey && (at === last || outside)) {
    event.preventDefault()
    first.focus()
  }
}
