/** What an export holds, counted as it streams, for the dataset card. */
import type { LabelSchema } from '../contract/model.ts'
import type { ExportUnit } from './writer.ts'
import { attributeTypeOf } from '../corpus/attribute-types.ts'

export interface DatasetCounts {
  documents: number
  spans: number
  relations: number
  byLabel: Record<string, number>
  byRelation: Record<string, number>
  /** Attribute id -> value -> spans; numbers and free text are counted together as "(any value)". */
  byAttribute: Record<string, Record<string, number>>
  annotators: string[]
}

export function emptyCounts(): DatasetCounts {
  return {
    documents: 0,
    spans: 0,
    relations: 0,
    byLabel: {},
    byRelation: {},
    byAttribute: {},
    annotators: [],
  }
}

const add = (record: Record<string, number>, key: string) => {
  record[key] = (record[key] ?? 0) + 1
}

export const ANY_VALUE = '(any value)'

/** Adds one exported unit to the counts. */
export function countUnit(counts: DatasetCounts, unit: ExportUnit, schema: LabelSchema): void {
  counts.documents++
  if (!counts.annotators.includes(unit.annotator)) counts.annotators.push(unit.annotator)
  for (const span of unit.set?.spans ?? []) {
    counts.spans++
    add(counts.byLabel, span.label)
    for (const [id, value] of Object.entries(span.attributes ?? {})) {
      if (value === null) continue
      const def = schema.labels
        .find((l) => l.id === span.label)
        ?.attributes.find((a) => a.id === id)
      const byValue = attributeTypeOf(def, value).countedByValue
      add((counts.byAttribute[id] ??= {}), byValue ? String(value) : ANY_VALUE)
    }
  }
  for (const relation of unit.set?.relations ?? []) {
    counts.relations++
    add(counts.byRelation, relation.type)
  }
}
