/**
 * Notices files changed on disk while the app is open (a git pull, a file
 * sync, a colleague's layer arriving): asks the backend for a change token
 * every 1.5 s while the page is visible, and calls `changed` when it moves.
 */
import { call } from '../api.ts'

const EVERY_MS = 1500

export function watchCorpusChanges(
  openDocument: () => string | undefined,
  changed: () => Promise<void>,
): () => void {
  let last: string | null = null
  let lastDoc: string | undefined
  let timer: ReturnType<typeof setTimeout> | null = null
  let stopped = false
  const poll = async () => {
    timer = null
    if (document.visibilityState === 'visible') {
      const docId = openDocument()
      try {
        const { token } = await call('corpus.changes', docId ? { docId } : {})
        const moved = last !== null && lastDoc === docId && token !== last
        last = token
        lastDoc = docId
        if (moved && !stopped) await changed()
      } catch {
        // The backend is restarting or gone: the next poll tries again.
      }
    }
    if (!stopped) timer = setTimeout(() => void poll(), EVERY_MS)
  }
  timer = setTimeout(() => void poll(), EVERY_MS)
  return () => {
    stopped = true
    if (timer) clearTimeout(timer)
  }
}
