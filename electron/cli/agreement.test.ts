import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { AGREEMENT_FIXTURE } from '../../shared/agreement/agreement.fixtures.ts'
import { AgreementReportSchema } from '../../shared/agreement/report.ts'
import { makeTeamCorpus } from '../../tests/support/team.ts'
import { cleanup, runCli, tempDir } from '../../tests/support/backend.ts'

afterEach(cleanup)

describe('spanbench agreement', () => {
  it('prints the issue-13 JSON with hand-counted F1 and reference κ and α', async () => {
    const { dir, ids } = await makeTeamCorpus()
    const result = await runCli(['agreement', '--corpus', dir, '--json'], await tempDir())
    expect([result.code, result.stderr]).toEqual([0, ''])
    const json: unknown = JSON.parse(result.stdout)
    expect(Object.keys(json as object)).toEqual([
      'annotators',
      'documents',
      'pairs',
      'alpha',
      'alpha_u',
      'relations',
      'attributes',
      'per_document',
    ])
    const report = AgreementReportSchema.parse(json)
    expect(report.annotators).toEqual(['alice', 'bob', 'carol'])
    expect(report.documents).toBe(3)
    const all = report.pairs.find((p) => p.a === 'alice' && p.b === 'bob' && p.label === '*')
    // Exact: 5 of alice's 9 spans are bob's too (d1 2, d2 2, d4 1); overlap adds 3 more.
    expect(all?.exact).toEqual({ tp: 5, fp: 4, fn: 4, precision: 5 / 9, recall: 5 / 9, f1: 5 / 9 })
    expect(all?.overlap.f1).toBeCloseTo(8 / 9, 12)
    for (const [key, kappa] of Object.entries(AGREEMENT_FIXTURE.reference.kappa)) {
      const [a, b, label] = key.split('|')
      const row = report.pairs.find((p) => p.a === a && p.b === b && p.label === label)
      expect(Math.abs((row?.kappa ?? NaN) - kappa), key).toBeLessThan(1e-6)
    }
    for (const [label, alpha] of Object.entries(AGREEMENT_FIXTURE.reference.alpha))
      expect(Math.abs((report.alpha[label] ?? NaN) - alpha), label).toBeLessThan(1e-6)
    expect(report.per_document.find((d) => d.id === ids['d3'])).toMatchObject({
      comparable: false,
      f1: null,
    })
  })

  it("names a corrupt file of one annotator, and still measures everyone else's", async () => {
    const { dir, ids } = await makeTeamCorpus()
    const broken = join(dir, 'annotations', 'carol', `${ids['d2']}.json`)
    await writeFile(broken, '{"format": "spanbench.annotations", "spans": [')
    const result = await runCli(['agreement', '--corpus', dir, '--json'], await tempDir())
    expect(result.code).toBe(1)
    expect(result.stderr).toContain(broken)
    expect(result.stderr.trim().split('\n')).toHaveLength(1)
    const report = AgreementReportSchema.parse(JSON.parse(result.stdout))
    // d2 is still compared for alice and bob; carol only on d1 now.
    expect(report.per_document.find((d) => d.id === ids['d2'])?.annotators).toEqual([
      'alice',
      'bob',
    ])
    const ab = report.pairs.find((p) => p.a === 'alice' && p.b === 'bob' && p.label === '*')
    expect(ab?.exact.tp).toBe(5)
  })

  it('refuses an unknown annotator in one line, and prints a table without --json', async () => {
    const { dir } = await makeTeamCorpus()
    const home = await tempDir()
    const unknown = await runCli(['agreement', '--corpus', dir, '--annotators', 'alice,zoe'], home)
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toBe(
      `spanbench: unknown annotator zoe (annotators of ${dir}: alice, bob, carol)\n`,
    )
    const table = await runCli(['agreement', '--corpus', dir, '--annotators', 'alice,bob'], home)
    expect(table.code).toBe(0)
    expect(table.stdout).toMatch(/^alice–bob\s+\*\s+0\.556 0\.556 0\.556\s+0\.889 0\.889 0\.889/m)
    expect(table.stdout).toMatch(/not comparable \(one annotator\):\n\s+\w+\s+alice\n/)
  })
})
