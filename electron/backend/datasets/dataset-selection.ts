/**
 * Which documents an export takes, for which annotators, and in which split.
 * This pass reads annotation files only (no document text): the split must
 * be known before the first document is written, and a stratified split
 * needs every document's labels.
 */
import {
  filterSet,
  isUntouched,
  selectsDocument,
  type ExportFilter,
} from '../../../shared/datasets/filters.ts'
import { assignSplits, type SplitName, type SplitSpec } from '../../../shared/datasets/splits.ts'
import { setImmediate as nextTurn } from 'node:timers/promises'
import type { Corpus } from '../store/corpus.ts'
import { skipDamaged } from '../store/damaged.ts'
import { CURATION_LAYER } from '../../../shared/contract/model.ts'

const BATCH = 64

export interface SelectedUnit {
  docId: string
  annotator: string
  split: SplitName | null
}

export interface Selection {
  units: SelectedUnit[]
  /** Documents left out because the annotator never touched them (see ExportFilter.untouched). */
  untouched: number
}

/**
 * The units to export, by document then annotator. A document the
 * annotator never touched (no annotations, status new) is left out unless
 * the filter asks for it; with several annotators, a document is taken once
 * for each of them who annotated it. With `curatedElse`, each document's
 * curated layer is taken where its status is `curated`, and that
 * annotator's layer elsewhere.
 */
export async function selectUnits(
  corpus: Corpus,
  annotators: readonly string[],
  filter: ExportFilter,
  split: SplitSpec | null,
  curatedElse?: string,
): Promise<Selection> {
  const units: { docId: string; annotator: string; labels: string[] }[] = []
  const ids = (await corpus.documentIds()).filter(
    (id) => !filter.documents || filter.documents.includes(id),
  )
  // One annotator, every document, no status filter, no split: no annotation file to read.
  const [only] = annotators
  if (
    curatedElse === undefined &&
    only !== undefined &&
    annotators.length === 1 &&
    filter.untouched &&
    !filter.statuses &&
    !split
  )
    return { units: ids.map((docId) => ({ docId, annotator: only, split: null })), untouched: 0 }
  let untouched = 0
  for (let at = 0; at < ids.length; at += BATCH) {
    const batch = ids.slice(at, at + BATCH)
    // Blocking reads, one batch per turn of the event loop (see forEachBatch);
    // one batch at a time keeps memory flat.
    if (at > 0) await nextTurn()
    batch.forEach((docId) => {
      const read = (annotator: string) => {
        const problems: string[] = []
        const set = skipDamaged(() => corpus.readAnnotationsSync(docId, annotator), problems)
        return { set, damaged: problems.length > 0 }
      }
      const curated = curatedElse === undefined ? null : read(CURATION_LAYER)
      const layers =
        curatedElse === undefined
          ? annotators
          : [curated?.set?.status === 'curated' ? CURATION_LAYER : curatedElse]
      layers.forEach((annotator) => {
        const { set, damaged } = annotator === CURATION_LAYER && curated ? curated : read(annotator)
        // A damaged file is taken as it is: the export leaves it out and names it.
        if (damaged) return units.push({ docId, annotator, labels: [] })
        if (!set && layers.length > 1) return
        if (!selectsDocument(filter, docId, set?.status ?? 'new')) return
        if (!filter.untouched && isUntouched(set)) {
          untouched++
          return
        }
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
  return {
    units: units.map((u) => ({
      docId: u.docId,
      annotator: u.annotator,
      split: splits?.get(u.docId) ?? null,
    })),
    untouched,
  }
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

/** Warnings about what was selected: untouched documents left out, a split part left empty. */
export function selectionWarnings(selection: Selection, splitNames: readonly string[]): string[] {
  const warnings: string[] = []
  if (selection.untouched > 0)
    warnings.push(
      `${selection.untouched} document${selection.untouched === 1 ? '' : 's'} without annotations (status new, no spans) left out; include them with --include-untouched`,
    )
  const docs = new Set(selection.units.map((u) => u.docId)).size
  for (const name of splitNames) {
    if (selection.units.some((u) => u.split === name)) continue
    warnings.push(
      `the ${name} split is empty: ${docs} document${docs === 1 ? '' : 's'} could not fill every share`,
    )
  }
  return warnings
}
