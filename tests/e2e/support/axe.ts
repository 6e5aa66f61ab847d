import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { ROOT } from '../../support/backend.ts'

export interface Violation {
  rule: string
  impact: string
  /** The offending elements' selectors, and axe's summary of the first. */
  targets: string[]
  summary: string
}

interface AxeResult {
  violations: {
    id: string
    impact?: string | null
    nodes: { target: unknown[]; failureSummary?: string }[]
  }[]
}

let source: Promise<string> | null = null

export interface AxeOptions {
  /** Rules reported at any impact too (e.g. `region`: content outside landmarks is "moderate"). */
  alsoRules?: string[]
  /** Rules not reported, each with the reason in the caller. */
  exceptRules?: string[]
}

/**
 * Runs axe-core in the page as it is now and returns its serious and
 * critical violations, plus any of `alsoRules`.
 */
export async function seriousViolations(
  page: Page,
  options: AxeOptions = {},
): Promise<Violation[]> {
  source ??= readFile(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8')
  // Evaluated, not added as a script tag: the app's content security policy allows no inline script.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await source)
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<AxeResult> } }).axe.run(
      document,
      { resultTypes: ['violations'] },
    ),
  )
  const also = new Set(options.alsoRules)
  const except = new Set(options.exceptRules)
  return result.violations
    .filter(
      (v) =>
        !except.has(v.id) && (v.impact === 'serious' || v.impact === 'critical' || also.has(v.id)),
    )
    .map((v) => ({
      rule: v.id,
      impact: v.impact ?? '',
      targets: v.nodes.map((n) => n.target.map(String).join(' ')),
      summary: v.nodes[0]?.failureSummary ?? '',
    }))
}
