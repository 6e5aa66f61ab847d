/**
 * The export dialog's choices and what they become in the `export.start`
 * call: the same options as `spanbench export`'s flags. Pure, so it is
 * tested without a page.
 */
import type { ApiInput, ExportFormat } from '../../shared/contract/api.ts'
import {
  DocumentStatusSchema,
  type DocumentStatus,
  type LabelSchema,
} from '../../shared/contract/model.ts'

export interface FormatChoice {
  id: ExportFormat
  name: string
  /** One line: what the output is and how it counts offsets. */
  note: string
}

export const FORMAT_CHOICES: readonly FormatChoice[] = [
  { id: 'jsonl', name: 'Spanbench JSONL', note: 'everything, one document per line; code points' },
  { id: 'spacy', name: 'spaCy', note: 'JSONL with tokens, entities and span groups; code points' },
  { id: 'prodigy', name: 'Prodigy', note: 'tasks with tokens, spans and relations; code points' },
  { id: 'conll', name: 'CoNLL (IOB2)', note: 'a token and a tag per line; overlaps resolved' },
  { id: 'bioes', name: 'CoNLL (BIOES)', note: 'a token and a tag per line; overlaps resolved' },
  { id: 'hf', name: 'Hugging Face', note: 'a dataset folder with tag names and a card' },
  { id: 'brat', name: 'brat', note: 'a folder of .txt and .ann with annotation.conf; code points' },
  {
    id: 'labelstudio',
    name: 'Label Studio',
    note: 'JSON tasks with regions and relations; code points',
  },
  { id: 'doccano', name: 'doccano', note: 'JSONL with entities and relations; UTF-16 by default' },
  { id: 'uima-json', name: 'UIMA CAS JSON', note: 'a folder of CAS files for INCEpTION; UTF-16' },
  { id: 'claims-csv', name: 'Claims table (CSV)', note: 'one row per casualty figure' },
]

export const STATUSES: readonly DocumentStatus[] = DocumentStatusSchema.options

export interface ExportForm {
  format: ExportFormat
  /** Labels to keep; all of the schema's means no filter. */
  labels: readonly string[]
  statuses: readonly DocumentStatus[]
  /** Comma-separated annotator names; empty means the current annotator. */
  annotators: string
  /** Ids of the documents picked (by title); none means every document. */
  documents: readonly string[]
  /** Also documents without annotations (status new, no spans): off, they train as all-O. */
  untouched: boolean
  split: boolean
  ratios: readonly [number, number, number]
  seed: number
  stratify: boolean
  codePoints: boolean
}

export function initialForm(schema: LabelSchema): ExportForm {
  return {
    format: 'jsonl',
    labels: schema.labels.map((l) => l.id),
    statuses: STATUSES,
    annotators: '',
    documents: [],
    untouched: false,
    split: false,
    ratios: [80, 10, 10],
    seed: 1,
    stratify: false,
    codePoints: false,
  }
}

const list = (text: string) =>
  text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)

/** The `export.start` input for a form, or the reason it cannot be sent. */
export function exportInput(
  form: ExportForm,
  schema: LabelSchema,
  to: 'path' | 'download',
): ApiInput<'export.start'> | string {
  if (form.labels.length === 0) return 'Choose at least one label.'
  if (form.statuses.length === 0) return 'Choose at least one document status.'
  if (form.split && !form.ratios.some((r) => r > 0)) return 'Give the split some shares.'
  if (form.split && (!Number.isInteger(form.seed) || form.seed < 0))
    return 'The seed is a whole number.'
  const allLabels = schema.labels.every((l) => form.labels.includes(l.id))
  const annotators = list(form.annotators)
  return {
    format: form.format,
    to,
    options: {
      ...(allLabels ? {} : { labels: [...form.labels] }),
      ...(form.statuses.length === STATUSES.length ? {} : { statuses: [...form.statuses] }),
      ...(annotators.length ? { annotators } : {}),
      ...(form.documents.length ? { documents: [...form.documents] } : {}),
      ...(form.untouched ? { untouched: true } : {}),
      ...(form.split
        ? { split: { ratios: [...form.ratios], seed: form.seed, stratify: form.stratify } }
        : {}),
      ...(form.format === 'doccano' && form.codePoints ? { offsetUnit: 'codepoint' as const } : {}),
    },
  }
}

/** Toggles an item in a list, keeping the order of `all`. */
export function toggled<T>(list: readonly T[], item: T, all: readonly T[]): T[] {
  const next = list.includes(item) ? list.filter((x) => x !== item) : [...list, item]
  return all.filter((x) => next.includes(x))
}
