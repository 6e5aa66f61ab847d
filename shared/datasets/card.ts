/**
 * The dataset card written with every export (README.md in a folder, or
 * `<file>.card.md` beside a single file): where the data came from, what it
 * holds, how offsets count, how it was split and filtered, what the format
 * could not hold, and how to load it.
 */
import type { LabelSchema } from '../contract/model.ts'
import type { DatasetCounts } from './counts.ts'
import type { WriterNote } from './writer.ts'

export interface SplitSize {
  name: string
  documents: number
  spans: number
}

export interface NoteList {
  total: number
  /** The first few, in export order. */
  listed: readonly WriterNote[]
}

export interface CardInput {
  corpusName: string
  format: string
  exportedAt: string
  toolVersion: string
  schema: LabelSchema
  offsets: string
  counts: DatasetCounts
  filters: readonly string[]
  /** "80/10/10, seed 7, stratified by label", or null without splits. */
  split: string | null
  sizes: readonly SplitSize[]
  files: readonly string[]
  overlapPolicy?: string
  dropped: NoteList
  changed: NoteList
  /** What the user should know about the selection (untouched documents left out, an empty split). */
  warnings?: readonly string[]
  /** The file listing every dropped or changed span, when there are more than the card shows. */
  reportFile?: string
  howToLoad: string
  frontMatter?: string
}

/** A Markdown table cell: no pipes or line breaks. */
function cell(value: string | number): string {
  return String(value)
    .replace(/\|/g, '\\|')
    .replace(/\r?\n|\r/g, ' ')
}

function table(head: readonly string[], rows: readonly (readonly (string | number)[])[]): string[] {
  return [
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ]
}

function noteSection(title: string, notes: NoteList, reportFile: string | undefined): string[] {
  if (notes.total === 0) return []
  const more = notes.total - notes.listed.length
  return [
    '',
    `### ${title}: ${notes.total}`,
    '',
    ...table(
      ['Document', 'Span', 'What'],
      notes.listed.map((n) => [n.docId, n.spanId ?? '', n.message]),
    ),
    ...(more > 0
      ? ['', `…and ${more} more${reportFile ? `, all listed in \`${reportFile}\`` : ''}.`]
      : []),
  ]
}

export function datasetCard(input: CardInput): string {
  const { counts, schema } = input
  const labelName = new Map(schema.labels.map((l) => [l.id, l.name]))
  const labels = [...new Set([...schema.labels.map((l) => l.id), ...Object.keys(counts.byLabel)])]
  const relationTypes = [
    ...new Set([...schema.relationTypes.map((r) => r.id), ...Object.keys(counts.byRelation)]),
  ]
  const attributeRows: (string | number)[][] = []
  for (const [id, values] of Object.entries(counts.byAttribute).sort(([a], [b]) =>
    a < b ? -1 : 1,
  )) {
    const onLabels = schema.labels
      .filter((l) => l.attributes.some((a) => a.id === id))
      .map((l) => l.id)
    for (const [value, n] of Object.entries(values).sort(([a], [b]) => (a < b ? -1 : 1)))
      attributeRows.push([id, onLabels.join(', '), value, n])
  }
  const lines = [
    ...(input.frontMatter ? [input.frontMatter.trimEnd()] : []),
    `# ${input.corpusName}: ${input.format} export`,
    '',
    `Exported by Spanbench ${input.toolVersion} on ${input.exportedAt} from the corpus “${input.corpusName}”.`,
    '',
    ...table(
      ['', ''],
      [
        ['Format', input.format],
        ['Offsets', input.offsets],
        ['Documents', counts.documents],
        ['Spans', counts.spans],
        ['Relations', counts.relations],
        ['Annotators', annotatorsRow(counts.annotators)],
        ['Filters', input.filters.join('; ') || 'none'],
        ['Split', input.split ?? 'none'],
      ],
    ),
    ...(input.warnings?.length ? ['', ...input.warnings.map((w) => `> **Warning:** ${w}.`)] : []),
    '',
    '## Files',
    '',
    ...input.files.map((f) => `- \`${f}\``),
    ...(input.sizes.length
      ? [
          '',
          ...table(
            ['Split', 'Documents', 'Spans'],
            input.sizes.map((s) => [s.name, s.documents, s.spans]),
          ),
        ]
      : []),
    '',
    '## Labels',
    '',
    ...table(
      ['Label', 'Name', 'Spans'],
      labels.map((l) => [l, labelName.get(l) ?? '(not in the schema)', counts.byLabel[l] ?? 0]),
    ),
    '',
    '## Relations',
    '',
    ...table(
      ['Type', 'From', 'To', 'Relations'],
      relationTypes.map((id) => {
        const def = schema.relationTypes.find((r) => r.id === id)
        return [
          id,
          def?.from.join(', ') ?? '',
          def?.to.join(', ') ?? '',
          counts.byRelation[id] ?? 0,
        ]
      }),
    ),
    '',
    '## Attributes',
    '',
    ...(attributeRows.length
      ? table(['Attribute', 'Labels', 'Value', 'Spans'], attributeRows)
      : ['None set.']),
    '',
    '## What the format could not hold',
    '',
    ...(input.overlapPolicy ? [`Overlap policy: ${input.overlapPolicy}`, ''] : []),
    input.dropped.total + input.changed.total === 0
      ? 'Nothing: every span, relation and attribute was written as it is stored.'
      : `${input.dropped.total} left out, ${input.changed.total} written differently.`,
    ...noteSection('Left out', input.dropped, input.reportFile),
    ...noteSection('Written differently', input.changed, input.reportFile),
    '',
    '## Loading',
    '',
    input.howToLoad.trimEnd(),
    '',
  ]
  return lines.join('\n')
}

/** Whose layers the dataset holds, and how several are written. */
function annotatorsRow(annotators: readonly string[]): string {
  if (annotators.length === 0) return '(none)'
  if (annotators.length === 1) return `${annotators[0] ?? ''} (one layer)`
  return `${annotators.join(', ')}: each document once for each of them who annotated it, never merged`
}
