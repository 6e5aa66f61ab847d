import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AssignmentSchema } from '../../shared/agreement/assignment.ts'
import { makeTeamCorpus } from '../../tests/support/team.ts'
import { cleanup, runCli, tempDir } from '../../tests/support/backend.ts'

afterEach(cleanup)

/** Runs the CLI in this process; returns its exit code and what it printed. */
async function cli(
  args: string[],
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return runCli(args, await tempDir())
}

describe('spanbench assign and stats', () => {
  it('assigns every document, a seeded share to two, and reports progress per annotator', async () => {
    const { dir, ids } = await makeTeamCorpus()
    const args = ['assign', '--corpus', dir, '--annotators', 'alice,bob,dana', '--double', '50']
    const assigned = await cli([...args, '--seed', '7'])
    expect(assigned).toEqual({
      code: 0,
      stderr: '',
      stdout:
        'assigned 4 documents (alice 2, bob 2, dana 2); 2 to two annotators (seed 7): assignment.json\n',
    })
    const file = AssignmentSchema.parse(
      JSON.parse(await readFile(join(dir, 'assignment.json'), 'utf8')),
    )
    expect(Object.keys(file.documents).sort()).toEqual(Object.values(ids).sort())

    const again = await cli([...args, '--seed', '8'])
    expect(again.code).toBe(2)
    expect(again.stderr).toMatch(/has an assignment already \(assignment.json\); give --replace/)

    const stats = await cli(['stats', '--corpus', dir, '--annotator', 'alice'])
    const progress = stats.stdout.slice(stats.stdout.indexOf('progress by annotator:'))
    const line = (a: string) => progress.split('\n').find((l) => l.startsWith(`  ${a}:`)) ?? ''
    const mine = (a: string) => Object.entries(file.documents).filter(([, who]) => who.includes(a))
    expect(line('dana')).toBe('  dana: 0 of 2 assigned documents coded (2 new), 0 spans')
    expect(line('alice')).toMatch(
      /^ {2}alice: 2 of 2 assigned documents coded \(2 done\), \d+ spans$/,
    )
    expect(mine('alice')).toHaveLength(2)
    // carol has no assignment: nothing is assigned to her, whatever she coded.
    expect(line('carol')).toBe('  carol: 0 of 0 assigned documents coded, 0 spans')
  })
})
