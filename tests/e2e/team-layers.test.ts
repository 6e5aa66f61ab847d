import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeLayer } from './support/fixture.ts'
import { AnnotationSetSchema } from '../../shared/contract/model.ts'
import { openSession, type Session } from './support/session.ts'

const TEXT =
  'At least 33 Turkish soldiers were killed in an air strike in Idlib, the Turkish Defense Ministry said.'

describe('layers: another annotator read-only, a comparison by kind, and curation', () => {
  let session: Session
  const docId = () => session.ws.docIds[0] ?? ''

  beforeAll(async () => {
    session = await openSession({ 'idlib.txt': TEXT })
    const { ws } = session
    // Planted: Idlib agreed; "Turkish soldiers" ACTOR vs PLACE (label); the ministry's
    // extent differs (boundary); only alice has "air strike".
    await writeLayer(ws, 'alice', TEXT, [
      ['Idlib', 'PLACE'],
      ['Turkish soldiers', 'ACTOR'],
      ['the Turkish Defense Ministry', 'ATTRIBUTION'],
      ['air strike', 'ACTOR'],
    ])
    await writeLayer(ws, 'bob', TEXT, [
      ['Idlib', 'PLACE'],
      ['Turkish soldiers', 'PLACE'],
      ['Turkish Defense Ministry', 'ATTRIBUTION'],
    ])
  })
  afterAll(() => session.close())

  it("shows alice's layer read-only, and marks each kind of disagreement with bob's", async () => {
    const { ui, ws } = session
    await ui.open(ws.url)
    const layers = ui.page.getByRole('region', { name: 'Layers' })
    await expect(
      layers.getByLabel('Layer shown').locator('option').allInnerTexts(),
    ).resolves.toEqual([
      'tester (mine) · nothing yet',
      'alice · 4 spans',
      'bob · 3 spans',
      'curation · nothing yet',
    ])
    // The document list says who codes the document, and how far each is.
    await expect(ui.page.locator('.doc .doc-coders').innerText()).resolves.toMatch(
      /^alice: [a-z ]+ · bob: [a-z ]+$/,
    )
    await layers.getByLabel('Layer shown').selectOption('alice')
    await ui.expectAnnotations([
      'ACTOR Turkish soldiers',
      'ACTOR air strike',
      'PLACE Idlib',
      'ATTRIBUTION the Turkish Defense Ministry',
    ])
    await ui.selectWithMouse('killed')
    await ui.press('1')
    await expect(ui.annotations()).resolves.toHaveLength(4)
    await layers.getByLabel('Compare with').selectOption('bob')
    const kinds = layers.locator('.disagreements li')
    await expect
      .poll(() => kinds.evaluateAll((li) => li.map((l) => l.getAttribute('data-kind'))))
      .toEqual(['label', 'only_a', 'boundary'])
    await ui.press('d')
    await expect(ui.selectedAnnotation()).resolves.toBe('ACTOR Turkish soldiers')
    expect(await layers.locator('.disagreements li.current').count()).toBe(1)
  })

  it('curates: what both agree on is accepted at once, the rest one by one with its sources', async () => {
    const { ui, ws } = session
    const layers = ui.page.getByRole('region', { name: 'Layers' })
    await layers.getByLabel('Layer shown').selectOption('curation')
    await ui.expectAnnotations(['PLACE Idlib'])
    await layers.getByText('Curating: 5 items left').waitFor()
    // Candidates are dashed proposals: move to the first one and accept it.
    await ui.clickHighlight('Idlib')
    await ui.press('n')
    await ui.press('a')
    await ui.expectAnnotations(['ACTOR Turkish soldiers', 'PLACE Idlib'])
    await ui.waitSaved()
    const saved = AnnotationSetSchema.parse(
      JSON.parse(
        await readFile(join(ws.dir, 'annotations', 'curation', `${docId()}.json`), 'utf8'),
      ),
    )
    expect(saved.spans.map((s) => [s.text, s.label, s.sources])).toEqual([
      ['Turkish soldiers', 'ACTOR', ['alice']],
      ['Idlib', 'PLACE', ['alice', 'bob']],
    ])
    await ui.press('Control+z')
    await ui.waitSaved()
    await expect(ui.annotations()).resolves.toEqual(['PLACE Idlib'])
  })
})
