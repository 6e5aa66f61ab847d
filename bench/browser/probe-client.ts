/**
 * The harness's handle on the in-page probe: bundles bench/pages/probe.ts
 * for injection before any page script, and calls `window.bench` by name
 * (string expressions, so nothing of the harness's own code runs in the page).
 */
import { build } from 'esbuild'
import type { Page } from 'playwright-core'
import type { ChangeTarget, ChangeTiming, OpenTiming, ScrollTiming } from '../lib/probe-types.ts'

export async function probeScript(path: string): Promise<string> {
  const result = await build({
    entryPoints: [path],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    write: false,
  })
  const file = result.outputFiles[0]
  if (!file) throw new Error(`esbuild produced nothing for ${path}`)
  // The harness runs under tsx, which keeps function names by wrapping them in
  // __name(...); callbacks passed to page.evaluate (the e2e page model's) need it.
  return `globalThis.__name ??= (fn) => fn;\n${file.text}`
}

export class Probe {
  constructor(private readonly page: Page) {}

  armChange(trigger: string, at: ChangeTarget): Promise<void> {
    return this.call('armChange', trigger, at)
  }

  changeResult(): Promise<ChangeTiming> {
    return this.call('changeResult')
  }

  armOpen(trigger: string, highlight: string, paragraphs: string, count: number): Promise<void> {
    return this.call('armOpen', trigger, highlight, paragraphs, count)
  }

  openResult(): Promise<OpenTiming> {
    return this.call('openResult')
  }

  scroll(container: string, step: number): Promise<ScrollTiming> {
    return this.call('scroll', container, step)
  }

  private call<T>(method: string, ...args: unknown[]): Promise<T> {
    const list = args.map((a) => JSON.stringify(a)).join(', ')
    return this.page.evaluate<T>(`window.bench.${method}(${list})`)
  }
}
