import { useEffect } from 'react'
import { bridge } from '../api.ts'
import type { Workbench } from '../state/workbench.ts'

/**
 * No edit is lost by closing: the desktop app asks the page to save before the
 * window closes; a browser tab sends pending edits with keepalive on pagehide.
 */
export function useSaveOnClose(workbench: Workbench): void {
  useEffect(() => {
    const current = () => workbench.getSnapshot().current
    bridge?.onFlushRequest(async () => {
      await current()?.flush()
    })
    const onHide = () => {
      void current()?.flush({ keepalive: true })
    }
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!current()?.hasUnsaved) return
      void current()?.flush({ keepalive: true })
      event.preventDefault()
    }
    window.addEventListener('pagehide', onHide)
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => {
      window.removeEventListener('pagehide', onHide)
      window.removeEventListener('beforeunload', onBeforeUnload)
    }
  }, [workbench])
}
