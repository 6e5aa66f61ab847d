/**
 * `spanbench agreement`: inter-annotator agreement on a corpus, as a table or
 * as the JSON object of issue 13 (--json). Unreadable files are named on
 * standard error and left out; the exit code is then 1.
 */
import type { AgreementReport, PairRow } from '../../shared/agreement/report.ts'
import type { Prf } from '../../shared/agreement/prf.ts'
import { corpusAgreement } from '../backend/services/agreement-service.ts'
import { Corpus } from '../backend/store/corpus.ts'
import { parseCommand, requireCorpus, type CliCommand, type CliIo } from './context.ts'

const AGREEMENT_HELP = `Usage: spanbench agreement --corpus DIR [--annotators A,B,…] [--labels …] [--documents …] [--json]

Measures how far annotators agree, on the documents they both (for α: all)
coded: for every pair, per label and overall (*), span precision, recall and
F1 with exact extents and with overlap (same label, one shared character),
Cohen's κ over non-whitespace characters; Krippendorff's α (nominal) and
unitizing α per label across all of them; relation F1 where both ends
matched; agreement on casualty figures' outcome, qualifier and low/best/high;
F1 per document, lowest first. Definitions: docs/agreement.md.

  --annotators A,B   whose layers (default: every annotator but curation)
  --labels L,M       only these labels
  --documents ID,ID  only these documents
  --json             one JSON object on standard output

A file that cannot be read is named on standard error and left out (exit 1).`

const AGREEMENT_OPTIONS = {
  annotators: { type: 'string' },
  labels: { type: 'string' },
  documents: { type: 'string' },
  json: { type: 'boolean' },
} as const

export interface AgreementFlags {
  annotators?: string | undefined
  labels?: string | undefined
  documents?: string | undefined
  json?: boolean | undefined
}

const list = (value: string | undefined): string[] | undefined =>
  value
    ?.split(',')
    .map((v) => v.trim())
    .filter(Boolean)

export async function runAgreement(dir: string, flags: AgreementFlags, io: CliIo): Promise<number> {
  const corpus = await Corpus.open(dir, { readOnly: true })
  const { report, problems } = await corpusAgreement(corpus, {
    annotators: list(flags.annotators),
    labels: list(flags.labels),
    documents: list(flags.documents),
  })
  for (const p of problems) io.stderr.write(`spanbench: left out ${p.message}\n`)
  io.stdout.write(flags.json ? `${JSON.stringify(report)}\n` : formatAgreement(report))
  return problems.length ? 1 : 0
}

const num = (x: number | null, digits = 3): string => (x === null ? '–' : x.toFixed(digits))
const prfText = (p: Prf): string => `${num(p.precision)} ${num(p.recall)} ${num(p.f1)}`
const pad = (s: string, n: number): string => s.padEnd(n)

export function formatAgreement(r: AgreementReport): string {
  const notComparable = r.per_document.filter((d) => !d.comparable)
  const lines = [
    `agreement of ${r.annotators.join(', ')} on ${r.documents} documents` +
      (notComparable.length ? ` (${notComparable.length} more coded by one annotator only)` : ''),
    '',
    `${pad('pair', 22)}${pad('label', 18)}${pad('exact P R F1', 20)}${pad('overlap P R F1', 20)}κ`,
    ...r.pairs.map(
      (p: PairRow) =>
        `${pad(`${p.a}–${p.b}`, 22)}${pad(p.label, 18)}${pad(prfText(p.exact), 20)}${pad(prfText(p.overlap), 20)}${num(p.kappa)}`,
    ),
    '',
    `α (nominal, per character): ${Object.entries(r.alpha)
      .map(([l, x]) => `${l} ${num(x)}`)
      .join(', ')}`,
    `α_u (unitizing): ${Object.entries(r.alpha_u)
      .map(([l, x]) => `${l} ${num(x)}`)
      .join(', ')}`,
    `relations F1 (both ends matched): ${r.relations.pairs
      .filter((p) => p.type === '*')
      .map((p) => `${p.a}–${p.b} ${num(p.f1)}`)
      .join(', ')}`,
    ...r.attributes.pairs.map(
      (p) =>
        `casualty attributes ${p.a}–${p.b} (${p.compared} matched figures): outcome ${num(p.outcome)}, qualifier ${num(p.qualifier)}, low/best/high ${num(p.figures)}, all ${num(p.all)}`,
    ),
    '',
    'documents, lowest F1 first:',
    ...r.per_document
      .filter((d) => d.comparable)
      .sort((x, y) => (x.f1 ?? 1) - (y.f1 ?? 1))
      .map(
        (d) =>
          `  ${pad(d.id, 20)} F1 ${num(d.f1)}  overlap ${num(d.overlap_f1)}  (${d.annotators.join(', ')})`,
      ),
    ...(notComparable.length
      ? [
          'not comparable (one annotator):',
          ...notComparable.map((d) => `  ${pad(d.id, 20)} ${d.annotators.join(', ') || 'nobody'}`),
        ]
      : []),
  ]
  return `${lines.join('\n')}\n`
}

export const command: CliCommand = {
  help: AGREEMENT_HELP,
  run(args, io) {
    const { values } = parseCommand(args, AGREEMENT_OPTIONS)
    return runAgreement(requireCorpus(values, 'agreement'), values, io)
  },
}
