import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  callApi,
  findCodePoints,
  runCli,
  runProgram,
  spanAt,
  startServerProcess,
  tempDir,
} from '../support/backend.ts'
import { AnnotationSetSchema } from '../../shared/contract/model.ts'
import { openSession, type Session } from './support/session.ts'

const TEXT =
  'At least 33 Turkish soldiers were killed in an air strike in Idlib, the Turkish Defense Ministry said.'

const execGit = promisify(execFile)

/** Runs git (in `cwd`, unless null), failing the test with git's own words. */
async function git(cwd: string | null, ...args: string[]): Promise<string> {
  const { stdout } = await execGit('git', cwd === null ? args : ['-C', cwd, ...args])
  return stdout
}

async function identify(clone: string, name: string): Promise<void> {
  await git(clone, 'config', 'user.name', name)
  await git(clone, 'config', 'user.email', `${name}@example.org`)
}

/**
 * Two annotators share a corpus through git: the tester in the open
 * workbench (clone 1), bob in a clone of his own. Each commits only their own
 * files; pulls merge without conflict; the open workbench shows bob's layer
 * after the pull; the compare view marks the planted disagreements; the
 * curated layer takes items from both and exports right.
 */
describe('a team shares a corpus through git', () => {
  let session: Session
  let remote = ''
  let bobClone = ''
  const mine = () => session.ws.dir
  const docId = () => session.ws.docIds[0] ?? ''

  beforeAll(async () => {
    session = await openSession({ 'idlib.txt': TEXT })
    const root = await tempDir('spanbench-git-')
    remote = join(root, 'remote.git')
    bobClone = join(root, 'bob')
    await git(null, 'init', '--bare', '--initial-branch=main', remote)
    await git(mine(), 'init', '--initial-branch=main')
    await identify(mine(), 'Tester')
    await git(mine(), 'add', '-A')
    await git(mine(), 'commit', '-m', 'The corpus')
    await git(mine(), 'remote', 'add', 'origin', remote)
    await git(mine(), 'push', '-u', 'origin', 'main')
    await git(null, 'clone', remote, bobClone)
    await identify(bobClone, 'Bob')
  })
  afterAll(() => session.close())

  it('commits and pulls both layers without a conflict, and the open workbench shows the other layer', async () => {
    const { ui, ws } = session
    // The tester annotates in the workbench.
    for (const [quote, key] of [
      ['Turkish soldiers', '1'],
      ['air strike', '1'],
      ['Idlib', '2'],
      ['the Turkish Defense Ministry', '4'],
    ] as const) {
      await ui.selectWithMouse(quote)
      await ui.press(key)
    }
    await ui.waitSaved()
    // Bob annotates in his clone with his own workbench backend.
    const bob = await startServerProcess(bobClone, await tempDir('spanbench-home-'), [
      '--annotator',
      'bob',
    ])
    const ops = (
      [
        ['Idlib', 'PLACE'],
        ['Turkish soldiers', 'PLACE'],
        ['Turkish Defense Ministry', 'ATTRIBUTION'],
      ] as const
    ).map(([quote, label], i) => {
      const [start, end] = findCodePoints(TEXT, quote)
      return { op: 'addSpan', span: spanAt(TEXT, start, end, label, `b${i}`) }
    })
    const saved = await callApi(bob.port, bob.token, 'annotations.apply', {
      docId: docId(),
      revision: 0,
      ops,
    })
    await bob.kill()
    expect(saved.ok).toBe(true)
    await git(bobClone, 'add', 'annotations/bob')
    await git(bobClone, 'commit', '-m', "Bob's layer")
    await git(bobClone, 'push')
    await expect(git(bobClone, 'status', '--porcelain')).resolves.toBe('')

    await git(mine(), 'add', 'annotations/tester')
    await git(mine(), 'commit', '-m', "Tester's layer")
    await git(mine(), 'pull', '--no-rebase', '--no-edit')
    await git(mine(), 'push')
    await expect(git(mine(), 'status', '--porcelain')).resolves.toBe('')

    // The workbench, still open, notices the pull.
    const layers = ui.page.getByRole('region', { name: 'Layers' })
    await expect
      .poll(() => layers.getByLabel('Layer shown').locator('option').allInnerTexts(), {
        timeout: 5000,
      })
      .toContain('bob · 3 spans')
    expect(ws.dir).toBe(mine())
  })

  it('marks each planted disagreement by kind', async () => {
    const layers = session.ui.page.getByRole('region', { name: 'Layers' })
    await layers.getByLabel('Compare with').selectOption('bob')
    await expect
      .poll(() =>
        layers
          .locator('.disagreements li')
          .evaluateAll((li) => li.map((l) => l.getAttribute('data-kind'))),
      )
      .toEqual(['label', 'only_a', 'boundary'])
  })

  it('curates from both layers and exports the curated layer, offsets right in Python', async () => {
    const { ui } = session
    const layers = ui.page.getByRole('region', { name: 'Layers' })
    await layers.getByLabel('Layer shown').selectOption('curation')
    await ui.expectAnnotations(['PLACE Idlib'])
    await layers.getByText('Curating: 5 items left').waitFor()
    await ui.clickHighlight('Idlib')
    // "Turkish soldiers": reject bob's PLACE, accept the tester's ACTOR; then
    // pass the air strike and the tester's longer ministry, and take bob's.
    await ui.press('n')
    await ui.press('x')
    await ui.press('a')
    await layers.getByText('Curating: 3 items left').waitFor()
    await ui.press('n')
    await ui.press('n')
    await ui.press('a')
    await ui.waitSaved()
    const curated = AnnotationSetSchema.parse(
      JSON.parse(
        await readFile(join(mine(), 'annotations', 'curation', `${docId()}.json`), 'utf8'),
      ),
    )
    expect(curated.spans.map((s) => `${s.label} ${s.text} ${(s.sources ?? []).join('+')}`)).toEqual(
      [
        'ACTOR Turkish soldiers tester',
        'PLACE Idlib bob+tester',
        'ATTRIBUTION Turkish Defense Ministry bob',
      ],
    )
    const home = await tempDir('spanbench-home-')
    const out = await runCli(
      ['export', '--corpus', mine(), '--annotators', 'curation', '--format', 'jsonl'],
      home,
    )
    expect(out.code).toBe(0)
    const check = await runProgram('python3', ['-c', PY_CHECK], out.stdout)
    expect(check.stderr).toBe('')
    expect(check.stdout.trim()).toBe('3')
  })
})

/** Reads JSONL on stdin like a Python consumer, slices every span, prints how many held. */
const PY_CHECK = `
import json, sys
held = 0
for line in sys.stdin:
    doc = json.loads(line)
    for s in doc["spans"]:
        assert doc["text"][s["start"]:s["end"]] == s["text"], s
        held += 1
print(held)
`
