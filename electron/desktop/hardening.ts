/**
 * What any web contents and the session may not do. The app has one page that
 * needs no permissions, no popups and no navigation, so all of it is refused
 * rather than judged case by case. Electron objects are passed in (types only).
 */
import type { Session, WebContents } from 'electron'
import { isAllowedNavigation } from './window-options.ts'

/** Applied to every web contents as it is created, devtools and guests included. */
export function hardenWebContents(contents: WebContents): void {
  const refuseForeign = (event: { url: string; preventDefault(): void }): void => {
    if (!isAllowedNavigation(event.url)) event.preventDefault()
  }
  contents.on('will-navigate', refuseForeign)
  contents.on('will-frame-navigate', refuseForeign)
  contents.on('will-redirect', refuseForeign)
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
}
