/**
 * The desktop window's security settings and the app's own origin, kept free
 * of a runtime 'electron' import so tests can check them without Electron.
 */
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron'

/** The page is served from this privileged scheme, never from file:// or a server. */
export const APP_SCHEME = 'spanbench'
export const APP_HOST = 'app'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/** The page gets no Node, no remote content and nothing beyond the preload's bridge. */
export function webPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
  }
}

export function windowOptions(preload: string): BrowserWindowConstructorOptions {
  return {
    title: 'Spanbench',
    width: 1280,
    height: 820,
    minWidth: 720,
    minHeight: 480,
    // Shown on 'ready-to-show', so the user never sees an empty white frame.
    show: false,
    webPreferences: webPreferences(preload),
  }
}

/** True only for URLs of the app itself: its scheme and host, no credentials or port. */
export function isAppUrl(url: string): boolean {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return false
  }
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  )
}

/** Where the window may navigate: within the app only (links elsewhere do nothing). */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url)
}

/**
 * Whether an IPC message comes from the app's own top frame. Compared as an
 * exact string: Chromium reports a standard scheme's origin as scheme://host.
 */
export function isAppFrame(frame: { origin: string; isTop: boolean } | null): boolean {
  return frame !== null && frame.isTop && frame.origin === APP_ORIGIN
}
