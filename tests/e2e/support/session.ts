import { afterAll, beforeAll } from 'vitest'
import { cleanup } from '../../support/backend.ts'
import { launchBrowser, type Browser } from './browser.ts'
import { sampleFiles, serveCorpus, type Workspace } from './fixture.ts'
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

/**
 * For a describe block: the sample corpus served and open before its tests,
 * closed after them. Read `.ui` and `.session` inside the tests.
 */
export function withSampleSession(): { readonly ui: WorkbenchPage; readonly session: Session } {
  let session: Session | null = null
  beforeAll(async () => {
    session = await openSession(await sampleFiles())
  })
  afterAll(() => session?.close())
  const open = () => {
    if (!session) throw new Error('the sample session is not open yet')
    return session
  }
  return {
    get ui() {
      return open().ui
    },
    get session() {
      return open()
    },
  }
}
