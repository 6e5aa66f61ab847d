/**
 * The workbench as a person uses it: open a document, drag the mouse over
 * words or extend a selection with Shift+arrows, press keys, click
 * highlights. Specs read as the user's story.
 */
import type { Locator, Page } from 'playwright-core'

/** A file as the user hands it over: a name and its bytes. */
export interface ImportFile {
  name: string
  bytes: Uint8Array | string
}

interface TextBox {
  x1: number
  y1: number
  x2: number
  y2: number
}

export class WorkbenchPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url)
    await this.page.locator('.reader-text').waitFor()
  }

  get reader(): Locator {
    return this.page.locator('.reader-text')
  }

  async openDocument(titleStart: string): Promise<void> {
    await this.page.locator('.doc', { hasText: titleStart }).first().click()
    await this.page.locator('.topbar .doc-name', { hasText: titleStart }).waitFor()
  }

  /** Drags the mouse from the first character of `text` to its last. */
  async selectWithMouse(text: string, occurrence = 0): Promise<void> {
    const box = await this.textBox(text, occurrence)
    await this.page.mouse.move(box.x1, box.y1)
    await this.page.mouse.down()
    await this.page.mouse.move(box.x2, box.y2, { steps: 6 })
    await this.page.mouse.up()
  }

  /** Clicks just before `text`, then extends the selection with Shift+ArrowRight. */
  /**
   * Puts the caret before `text` with a click and extends the selection over
   * it with Shift+→; checks that the page selected exactly that text, as a
   * user looks before pressing a label key (and clicks again if it did not,
   * e.g. when the click landed while highlights were still being drawn).
   */
  async selectWithKeyboard(text: string, occurrence = 0): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const box = await this.textBox(text, occurrence)
      await this.page.mouse.click(box.x1 - 0.5, box.y1)
      for (let i = 0; i < [...text].length; i++) await this.page.keyboard.press('Shift+ArrowRight')
      const selected = await this.selection()
      if (selected === text) return
      if (attempt === 2)
        throw new Error(`selecting “${text}” with the keyboard selected “${selected}”`)
    }
  }

  async selection(): Promise<string> {
    return this.page.evaluate(() => window.getSelection()?.toString() ?? '')
  }

  async press(key: string): Promise<void> {
    await this.page.keyboard.press(key)
  }

  /** Clicks in the middle of the highlighted `text`. */
  async clickHighlight(text: string, occurrence = 0): Promise<void> {
    const box = await this.textBox(text, occurrence)
    await this.page.mouse.click((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2)
  }

  /** Points at the first character of `text`, as a user reaching for a highlight's hover text. */
  async pointAt(text: string, occurrence = 0): Promise<void> {
    const box = await this.textBox(text, occurrence)
    await this.page.mouse.move(box.x1 + 1, box.y1)
  }

  /** The annotation panel's rows as "LABEL text". */
  async annotations(): Promise<string[]> {
    const rows = this.page.locator('.span-row')
    const out: string[] = []
    for (const row of await rows.all()) {
      out.push(
        `${await row.locator('.chip').innerText()} ${await row.locator('.span-text').innerText()}`,
      )
    }
    return out
  }

  /** Waits until the panel lists exactly `expected` (order as in the text). */
  async expectAnnotations(expected: string[]): Promise<void> {
    await this.page
      .waitForFunction(
        (want) =>
          JSON.stringify(
            [...document.querySelectorAll('.span-row')].map(
              (r) =>
                `${r.querySelector('.chip')?.textContent ?? ''} ${r.querySelector('.span-text')?.textContent ?? ''}`,
            ),
          ) === JSON.stringify(want),
        expected,
        { timeout: 5000 },
      )
      .catch(async () => {
        throw new Error(
          `annotation panel shows ${JSON.stringify(await this.annotations())}, expected ${JSON.stringify(expected)}`,
        )
      })
  }

  /** Labels of the highlights painted over exactly `text` in the reader (outermost first). */
  async highlightLabelsAt(text: string, occurrence = 0): Promise<string[]> {
    return this.page.evaluate(
      ({ text, occurrence }) => {
        const root = document.querySelector('.reader-text')
        const full = root?.textContent ?? ''
        let at = -1
        for (let i = 0; i <= occurrence; i++) at = full.indexOf(text, at + 1)
        if (at < 0) return []
        const walker = document.createTreeWalker(root as Node, NodeFilter.SHOW_TEXT)
        let seen = 0
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const len = (n as Text).data.length
          if (seen + len > at) {
            const el = n.parentElement?.closest('[data-spans]')
            const ids = el?.getAttribute('data-spans')?.split(' ') ?? []
            return ids.map(
              (id) =>
                document.querySelector(`.span-row[data-span="${id}"] .chip`)?.textContent ??
                `?${id}`,
            )
          }
          seen += len
        }
        return []
      },
      { text, occurrence },
    )
  }

  /** The text of the selected row in the annotation panel. */
  async selectedAnnotation(): Promise<string> {
    const row = this.page.locator('.span-row.selected')
    return (await row.count())
      ? `${await row.locator('.chip').innerText()} ${await row.locator('.span-text').innerText()}`
      : ''
  }

  /** Presses `key` until the selected annotation is `expected` ("LABEL text"). */
  async pressUntilSelected(key: string, expected: string, limit = 40): Promise<void> {
    for (let i = 0; i < limit; i++) {
      if ((await this.selectedAnnotation()) === expected) return
      await this.press(key)
    }
    throw new Error(
      `pressing ${key} never selected ${expected}; selected: ${await this.selectedAnnotation()}`,
    )
  }

  /**
   * Links the selected span to the span quoting `target` with the keyboard:
   * r, Tab until the notice names the target, Enter, then the type's number when asked.
   */
  async linkTo(target: string, typeName?: string): Promise<void> {
    await this.press('r')
    const notice = this.page.locator('.notice')
    for (let i = 0; i < 40 && !(await notice.innerText()).includes(`to “${target}”`); i++)
      await this.press('Tab')
    if (!(await notice.innerText()).includes(`to “${target}”`))
      throw new Error(`no link target “${target}”`)
    await this.press('Enter')
    const chooser = this.page.getByRole('dialog', { name: 'Relation type' })
    if (typeName) {
      const options = await chooser.locator('li').allInnerTexts()
      const index = options.findIndex((o) => o.trim().endsWith(typeName))
      if (index < 0) throw new Error(`relation type ${typeName} not offered: ${options.join(', ')}`)
      await this.press(String(index + 1))
    }
    await chooser.waitFor({ state: 'detached' })
  }

  /** Drops files onto the window, as from a file manager. */
  async dropFiles(files: readonly ImportFile[]): Promise<void> {
    const drop = await this.page.evaluateHandle(
      (list) => {
        const data = new DataTransfer()
        for (const f of list) {
          const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))
          data.items.add(new File([bytes], f.name))
        }
        return data
      },
      files.map((f) => ({ name: f.name, base64: Buffer.from(f.bytes).toString('base64') })),
    )
    await this.page.dispatchEvent('.workspace', 'drop', { dataTransfer: drop })
  }

  /** Picks files in the hidden file input, as the Import… button's dialog would. */
  async pickFiles(files: readonly ImportFile[]): Promise<void> {
    await this.page.getByLabel('Files to import').setInputFiles(
      files.map((f) => ({
        name: f.name,
        mimeType: 'application/octet-stream',
        buffer: Buffer.from(f.bytes),
      })),
    )
  }

  get importPreview(): Locator {
    return this.page.getByRole('dialog', { name: 'Import preview' })
  }

  get importResults(): Locator {
    return this.page.getByRole('dialog', { name: 'Import results' })
  }

  /** The preview's one-line summary, once the preview is current for the choices made. */
  async importPreviewSummary(): Promise<string> {
    const settled = this.importPreview.locator('.preview-summary', {
      hasNotText: /Updating|Reading/,
    })
    await settled.waitFor({ timeout: 10_000 })
    return settled.innerText()
  }

  /** Clicks Import once the preview is current, and waits for the results. */
  async importFromPreview(): Promise<Locator> {
    await this.importPreview.getByRole('button', { name: 'Import', exact: true }).click()
    await this.importResults.waitFor({ timeout: 30_000 })
    return this.importResults
  }

  /** Picks (or drops) files, imports them as previewed, and closes the results. */
  async importFiles(files: readonly ImportFile[], how: 'pick' | 'drop' = 'pick'): Promise<string> {
    await (how === 'pick' ? this.pickFiles(files) : this.dropFiles(files))
    const results = await this.importFromPreview()
    const summary = await results.locator('p').first().innerText()
    await results.getByRole('button', { name: 'Close' }).click()
    return summary
  }

  async waitSaved(): Promise<void> {
    await this.page.locator('.save-state[data-state="saved"]').waitFor({ timeout: 10_000 })
  }

  async documentText(): Promise<string> {
    return this.reader.evaluate((el) =>
      [...el.querySelectorAll('p')]
        .map((p) => (p.textContent ?? '').replace(/\uFEFF/g, ''))
        .join('\n'),
    )
  }

  private async textBox(text: string, occurrence: number): Promise<TextBox> {
    const box = await this.page.evaluate(
      ({ text, occurrence }) => {
        const root = document.querySelector('.reader-text')
        if (!root) return null
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
        const nodes: Text[] = []
        let full = ''
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          nodes.push(n as Text)
          full += (n as Text).data
        }
        let at = -1
        for (let i = 0; i <= occurrence; i++) at = full.indexOf(text, at + 1)
        if (at < 0) return null
        const locate = (offset: number): [Text, number] => {
          let seen = 0
          for (const n of nodes) {
            if (offset < seen + n.data.length) return [n, offset - seen]
            seen += n.data.length
          }
          const last = nodes[nodes.length - 1] as Text
          return [last, last.data.length]
        }
        const [startNode, startOffset] = locate(at)
        const [endNode, endOffset] = locate(at + text.length - 1)
        const first = document.createRange()
        first.setStart(startNode, startOffset)
        first.setEnd(startNode, startOffset + 1)
        first.startContainer.parentElement?.scrollIntoView({ block: 'center' })
        const a = first.getBoundingClientRect()
        const lastChar = document.createRange()
        lastChar.setStart(endNode, endOffset)
        lastChar.setEnd(endNode, endOffset + 1)
        const b = lastChar.getBoundingClientRect()
        return {
          x1: a.left + 1,
          y1: a.top + a.height / 2,
          x2: b.right - 1,
          y2: b.top + b.height / 2,
        }
      },
      { text, occurrence },
    )
    if (!box) throw new Error(`"${text}" is not in the document`)
    return box
  }
}
