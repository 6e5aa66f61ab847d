/**
 * The units an export writes, read a batch at a time: each document read once,
 * a damaged file left out and named, and spans that do not fit the text or
 * break the span rules left out, each with a note.
 */
import type { DocumentRecord } from '../../../shared/contract/model.ts'
import { NOTHING_SET_ASIDE, setAsideMisfits } from '../../../shared/corpus/set-aside.ts'
import { applySpanRules } from '../../../shared/corpus/span-rules.ts'
import { filterSet, type ExportFilter } from '../../../shared/datasets/filters.ts'
import type { ExportUnit, WriterNote } from '../../../shared/datasets/writer.ts'
import type { Corpus } from '../store/corpus.ts'
import { skipDamaged } from '../store/damaged.ts'
import type { SelectedUnit } from './dataset-selection.ts'

export interface ReadUnit {
  selected: SelectedUnit
  unit: ExportUnit
  /** What was left out of the unit, for the card and report. */
  left: WriterNote[]
}

/** A batch's units, each document read once, without what breaks the span rules. */
export function readBatch(
  corpus: Corpus,
  batch: readonly SelectedUnit[],
  filter: ExportFilter,
  damaged: (docId: string, problem: string) => void,
): ReadUnit[] {
  // A file that cannot be read leaves its document out, named in the card and report.
  const readable = <T>(docId: string, read: () => T): { value: T } | null => {
    const problems: string[] = []
    const value = skipDamaged(read, problems)
    for (const problem of problems) damaged(docId, problem)
    return problems.length ? null : { value: value as T }
  }
  const docs = new Map<string, DocumentRecord>()
  for (const id of new Set(batch.map((u) => u.docId))) {
    const doc = readable(id, () => corpus.readDocumentSync(id))
    if (doc) docs.set(id, doc.value)
  }
  return batch.flatMap((u) => {
    const doc = docs.get(u.docId)
    const found = doc && readable(u.docId, () => corpus.readAnnotationsSync(u.docId, u.annotator))
    if (!doc || !found) return []
    // Spans that do not fit the text are left out, each noted.
    const { set, setAside } = found.value
      ? setAsideMisfits(found.value, doc.text)
      : { set: null, setAside: NOTHING_SET_ASIDE }
    const misfits: WriterNote[] = setAside.spans.map((span, k) => ({
      docId: u.docId,
      spanId: span.id,
      kind: 'dropped',
      message: setAside.reasons[k] ?? '',
    }))
    const { unit, left } = ruledUnit({
      doc,
      set: set && filterSet(set, filter),
      annotator: u.annotator,
    })
    return [{ selected: u, unit, left: [...misfits, ...left] }]
  })
}

/** The unit without what breaks the span rules, and a note for each thing left out. */
function ruledUnit(unit: ExportUnit): { unit: ExportUnit; left: WriterNote[] } {
  if (!unit.set) return { unit, left: [] }
  const ruled = applySpanRules(unit.set.spans, unit.set.relations)
  const left = ruled.left.map((r): WriterNote => ({
    docId: unit.doc.id,
    ...(r.spanId ? { spanId: r.spanId } : {}),
    kind: 'dropped',
    message: r.message,
  }))
  if (left.length === 0) return { unit, left }
  return {
    unit: { ...unit, set: { ...unit.set, spans: ruled.spans, relations: ruled.relations } },
    left,
  }
}
