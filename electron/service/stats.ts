import type { Corpus } from '../store/corpus.ts'

export interface CorpusStats {
  name: string
  documents: number
  annotators: string[]
  annotator: string
  spans: number
  byLabel: Record<string, number>
  byStatus: Record<string, number>
}

export async function corpusStats(corpus: Corpus, annotator: string): Promise<CorpusStats> {
  const ids = await corpus.documentIds()
  const stats: CorpusStats = {
    name: corpus.manifest.name,
    documents: ids.length,
    annotators: await corpus.annotators(),
    annotator,
    spans: 0,
    byLabel: Object.fromEntries(corpus.manifest.schema.labels.map((l) => [l.id, 0])),
    byStatus: {},
  }
  for (const id of ids) {
    const set = await corpus.readAnnotations(id, annotator)
    const status = set?.status ?? 'new'
    stats.byStatus[status] = (stats.byStatus[status] ?? 0) + 1
    for (const span of set?.spans ?? []) {
      stats.spans++
      stats.byLabel[span.label] = (stats.byLabel[span.label] ?? 0) + 1
    }
  }
  return stats
}

export function formatStats(s: CorpusStats): string {
  const lines = [
    `corpus: ${s.name}`,
    `documents: ${s.documents}`,
    `annotators: ${s.annotators.length ? s.annotators.join(', ') : '(none yet)'}`,
    `spans by ${s.annotator}: ${s.spans}`,
    ...Object.entries(s.byLabel).map(([label, n]) => `  ${label}: ${n}`),
    'documents by status:',
    ...Object.entries(s.byStatus).map(([status, n]) => `  ${status}: ${n}`),
  ]
  return `${lines.join('\n')}\n`
}
