/**
 * A Hugging Face dataset folder: one JSONL file per split with one row per
 * sentence (`id`, `document`, `tokens`, `ner_tags` as IOB2 class ids), the
 * tag names in `dataset_info.json` and in the card's YAML (which the Hub and
 * `load_dataset(folder)` read), and the card as README.md. Overlapping spans
 * follow the policy in overlap.ts, as in CoNLL.
 */
import type { LabelSchema } from '../contract/model.ts'
import { alignToTokens, unitExtents } from './extents.ts'
import { OVERLAP_POLICY, resolveOverlaps } from './overlap.ts'
import { tagNames, tagTokens } from './tags.ts'
import { sentencesOf } from './tokens.ts'
import type { DatasetWriter, DocumentOutput, ExportContext, ExportUnit } from './writer.ts'

/** The Hub calls the development split "validation". */
function hubSplit(split: string): string {
  return split === 'dev' ? 'validation' : split
}

export function nerTagNames(schema: LabelSchema): string[] {
  return tagNames(
    schema.labels.map((l) => l.id),
    'iob2',
  )
}

export function hfDocument(unit: ExportUnit, ctx: ExportContext): DocumentOutput {
  const { extents, notes } = unitExtents(unit)
  const names = nerTagNames(ctx.schema)
  const ids = new Map(names.map((n, i) => [n, i]))
  const known = extents.filter((s) => {
    if (ids.has(`B-${s.span.label}`)) return true
    notes.push({
      docId: unit.doc.id,
      spanId: s.span.id,
      kind: 'dropped',
      message: `${s.span.label} span ${s.span.id}: the label is not in the corpus schema, so it has no tag id`,
    })
    return false
  })
  const resolved = resolveOverlaps(unit.doc.id, known)
  // Only the kept spans cut tokens: a dropped one must not split a word it was inside.
  const { tokens, spans } = alignToTokens(unit.doc.text, resolved.kept)
  const tags = tagTokens(tokens, spans, 'iob2')
  const sentences = sentencesOf(
    unit.doc.text,
    tokens,
    spans.map((k) => [k.start, k.end] as const),
  )
  const rows = sentences.map((s, i) =>
    JSON.stringify({
      id: `${unit.doc.id}-${i}`,
      document: unit.doc.id,
      annotator: unit.annotator,
      tokens: s.map((t) => t.text),
      ner_tags: s.map((t) => ids.get(tags.get(t.start) ?? 'O') ?? 0),
    }),
  )
  return {
    stream: rows.map((r) => `${r}\n`).join(''),
    notes: [...notes, ...resolved.notes],
  }
}

function datasetInfo(ctx: ExportContext): string {
  const info = {
    description: `Spans of the Spanbench corpus "${ctx.corpusName}" as IOB2 token tags, one row per sentence.`,
    features: {
      id: { dtype: 'string', _type: 'Value' },
      document: { dtype: 'string', _type: 'Value' },
      annotator: { dtype: 'string', _type: 'Value' },
      tokens: { feature: { dtype: 'string', _type: 'Value' }, _type: 'Sequence' },
      ner_tags: {
        feature: { names: nerTagNames(ctx.schema), _type: 'ClassLabel' },
        _type: 'Sequence',
      },
    },
  }
  return `${JSON.stringify(info, null, 2)}\n`
}

/** A YAML double-quoted scalar (JSON strings are valid ones). */
const yamlString = (s: string) => JSON.stringify(s)

function frontMatter(ctx: ExportContext, splits: readonly string[]): string {
  const names = nerTagNames(ctx.schema)
  return [
    '---',
    `pretty_name: ${yamlString(ctx.corpusName)}`,
    'task_categories:',
    '- token-classification',
    'configs:',
    '- config_name: default',
    '  data_files:',
    ...splits.flatMap((s) => [`  - split: ${hubSplit(s)}`, `    path: ${s}.jsonl`]),
    'dataset_info:',
    '  features:',
    '  - name: id',
    '    dtype: string',
    '  - name: document',
    '    dtype: string',
    '  - name: annotator',
    '    dtype: string',
    '  - name: tokens',
    '    sequence: string',
    '  - name: ner_tags',
    '    sequence:',
    '      class_label:',
    '        names:',
    ...names.map((n, i) => `          '${i}': ${yamlString(n)}`),
    '---',
    '',
  ].join('\n')
}

export const hfWriter: DatasetWriter = {
  folder: true,
  stream: true,
  extension: 'jsonl',
  unsplitName: 'train',
  mediaType: 'application/x-ndjson; charset=utf-8',
  offsets: () => 'none: tokens and IOB2 tags, one row per sentence',
  header: () => '',
  separator: '',
  footer: () => '',
  document: hfDocument,
  finish: (ctx) => [{ path: 'dataset_info.json', content: datasetInfo(ctx) }],
  overlapPolicy: OVERLAP_POLICY,
  cardFrontMatter: frontMatter,
  howToLoad: (_ctx, files) => `\`\`\`python
from datasets import load_dataset

ds = load_dataset("path/to/this/folder")  # splits and tag names come from this README
names = ds["${hubSplit(files[0]?.replace(/\.jsonl$/, '') ?? 'train')}"].features["ner_tags"].feature.names
\`\`\``,
}
