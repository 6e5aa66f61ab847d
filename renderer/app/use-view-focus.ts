import { useEffect, useRef } from 'react'
import type { WorkbenchView } from '../state/workbench-state.ts'
import { focusText } from './use-hotkeys.ts'

/** When the view changes, the keyboard goes with it: to the claims table or the agreement view, or back to the text. */
export function useViewFocus(view: WorkbenchView): void {
  const shown = useRef(view)
  useEffect(() => {
    if (shown.current === view) return
    shown.current = view
    if (view === 'claims') document.querySelector<HTMLElement>('.claims')?.focus()
    else if (view === 'agreement' || view === 'dashboard')
      document.querySelector<HTMLElement>(`.${view}`)?.focus()
    else if (view === 'map') document.querySelector<HTMLElement>('.map-view')?.focus()
    else focusText()
  }, [view])
}
