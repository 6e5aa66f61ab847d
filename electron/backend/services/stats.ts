import { ANY_VALUE } from '../../../shared/datasets/counts.ts'
import { ATTRIBUTE_TYPES } from '../../../shared/corpus/attribute-types.ts'
import type { CorpusStats } from '../../../shared/contract/stats-api.ts'
import type { Progress } from '../../../shared/agreement/assignment.ts'
import type { Corpus } from '../store/corpus.ts'
import { skipDamagedAsync } from '../store/damaged.ts'
import { annotatorProgress, readAssignment } from './assignment-service.ts'
import type { HandlerSlice } from './handlers.ts'

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
    relations: 0,
    byRelation: Object.fromEntries(corpus.manifest.schema.relationTypes.map((r) => [r.id, 0])),
    byAttribute: {},
    progress: (await annotatorProgress(corpus, await readAssignment(corpus))).annotators,
    problems: [],
  }
  const choiceLike = new Set(
    corpus.manifest.schema.labels.flatMap((l) =>
      l.attributes
        .filter((a) => ATTRIBUTE_TYPES[a.type].countedByValue)
        .map((a) => `${l.id}\u0000${a.id}`),
    ),
  )
  // One annotator's files, one at a time: memory stays flat however large the corpus.
  for (const id of ids) {
    const set = await skipDamagedAsync(() => corpus.readAnnotations(id, annotator), stats.problems)
    const status = set?.status ?? 'new'
    stats.byStatus[status] = (stats.byStatus[status] ?? 0) + 1
    for (const span of set?.spans ?? []) {
      stats.spans++
      stats.byLabel[span.label] = (stats.byLabel[span.label] ?? 0) + 1
      for (const [id, value] of Object.entries(span.attributes ?? {})) {
        if (value === null) continue
        const key = choiceLike.has(`${span.label}\u0000${id}`) ? String(value) : ANY_VALUE
        const values = (stats.byAttribute[id] ??= {})
        values[key] = (values[key] ?? 0) + 1
      }
    }
    for (const relation of set?.relations ?? []) {
      stats.relations++
      stats.byRelation[relation.type] = (stats.byRelation[relation.type] ?? 0) + 1
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
    `relations: ${s.relations}`,
    ...Object.entries(s.byRelation).map(([type, n]) => `  ${type}: ${n}`),
    ...(Object.keys(s.byAttribute).length ? ['attributes:'] : []),
    ...Object.entries(s.byAttribute)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .flatMap(([id, values]) =>
        Object.entries(values).map(([value, n]) => `  ${id} = ${value}: ${n}`),
      ),
    ...(s.progress.length ? ['progress by annotator:'] : []),
    ...s.progress.map(progressLine),
    ...(s.problems.length ? ['left out (could not be read):'] : []),
    ...s.problems.map((p) => `  ${p}`),
  ]
  return `${lines.join('\n')}\n`
}

function progressLine(p: Progress): string {
  const statuses = Object.entries(p.byStatus)
    .map(([status, n]) => `${n} ${status.replace('_', ' ')}`)
    .join(', ')
  const of =
    p.assigned === null
      ? `${p.coded} documents coded`
      : `${p.coded} of ${p.assigned} assigned documents coded`
  return `  ${p.annotator}: ${of}${statuses ? ` (${statuses})` : ''}, ${p.spans} spans`
}

export const statsHandlers: HandlerSlice<'corpus.stats'> = {
  'corpus.stats': (_input, { corpus, annotator }) => corpusStats(corpus, annotator),
}
