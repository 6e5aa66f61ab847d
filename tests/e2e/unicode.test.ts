import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { runCli, runProgram } from '../support/backend.ts'
import { ANNOTATOR, savedSpans, type Workspace } from './support/fixture.ts'
import { openSession, type Session } from './support/session.ts'
import type { WorkbenchPage } from './support/workbench-page.ts'

const TEXT = [
  'Report 🇹🇷 👩‍👩‍👧 update',
  'قُتل ٣٣ جندياً تركياً في إدلب according to the ministry.',
  'Cafe\u0301 owners in Saraqib 😀 said 12 people died.',
].join('\r\n')

describe('spans over emoji, Arabic and combining characters keep code point offsets', () => {
  let ws: Workspace
  let ui: WorkbenchPage
  let session: Session

  beforeAll(async () => {
    session = await openSession({ 'mixed.txt': TEXT })
    ;({ ws, ui } = session)
  })
  afterAll(() => session.close())

  it('tags words after astral characters, in Arabic, and after a composed accent', async () => {
    await ui.selectWithMouse('update')
    await ui.press('4')
    await ui.selectWithMouse('إدلب')
    await ui.press('2')
    await ui.selectWithMouse('Saraqib')
    await ui.press('2')
    await ui.press('w')
    await ui.selectWithMouse('😀')
    await ui.press('1')
    await ui.selectWithMouse('12 people')
    await ui.press('3')
    await ui.waitSaved()
    const saved = await savedSpans(ws.dir, ws.docIds[0] ?? '')
    expect(saved).toEqual([
      'ATTRIBUTION update 16-22',
      'PLACE إدلب 48-52',
      'PLACE Saraqib 95-102',
      'ACTOR 😀 103-104',
      'CASUALTY_FIGURE 12 people 110-119',
    ])
  })

  it('the export slices right in Python, and the stored text is NFC with LF line ends', async () => {
    const out = await runCli(
      ['export', '--corpus', ws.dir, '--format', 'jsonl', '--annotator', ANNOTATOR],
      ws.home,
    )
    const check = await runProgram(
      'python3',
      [
        '-c',
        `import json, sys, unicodedata
doc = json.loads(sys.stdin.readline())
assert "\\r" not in doc["text"] and unicodedata.is_normalized("NFC", doc["text"])
for s in doc["spans"]:
    assert doc["text"][s["start"]:s["end"]] == s["text"], s
print(len(doc["spans"]), "ok")`,
      ],
      out.stdout,
    )
    expect(check.stderr).toBe('')
    expect(check.stdout.trim()).toBe('5 ok')
  })
})
