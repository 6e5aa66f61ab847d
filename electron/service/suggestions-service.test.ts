import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Suggestion } from '../../shared/suggestions.ts'
import { cleanup, findCodePoints, makeCorpus, openBackend, spanAt } from '../test-support.ts'

afterEach(cleanup)

const ARTICLE =
  'Clashes near Saraqib. The Sham Legion said at least 4 fighters were killed in Idlib.'

describe('suggestions.list', () => {
  it('proposes gazetteer places and actors, figures, and strings tagged in other documents', async () => {
    const { dir, docIds } = await makeCorpus({
      'a.txt': ARTICLE,
      'b.txt': 'Fighting in Ariha. A Dummy Brigade commander spoke.',
    })
    const backend = await openBackend(dir)
    const other = 'Fighting in Ariha. A Dummy Brigade commander spoke.'
    const [s, e] = findCodePoints(other, 'Dummy Brigade')
    await backend.invoke('annotations.apply', {
      docId: docIds[1],
      revision: 0,
      ops: [{ op: 'addSpan', span: spanAt(other, s, e, 'ACTOR', 's1') }],
    })
    await writeFile(
      join(dir, 'gazetteer.json'),
      JSON.stringify({ entries: [{ name: 'Idlib', label: 'PLACE' }] }),
    )
    const result = await backend.invoke('suggestions.list', { docId: docIds[0] })
    expect(result.ok).toBe(true)
    const found = (result.ok ? result.value : []) as Suggestion[]
    expect(found.map((x) => `${x.label}:${x.text}:${x.source}`)).toEqual([
      'PLACE:Saraqib:gazetteer',
      'ACTOR:Sham Legion:gazetteer',
      'CASUALTY_FIGURE:at least 4 fighters:pattern',
      'PLACE:Idlib:gazetteer',
    ])
    const second = await backend.invoke('suggestions.list', { docId: docIds[1] })
    const names = ((second.ok ? second.value : []) as Suggestion[]).map((x) => x.text)
    expect(names).toEqual(['Ariha'])
  })

  it('names the corpus gazetteer file and field when it is malformed', async () => {
    const { dir, docIds } = await makeCorpus({ 'a.txt': ARTICLE })
    await writeFile(join(dir, 'gazetteer.json'), JSON.stringify({ entries: [{ label: 'PLACE' }] }))
    const backend = await openBackend(dir)
    const result = await backend.invoke('suggestions.list', { docId: docIds[0] })
    expect(result).toMatchObject({ ok: false, error: { code: 'corrupt' } })
    expect(result.ok ? '' : result.error.message).toMatch(/gazetteer\.json: field entries\.0\.name/)
  })
})
