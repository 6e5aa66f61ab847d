import { afterEach, describe, expect, it } from 'vitest'
import { cleanup, tempDir } from '../../tests/support/backend.ts'
import { runChecks } from './run.ts'

afterEach(cleanup)

describe('every export of the tricky corpus, read in its documented unit by python3', () => {
  it('keeps every span intact (emoji families, skin tones, flags, harakat, CRLF, line ends)', async () => {
    const { checks } = await runChecks(await tempDir('spanbench-consumers-'), true)
    expect(checks.map((c) => c.format).sort()).toEqual(
      ['brat', 'doccano', 'jsonl', 'labelstudio', 'prodigy', 'uima-json'].sort(),
    )
    expect(checks.filter((c) => c.status !== 'ok')).toEqual([])
  }, 60_000)
})
