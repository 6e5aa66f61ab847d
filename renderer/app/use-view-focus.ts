import { useEffect, useRef } from 'react'
import { focusText } from './use-hotkeys.ts'

/** When the view changes, the keyboard goes with it: to the claims table, or back to the text. */
export function useViewFocus(view: 'reader' | 'claims'): void {
  const shown = useRef(view)
  useEffect(() => {
    if (shown.current === view) return
    shown.current = view
    if (view === 'claims') document.querySelector<HTMLElement>('.claims')?.focus()
    else focusText()
  }, [view])
}
