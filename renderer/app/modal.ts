import { useEffect } from 'react'

let open = 0

/** Marks a modal dialog open while the calling component is mounted. */
export function useModal(): void {
  useEffect(() => {
    open++
    return () => {
      open--
    }
  }, [])
}

/** Whether a modal dialog is open (it owns the keyboard until it closes). */
export function modalOpen(): boolean {
  return open > 0
}
