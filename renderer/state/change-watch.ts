/**
 * Notices files changed on disk while the app is open (a git pull, a file
 * sync, a colleague's layer arriving): asks the backend for its change tokens
 * every 1.5 s while the page is visible, and calls `changed` when the team's
 * files moved, `ownChanged` when only the annotator's own file of the open
 * document did (each of their saves does, so that must stay cheap).
 */
import { call } from '../api.ts'

const EVERY_MS = 1500

export function watchCorpusChanges(
  openDocument: () => string | undefined,
  changed: () => Promise<void>,
  ownChanged: () => Promise<void>,
): () => void {
  let last: { team: string; own: string } | null = null
  let lastDoc: string | undefined
  let timer: ReturnType<typeof setTimeout> | null = null
  let stopped = false
  const poll = async () => {
    timer = null
    if (document.visibilityState === 'visible') {
      const docId = openDocument()
      try {
        const tokens = await call('corpus.changes', docId ? { docId } : {})
        const before = lastDoc === docId ? last : null
        last = tokens
        lastDoc = docId
        if (before && !stopped) {
          if (tokens.team !== before.team) await changed()
          else if (tokens.own !== before.own) await ownChanged()
        }
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
