/** The relations a writer can write: those whose two spans it exported. */
import type { Relation } from '../contract/model.ts'
import { compareRelations } from '../corpus/ops.ts'
import type { ExportUnit, WriterNote } from './writer.ts'

/**
 * Each relation whose two ends `endOf` finds, written by `write`; one that
 * links a span not exported is left out, with a note in `notes`.
 */
export function relationsBetween<E, R>(
  docId: string,
  relations: readonly Relation[],
  endOf: (spanId: string) => E | undefined,
  notes: WriterNote[],
  write: (relation: Relation, from: E, to: E) => R,
): R[] {
  const written: R[] = []
  for (const r of relations) {
    const from = endOf(r.from)
    const to = endOf(r.to)
    if (from === undefined || to === undefined)
      notes.push({
        docId,
        kind: 'dropped',
        message: `relation ${r.id} (${r.type}) links a span that is not exported`,
      })
    else written.push(write(r, from, to))
  }
  return written
}

/** relationsBetween over a unit's relations in their canonical order, the ends by span id. */
export function unitRelations<E, R>(
  unit: ExportUnit,
  ends: ReadonlyMap<string, E>,
  notes: WriterNote[],
  write: (relation: Relation, from: E, to: E) => R,
): R[] {
  const relations = [...(unit.set?.relations ?? [])].sort(compareRelations)
  return relationsBetween(unit.doc.id, relations, (id) => ends.get(id), notes, write)
}
