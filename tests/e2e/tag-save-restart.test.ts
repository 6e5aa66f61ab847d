import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli, runProgram } from '../support/backend.ts'
import type { Browser } from './support/browser.ts'
import { ANNOTATOR, sampleFiles, savedSpans, type Workspace } from './support/fixture.ts'
import { openSession, type Session } from './support/session.ts'
import type { WorkbenchPage } from './support/workbench-page.ts'

describe('a researcher tags a span, restarts, and exports it', () => {
  let ws: Workspace
  let browser: Browser
  let ui: WorkbenchPage
  let session: Session

  beforeAll(async () => {
    session = await openSession(await sampleFiles())
    ;({ ws, browser, ui } = session)
  })
  afterAll(() => session.close())

  it('shows the five sample articles, the first one open', async () => {
    await expect(browser.page.locator('.doc').count()).resolves.toBe(5)
    await expect(browser.page.locator('.topbar .doc-name').innerText()).resolves.toContain(
      'Turkish Army Suffers',
    )
  })

  it('selecting "Turkish Army" with the mouse and pressing 1 highlights it as ACTOR and saves it', async () => {
    await ui.selectWithMouse('Turkish Army')
    await expect(ui.selection()).resolves.toBe('Turkish Army')
    await ui.press('1')
    await ui.expectAnnotations(['ACTOR Turkish Army'])
    await expect(ui.highlightLabelsAt('Turkish Army')).resolves.toEqual(['ACTOR'])
    await ui.waitSaved()
    await expect(savedSpans(ws.dir, ws.docIds[0] ?? '')).resolves.toEqual([
      'ACTOR Turkish Army 7-19',
    ])
    await expect(browser.page.locator('.doc.current .doc-count').innerText()).resolves.toBe(
      '1 annotation',
    )
  })

  it('after a restart of the server the highlight is still there', async () => {
    await ws.restart()
    await ui.open(ws.url)
    await ui.expectAnnotations(['ACTOR Turkish Army'])
    await expect(ui.highlightLabelsAt('Turkish Army')).resolves.toEqual(['ACTOR'])
  })

  it('spanbench export lists it with offsets Python slices correctly', async () => {
    const out = await runCli(
      ['export', '--corpus', ws.dir, '--format', 'jsonl', '--annotator', ANNOTATOR],
      ws.home,
    )
    expect(out.code).toBe(0)
    const check = await runProgram('python3', ['-c', PY_CHECK], out.stdout)
    expect(check.stderr).toBe('')
    expect(check.stdout.trim()).toBe('ACTOR Turkish Army 7 19')
  })
})

/** Reads JSONL on stdin like a Python consumer and slices every span. */
const PY_CHECK = `
import json, sys
for line in sys.stdin:
    doc = json.loads(line)
    assert doc["offset_unit"] == "codepoint"
    for s in doc["spans"]:
        assert doc["text"][s["start"]:s["end"]] == s["text"], s
        print(s["label"], s["text"], s["start"], s["end"])
`
