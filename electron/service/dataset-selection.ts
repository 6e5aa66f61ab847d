/**
 * Which documents an export takes, for which annotators, and in which split.
 * This pass reads annotation files only (no document text): the split must
 * be known before the first document is written, and a stratified split
 * needs every document's labels.
 */
import { filterSet, selectsDocument, type ExportFilter } from '../../shared/datasets/filters.ts'
import { assignSplits, type SplitName, type SplitSpec } from '../../shared/datasets/splits.ts'
import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Corpus } from '../store/corpus.ts'
import { skipDamaged } from '../store/damaged.ts'

const BATCH = 64

export interface SelectedUnit {
  docId: string
  annotator: string
  split: SplitName | null
}

/**
 * The units to export, by document then annotator. With one annotator every
 * selected document is taken (one never opened has no annotations); with
 * several, a document is taken once for each of them who annotated it.
 */
export async function selectUnits(
  corpus: Corpus,
  annotators: readonly string[],
  filter: ExportFilter,
  split: SplitSpec | null,
): Promise<SelectedUnit[]> {
  const units: { docId: string; annotator: string; labels: string[] }[] = []
  const ids = (await corpus.documentIds()).filter(
    (id) => !filter.documents || filter.documents.includes(id),
  )
  // One annotator, no status filter, no split: which documents to take needs no annotation file.
  const [only] = annotators
  if (only !== undefined && annotators.length === 1 && !filter.statuses && !split)
    return ids.map((docId) => ({ docId, annotator: only, split: null }))
  for (let at = 0; at < ids.length; at += BATCH) {
    const batch = ids.slice(at, at + BATCH)
    // Blocking reads, one batch per turn of the event loop (see forEachBatch);
    // one batch at a time keeps memory flat.
    if (at > 0) await nextTurn()
    const damaged = new Set<string>()
    const sets = batch.flatMap((docId) =>
      annotators.map((a) => {
        const problems: string[] = []
        const set = skipDamaged(() => corpus.readAnnotationsSync(docId, a), problems)
        if (problems.length) damaged.add(`${docId}\u0000${a}`)
        return set
      }),
    )
    batch.forEach((docId, i) => {
      annotators.forEach((annotator, j) => {
        // A damaged file is taken as it is: the export leaves it out and names it.
        if (damaged.has(`${docId}\u0000${annotator}`))
          return units.push({ docId, annotator, labels: [] })
        const set = sets[i * annotators.length + j] ?? null
        if (!set && annotators.length > 1) return
        if (!selectsDocument(filter, docId, set?.status ?? 'new')) return
        const labels = set ? filterSet(set, filter).spans.map((s) => s.label) : []
        units.push({ docId, annotator, labels })
      })
    })
  }
  const splits = split
    ? assignSplits(
        [...groupLabels(units)].map(([id, labels]) => ({ id, labels })),
        split,
      )
    : null
  return units.map((u) => ({
    docId: u.docId,
    annotator: u.annotator,
    split: splits?.get(u.docId) ?? null,
  }))
}

/** Labels per document over all its annotators: the split is by document, not by annotator. */
function groupLabels(units: readonly { docId: string; labels: string[] }[]): Map<string, string[]> {
  const byDoc = new Map<string, string[]>()
  for (const u of units) {
    const labels = byDoc.get(u.docId)
    if (labels) labels.push(...u.labels)
    else byDoc.set(u.docId, [...u.labels])
  }
  return byDoc
}
