/** The three pages measured side by side, and how each is driven. */
import type { Page } from 'playwright-core'
import type { LongFixture } from './long-fixture.ts'

export type SubjectId = 'ours' | 'plainDom' | 'textAnnotator'

export interface Subject {
  id: SubjectId
  title: string
  /** Loads the page; resolves when the long document can be opened. */
  load(page: Page): Promise<void>
  /** What a click on opens the long document. */
  opener: string
  /** A painted highlight of the long document. */
  highlight: string
  /** The long document's paragraphs, once in the page. */
  paragraphs: string
  /** Where highlights are drawn apart from the paragraphs, if anywhere. */
  highlightLayer: string | null
  /** Waits after an edit until the page is idle again (ours: saved). */
  settle(page: Page): Promise<void>
}

/** `ourUrl` serves the app afresh for each session and resolves to its address. */
export function subjects(
  ourUrl: () => Promise<string>,
  pagesOrigin: string,
  fixture: LongFixture,
): Subject[] {
  const idle = (page: Page) => page.waitForTimeout(400)
  return [
    {
      id: 'ours',
      title: 'Spanbench',
      load: async (page) => {
        await page.goto(await ourUrl())
        await page.locator(`.reader[data-doc="${fixture.shortId}"]`).waitFor()
      },
      opener: `.doc[data-doc="${fixture.longId}"]`,
      highlight: `.reader[data-doc="${fixture.longId}"] .hl`,
      paragraphs: `.reader[data-doc="${fixture.longId}"] [data-slate-node="element"]`,
      highlightLayer: null,
      settle: async (page) => {
        await page.locator('.save-state[data-state="saved"]').waitFor({ timeout: 30_000 })
        await idle(page)
      },
    },
    {
      id: 'plainDom',
      title: 'plain DOM',
      load: (page) => page.goto(`${pagesOrigin}/plain-dom.html`).then(() => undefined),
      opener: '#open',
      highlight: '.reader-text mark.hl',
      paragraphs: '.reader-text p[data-start]',
      highlightLayer: null,
      settle: idle,
    },
    {
      id: 'textAnnotator',
      title: 'text-annotator',
      load: (page) => page.goto(`${pagesOrigin}/text-annotator.html`).then(() => undefined),
      opener: '#open',
      highlight: '.r6o-span-highlight-layer .r6o-annotation',
      paragraphs: '.reader-text p[data-start]',
      highlightLayer: '.r6o-span-highlight-layer',
      settle: idle,
    },
  ]
}
