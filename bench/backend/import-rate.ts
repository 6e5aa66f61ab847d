/**
 * How fast the import runs: writes N generated articles to a temp folder and
 * imports them into a new corpus through the same plan and commit as
 * `spanbench import`, then prints articles per second and the time per phase.
 *
 *   npx tsx bench/backend/import-rate.ts [--count 1000] [--html 0.2] [--keep]
 *
 * The articles are like the ones researchers collect: a headline and 5-9
 * paragraphs of words drawn from the English word list (so they differ from
 * each other as real reports do), 30% ending in one site's disclaimer, some
 * with site furniture, 10% hard-wrapped with words hyphenated across lines,
 * 5% near-copies of an earlier article; a share of them saved as HTML pages.
 */
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { defaultSchema } from '../../electron/backend/assets.ts'
import { Corpus } from '../../electron/backend/store/corpus.ts'
import type {
  ImportProgress,
  ImportSource,
} from '../../electron/backend/article-import/import-sources.ts'
import { importSources } from '../../electron/backend/article-import/import-service.ts'
import { loadWordList } from '../../electron/backend/services/overlap-index.ts'

const DISCLAIMER =
  'Disclaimer: The contents of this article are of sole responsibility of the author(s). The publisher will not be responsible for any inaccurate or incorrect statement in this article, and grants permission to cross-post articles on community internet sites as long as the source and copyright are acknowledged.'

/** A small deterministic generator (mulberry32), so every run imports the same articles. */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function article(words: readonly string[], rnd: () => number): string[] {
  const pick = (): string => words[Math.floor(rnd() * words.length)] ?? 'report'
  const sentence = (): string => {
    const n = 8 + Math.floor(rnd() * 18)
    const s = Array.from({ length: n }, pick).join(' ')
    return `${s[0]?.toUpperCase() ?? ''}${s.slice(1)}, officials said on ${1 + Math.floor(rnd() * 28)} May.`
  }
  const headline = Array.from({ length: 6 }, pick).join(' ')
  const paragraphs = Array.from({ length: 5 + Math.floor(rnd() * 5) }, () =>
    Array.from({ length: 2 + Math.floor(rnd() * 3) }, sentence).join(' '),
  )
  return [`${headline[0]?.toUpperCase() ?? ''}${headline.slice(1)}`, ...paragraphs]
}

/** Hard-wraps a paragraph at about 78 characters, hyphenating some long words across lines. */
function wrap(paragraph: string, rnd: () => number): string {
  const lines: string[] = []
  let line = ''
  for (const word of paragraph.split(' ')) {
    if (line.length + word.length + 1 > 78) {
      if (word.length > 7 && rnd() < 0.3) {
        const cut = Math.floor(word.length / 2)
        lines.push(`${line} ${word.slice(0, cut)}-`)
        line = word.slice(cut)
        continue
      }
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  lines.push(line)
  return lines.join('\n')
}

function html(paragraphs: readonly string[]): string {
  const [title = '', ...body] = paragraphs
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title} | Example News</title>
<script>window.analytics = true</script></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/latest">Latest News</a></nav>
<article><h1>${title}</h1>${body.map((p) => `<p>${p}</p>`).join('\n')}</article>
<aside><h2>Related Articles</h2><ul><li><a href="/a">Another story</a></li></ul></aside>
<footer>Back to top</footer></body></html>`
}

async function generate(dir: string, count: number, htmlShare: number): Promise<string[]> {
  const words = [...(await loadWordList())].filter((w) => /^[a-z]{3,}$/.test(w))
  const rnd = random(20200527)
  const paths: string[] = []
  const made: string[][] = []
  for (let i = 0; i < count; i++) {
    const earlier = made[Math.floor(rnd() * made.length)]
    let paragraphs = earlier && rnd() < 0.05 ? [...earlier] : article(words, rnd)
    if (rnd() < 0.3) paragraphs = [...paragraphs, DISCLAIMER]
    if (rnd() < 0.2) paragraphs = [...paragraphs, 'Related Articles', 'Back to top button']
    made.push(paragraphs)
    const name = `article-${String(i).padStart(5, '0')}`
    const asHtml = rnd() < htmlShare
    const wrapped = !asHtml && rnd() < 0.1
    const text = wrapped
      ? paragraphs.map((p) => wrap(p, rnd)).join('\n\n')
      : paragraphs.join('\n\n')
    const path = join(dir, `${name}.${asHtml ? 'html' : 'txt'}`)
    await writeFile(path, asHtml ? html(paragraphs) : `${text}\n`)
    paths.push(path)
  }
  return paths
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '1000' },
      html: { type: 'string', default: '0.2' },
      keep: { type: 'boolean', default: false },
    },
  })
  const count = Number(values.count)
  const root = await mkdtemp(join(tmpdir(), 'spanbench-import-rate-'))
  try {
    const articles = join(root, 'articles')
    await mkdir(articles)
    const paths = await generate(articles, count, Number(values.html))
    const sizes = await Promise.all(paths.map(async (p) => (await stat(p)).size))
    const bytes = sizes.reduce((a, b) => a + b, 0)
    const sources: ImportSource[] = paths.map((path, i) => ({
      name: path,
      path,
      size: sizes[i] ?? 0,
      read: () => readFile(path),
    }))
    const dir = join(root, 'corpus')
    await Corpus.create(dir, 'Import rate', await defaultSchema())
    const corpus = await Corpus.open(dir)
    const phases = new Map<string, number>()
    let phase = ''
    let since = 0
    const onProgress = (p: ImportProgress): void => {
      if (p.phase === phase) return
      const now = performance.now()
      if (phase) phases.set(phase, now - since)
      phase = p.phase
      since = now
    }
    const start = performance.now()
    const cpu = process.cpuUsage()
    const results = await importSources(corpus, sources, {}, { onProgress })
    const seconds = (performance.now() - start) / 1000
    const used = process.cpuUsage(cpu)
    const cpuSeconds = (used.user + used.system) / 1e6
    phases.set(phase, performance.now() - since)
    corpus.close()
    const tally = new Map<string, number>()
    for (const r of results) tally.set(r.status, (tally.get(r.status) ?? 0) + 1)
    const near = results.filter((r) => r.nearDuplicate).length
    const removed = results.reduce((n, r) => n + (r.removed ?? 0), 0)
    const out = [
      `${count} articles (${Math.round(bytes / 1024)} KB; ${Math.round(Number(values.html) * 100)}% HTML) imported in ${seconds.toFixed(2)} s: ${(count / seconds).toFixed(0)} articles/s`,
      `  phases: ${[...phases].map(([k, v]) => `${k} ${(v / 1000).toFixed(2)} s`).join(', ')}; CPU ${cpuSeconds.toFixed(2)} s (the rest waits on the disk: every file is fsynced)`,
      `  results: ${[...tally].map(([k, v]) => `${v} ${k}`).join(', ')}; ${near} near-duplicates; ${removed} boilerplate lines left out`,
    ]
    process.stdout.write(`${out.join('\n')}\n`)
    if (values.keep) process.stdout.write(`  kept in ${root}\n`)
  } finally {
    if (!values.keep) await rm(root, { recursive: true, force: true })
  }
}

await main()
