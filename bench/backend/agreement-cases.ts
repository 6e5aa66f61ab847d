/**
 * Agreement over a large corpus: two annotators × 1,000 documents × 50 spans
 * (target < 2 s), through the real store and service, files read from disk.
 * The second layer is the first one perturbed from a seed: most spans kept,
 * some with a moved boundary, some relabelled, some dropped, some added.
 *
 * On its own: npx tsx bench/backend/agreement-cases.ts [--documents 1000] [--runs 5] [--warmups 1]
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { AnnotationSetSchema, type Span } from '../../shared/contract/model.ts'
import { codePoints } from '../../shared/text/offsets.ts'
import { corpusAgreement } from '../../electron/backend/services/agreement-service.ts'
import { Corpus } from '../../electron/backend/store/corpus.ts'
import { serialize } from '../../electron/backend/store/json-file.ts'
import { generateCorpus } from '../data/corpora.ts'
import { Random } from '../data/random.ts'
import { repeat, since, summarize, type Summary } from '../lib/stats.ts'

const LABELS = ['ACTOR', 'PLACE', 'CASUALTY_FIGURE', 'ATTRIBUTION']

export interface AgreementRuns {
  documents: number
  spansPerLayer: number
  ms: Summary
  /** CPU time of this process (user + system) for the same runs: less moved by other work on the machine. */
  cpuMs: Summary
  /** The overall exact F1 of the two layers, to show the work was real. */
  f1: number | null
}

/** Bob's layer: alice's spans, each kept (75%), moved by a code point (10%), relabelled (5%) or dropped (5%); 5% extra. */
function perturb(spans: readonly Span[], text: string, rnd: Random): Span[] {
  const chars = Array.from(text)
  const quote = (s: number, e: number) => chars.slice(s, e).join('')
  const out: Span[] = []
  for (const span of spans) {
    const roll = rnd.next()
    if (roll < 0.75) out.push(span)
    else if (roll < 0.85 && span.end - span.start > 1 && !span.fragments)
      out.push({
        ...span,
        start: codePoints(span.start + 1),
        text: quote(span.start + 1, span.end),
      })
    else if (roll < 0.9)
      out.push({ ...span, label: rnd.pick(LABELS.filter((l) => l !== span.label)) })
    else if (roll >= 0.95) {
      out.push(span)
      const start = codePoints(rnd.int(0, chars.length - 2))
      const end = codePoints(Math.min(chars.length, start + rnd.int(1, 12)))
      out.push({ id: `x${span.id}`, start, end, label: rnd.pick(LABELS), text: quote(start, end) })
    }
  }
  return out
}

export async function runAgreementCases(
  work: string,
  documents: number,
  source: string,
  options: { warmups: number; runs: number },
): Promise<AgreementRuns> {
  const dir = join(work, 'corpora', `agreement-${documents}`)
  const { docIds } = await generateCorpus(dir, documents, source, 'alice', documents + 13)
  await mkdir(join(dir, 'annotations', 'bob'), { recursive: true })
  const rnd = new Random(documents)
  let spans = 0
  for (const id of docIds) {
    const alice = AnnotationSetSchema.parse(
      JSON.parse(await readFile(join(dir, 'annotations', 'alice', `${id}.json`), 'utf8')),
    )
    const doc = JSON.parse(await readFile(join(dir, 'documents', `${id}.json`), 'utf8')) as {
      text: string
    }
    spans += alice.spans.length
    const bob = { ...alice, annotator: 'bob', spans: perturb(alice.spans, doc.text, rnd) }
    await writeFile(
      join(dir, 'annotations', 'bob', `${id}.json`),
      serialize(AnnotationSetSchema, bob),
    )
  }
  let f1: number | null = null
  const runs = await repeat(options.warmups, options.runs, async () => {
    const start = performance.now()
    const cpu = process.cpuUsage()
    const corpus = await Corpus.open(dir, { readOnly: true })
    const { report } = await corpusAgreement(corpus, { annotators: ['alice', 'bob'] })
    const elapsed = since(start)
    const used = process.cpuUsage(cpu)
    f1 = report.pairs.find((p) => p.label === '*')?.exact.f1 ?? null
    return { ms: elapsed, cpuMs: (used.user + used.system) / 1000 }
  })
  return {
    documents,
    spansPerLayer: spans / docIds.length,
    ms: summarize(runs.map((r) => r.ms)),
    cpuMs: summarize(runs.map((r) => r.cpuMs)),
    f1,
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      documents: { type: 'string', default: '1000' },
      runs: { type: 'string', default: '5' },
      warmups: { type: 'string', default: '1' },
    },
  })
  const bench = join(fileURLToPath(import.meta.url), '..', '..')
  const source = await readFile(join(bench, 'fixtures', 'long.txt'), 'utf8')
  const result = await runAgreementCases(join(bench, 'results'), Number(values.documents), source, {
    warmups: Number(values.warmups),
    runs: Number(values.runs),
  })
  const { median, min, max } = result.ms
  process.stdout.write(
    `agreement, 2 annotators × ${result.documents} documents × ${result.spansPerLayer.toFixed(0)} spans: ` +
      `${(median / 1000).toFixed(2)} s median [${(min / 1000).toFixed(2)}–${(max / 1000).toFixed(2)}] ` +
      `over ${result.ms.runs.length} runs (target < 2 s); CPU ${(result.cpuMs.median / 1000).toFixed(2)} s median; ` +
      `exact F1 ${result.f1?.toFixed(3) ?? '–'}\n`,
  )
}
