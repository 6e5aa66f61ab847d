import { cleanup } from '../../../electron/test-support.ts'
import { launchBrowser, type Browser } from './browser.ts'
import { serveCorpus, type Workspace } from './fixture.ts'
import { WorkbenchPage } from './workbench-page.ts'

export interface Session {
  ws: Workspace
  browser: Browser
  ui: WorkbenchPage
  /** Closes the browser, stops the server and removes the temp folders. */
  close(): Promise<void>
}

/** A temp corpus with `files`, served by `spanbench web`, open in a fresh Chromium. */
export async function openSession(files: Record<string, string>): Promise<Session> {
  const ws = await serveCorpus(files)
  const browser = await launchBrowser()
  const ui = new WorkbenchPage(browser.page)
  await ui.open(ws.url)
  return {
    ws,
    browser,
    ui,
    close: async () => {
      await browser.close()
      await cleanup()
    },
  }
}
