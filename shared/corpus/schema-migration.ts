/**
 * Changing a corpus's schema: validation of the new schema, and the migration
 * of one annotation set to it. Renamed ids carry over; spans of removed labels,
 * relations of removed types (or whose ends no longer fit), and attributes the
 * label no longer has (or whose value no longer fits) are removed, and counted,
 * so the user can be told before anything is changed. The migration is
 * idempotent: running it twice changes nothing more.
 */
import type { AnnotationSet, LabelSchema, SchemaRenames, Span } from '../contract/model.ts'
import { ATTRIBUTE_TYPES } from './attribute-types.ts'
import { checkAttributes, checkRelation } from './schema-check.ts'

export interface MigrationImpact {
  spansRelabelled: number
  spansRemoved: number
  relationsRemoved: number
  attributesRemoved: number
}

export const NO_IMPACT: MigrationImpact = {
  spansRelabelled: 0,
  spansRemoved: 0,
  relationsRemoved: 0,
  attributesRemoved: 0,
}

/** A reason the schema cannot be used, or null. */
export function validateSchema(schema: LabelSchema): string | null {
  const labelIds = new Set<string>()
  const hotkeys = new Set<string>()
  for (const label of schema.labels) {
    if (labelIds.has(label.id)) return `two labels have the id ${label.id}`
    labelIds.add(label.id)
    if (label.hotkey) {
      if (hotkeys.has(label.hotkey)) return `two labels have the hotkey ${label.hotkey}`
      hotkeys.add(label.hotkey)
    }
    const attributeIds = new Set<string>()
    for (const a of label.attributes) {
      if (attributeIds.has(a.id)) return `${label.id} has two attributes with the id ${a.id}`
      attributeIds.add(a.id)
      if (ATTRIBUTE_TYPES[a.type].hasOptions && !(a.options ?? []).length)
        return `${label.id}.${a.id} is a ${a.type} with no options`
    }
  }
  const typeIds = new Set<string>()
  for (const t of schema.relationTypes) {
    if (typeIds.has(t.id)) return `two relation types have the id ${t.id}`
    typeIds.add(t.id)
    const unknown = [...t.from, ...t.to].find((l) => !labelIds.has(l))
    if (unknown) return `relation type ${t.id} names ${unknown}, which is not a label`
    if (!t.from.length || !t.to.length)
      return `relation type ${t.id} needs at least one label on each end`
  }
  return null
}

/** One annotation set under the new schema, and what the change did to it. */
export function migrateSet<T extends Pick<AnnotationSet, 'spans' | 'relations'>>(
  set: T,
  schema: LabelSchema,
  renames: SchemaRenames,
): { set: T; impact: MigrationImpact } {
  const impact = { ...NO_IMPACT }
  const labels = new Set(schema.labels.map((l) => l.id))
  const spans: Span[] = []
  for (const original of set.spans) {
    const label = renames.labels[original.label] ?? original.label
    if (label !== original.label) impact.spansRelabelled++
    if (!labels.has(label)) {
      impact.spansRemoved++
      continue
    }
    spans.push(
      migrateAttributes({ ...original, label }, schema, renames.attributes[label] ?? {}, impact),
    )
  }
  const byId = new Map(spans.map((s) => [s.id, s]))
  const relations = set.relations
    .map((r) => ({ ...r, type: renames.relationTypes[r.type] ?? r.type }))
    .filter((r) => {
      const fits = checkRelation(r, byId, schema) === null
      if (!fits) impact.relationsRemoved++
      return fits
    })
  return { set: { ...set, spans, relations }, impact }
}

function migrateAttributes(
  span: Span,
  schema: LabelSchema,
  renames: Record<string, string>,
  impact: MigrationImpact,
): Span {
  if (!span.attributes) return span
  const attributes: NonNullable<Span['attributes']> = {}
  for (const [key, value] of Object.entries(span.attributes)) {
    const id = renames[key] ?? key
    if (checkAttributes({ ...span, attributes: { [id]: value } }, schema) === null)
      attributes[id] = value
    else impact.attributesRemoved++
  }
  const next: Span = { ...span }
  if (Object.keys(attributes).length) next.attributes = attributes
  else delete next.attributes
  return next
}

export function addImpact(a: MigrationImpact, b: MigrationImpact): MigrationImpact {
  return {
    spansRelabelled: a.spansRelabelled + b.spansRelabelled,
    spansRemoved: a.spansRemoved + b.spansRemoved,
    relationsRemoved: a.relationsRemoved + b.relationsRemoved,
    attributesRemoved: a.attributesRemoved + b.attributesRemoved,
  }
}
