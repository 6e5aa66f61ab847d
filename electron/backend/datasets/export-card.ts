/** The dataset card of an export: README.md in a folder, FILE.card.md beside a file. */
import type { ExportFormat } from '../../../shared/contract/api.ts'
import type { DatasetCounts } from '../../../shared/datasets/counts.ts'
import { datasetCard, type SplitSize } from '../../../shared/datasets/card.ts'
import { describeFilter, type ExportFilter } from '../../../shared/datasets/filters.ts'
import type { SplitSpec } from '../../../shared/datasets/splits.ts'
import type { DatasetWriter, ExportContext } from '../../../shared/datasets/writer.ts'
import { toolVersion } from '../version.ts'
import { FileSink, type DatasetSink } from './dataset-sink.ts'
import type { NoteLog } from './export-notes.ts'

export interface CardState {
  options: { format: ExportFormat; curatedElse?: string; split?: SplitSpec }
  ctx: ExportContext
  writer: DatasetWriter
  counts: DatasetCounts
  filter: ExportFilter
  annotators: readonly string[]
  sizes: Map<string, SplitSize>
  notes: NoteLog
  warnings: string[]
  splitNames: readonly string[]
}

/** Writes the dataset card (README.md in a folder, FILE.card.md beside a file); returns its path. */
export async function writeCard(
  out: { path: string; folder: boolean; sink: DatasetSink; files: Set<string> },
  state: CardState,
  reportFile: string | undefined,
  loadFiles: (listed: string[]) => string[],
): Promise<string> {
  const { options, ctx, writer, notes, annotators } = state
  if (out.folder) out.files.add('README.md')
  const listed = [...out.files].sort()
  const content = datasetCard({
    corpusName: ctx.corpusName,
    format: options.format,
    exportedAt: new Date().toISOString(),
    toolVersion: await toolVersion(),
    schema: ctx.schema,
    offsets: writer.offsets(ctx),
    counts: state.counts,
    filters: [
      ...describeFilter(state.filter),
      ...(annotators.length > 1 ? [`annotators: ${annotators.join(', ')}`] : []),
      ...(options.curatedElse ? [`layer: curated where curated, else ${options.curatedElse}`] : []),
    ],
    split: options.split ? describeSplit(options.split) : null,
    sizes: options.split ? [...state.sizes.values()] : [],
    files: listed,
    ...(writer.overlapPolicy ? { overlapPolicy: writer.overlapPolicy } : {}),
    dropped: notes.dropped,
    changed: notes.changed,
    warnings: state.warnings,
    ...(reportFile ? { reportFile } : {}),
    howToLoad: writer.howToLoad(ctx, loadFiles(listed)),
    ...(writer.cardFrontMatter
      ? { frontMatter: writer.cardFrontMatter(ctx, state.splitNames) }
      : {}),
  })
  if (out.folder) {
    await out.sink.writeFile('README.md', content)
    return `${out.path}/README.md`
  }
  const card = `${out.path}.card.md`
  const cardSink = new FileSink(card)
  await cardSink.append('', content)
  await cardSink.commit()
  return card
}

export function describeSplit(split: SplitSpec): string {
  return `${split.ratios.join('/')}, seed ${split.seed}${split.stratify ? ', stratified by label' : ''}`
}
