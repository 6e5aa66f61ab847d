import { afterEach, describe, expect, it } from 'vitest'
import {
  cleanup,
  findCodePoints,
  makeCorpus,
  openBackend,
  runCli,
  spanAt,
  tempDir,
} from '../../tests/support/backend.ts'

afterEach(cleanup)

const TEXT = 'Shelling report\nAt least 33 Turkish soldiers were killed near Saraqib.'

describe('spanbench search', () => {
  it('prints annotation hits by document, and the same as JSON', async () => {
    const { dir, docIds } = await makeCorpus({ 'a.txt': TEXT, 'b.txt': 'Saraqib was quiet.' })
    const backend = await openBackend(dir)
    const [start, end] = findCodePoints(TEXT, '33 Turkish soldiers')
    const span = {
      ...spanAt(TEXT, start, end, 'CASUALTY_FIGURE', 's1'),
      attributes: { outcome: 'killed', best: 33 },
    }
    await backend.invoke('annotations.apply', {
      docId: docIds[0],
      revision: 0,
      ops: [{ op: 'addSpan', span }],
    })
    backend.ctx.corpus.close()
    const home = await tempDir('spanbench-home-')
    const query = 'label:CASUALTY_FIGURE outcome:killed best>10'
    const text = await runCli(['search', '--corpus', dir, '--annotator', 'tester', query], home)
    expect(text.stderr).toBe('')
    expect(text.stdout).toBe(
      `Shelling report (${docIds[0]})\n  CASUALTY_FIGURE 25-44: …Shelling report At least 33 Turkish soldiers were killed near Saraqib.…\n\n1 found.\n`,
    )
    const json = await runCli(
      ['search', '--corpus', dir, '--annotator', 'tester', '--json', 'saraqib'],
      home,
    )
    const parsed = JSON.parse(json.stdout) as { total: number; hits: { title: string }[] }
    expect(parsed.total).toBe(2)
    expect(parsed.hits.map((h) => h.title)).toEqual(['Shelling report', 'Saraqib was quiet.'])
  })
})
