/**
 * The schema editor's working copy: every label, attribute and relation type
 * remembers the id it had when the editor opened (`origin`), so saving can
 * tell a rename from a removal plus an addition.
 */
import type {
  AttributeDef,
  AttributeType,
  LabelSchema,
  SchemaRenames,
} from '../../shared/contract/model.ts'
import { ATTRIBUTE_TYPES } from '../../shared/corpus/attribute-types.ts'

export interface AttributeDraft {
  origin: string | null
  id: string
  name: string
  type: AttributeType
  /** Choice options, comma-separated as typed. */
  options: string
  /** A number's allowed range, kept as the schema has it (not edited here). */
  range?: Pick<AttributeDef, 'min' | 'max'>
}

export interface LabelDraft {
  /** Stable while editing: relation types refer to labels by it. */
  key: string
  origin: string | null
  id: string
  name: string
  color: string
  hotkey: string
  description: string
  attributes: AttributeDraft[]
}

export interface RelationTypeDraft {
  origin: string | null
  id: string
  name: string
  /** Label keys. */
  from: string[]
  to: string[]
}

export interface SchemaDraft {
  labels: LabelDraft[]
  relationTypes: RelationTypeDraft[]
}

export function draftOf(schema: LabelSchema): SchemaDraft {
  return {
    labels: schema.labels.map((l) => ({
      key: l.id,
      origin: l.id,
      id: l.id,
      name: l.name,
      color: l.color,
      hotkey: l.hotkey ?? '',
      description: l.description ?? '',
      attributes: l.attributes.map((a) => ({
        origin: a.id,
        id: a.id,
        name: a.name,
        type: a.type,
        options: (a.options ?? []).join(', '),
        range: {
          ...(a.min === undefined ? {} : { min: a.min }),
          ...(a.max === undefined ? {} : { max: a.max }),
        },
      })),
    })),
    relationTypes: schema.relationTypes.map((t) => ({
      origin: t.id,
      id: t.id,
      name: t.name,
      from: [...t.from],
      to: [...t.to],
    })),
  }
}

/** The schema a draft describes, and the renames that carry existing annotations over. */
export function schemaOf(draft: SchemaDraft): { schema: LabelSchema; renames: SchemaRenames } {
  const renames: SchemaRenames = { labels: {}, relationTypes: {}, attributes: {} }
  const labelId = new Map<string, string>()
  for (const l of draft.labels) {
    labelId.set(l.key, l.id)
    if (l.origin && l.origin !== l.id) renames.labels[l.origin] = l.id
    const attributeRenames = Object.fromEntries(
      l.attributes.filter((a) => a.origin && a.origin !== a.id).map((a) => [a.origin ?? '', a.id]),
    )
    if (Object.keys(attributeRenames).length) renames.attributes[l.id] = attributeRenames
  }
  for (const t of draft.relationTypes) {
    if (t.origin && t.origin !== t.id) renames.relationTypes[t.origin] = t.id
  }
  // Ends whose label was removed are dropped with it.
  const current = (keys: string[]) => keys.flatMap((k) => labelId.get(k) ?? [])
  const schema: LabelSchema = {
    labels: draft.labels.map((l) => ({
      id: l.id.trim(),
      name: l.name.trim() || l.id.trim(),
      color: l.color,
      ...(l.hotkey ? { hotkey: l.hotkey } : {}),
      ...(l.description.trim() ? { description: l.description.trim() } : {}),
      attributes: l.attributes.map((a) => ({
        id: a.id.trim(),
        name: a.name.trim() || a.id.trim(),
        type: a.type,
        ...(ATTRIBUTE_TYPES[a.type].hasOptions
          ? {
              options: a.options
                .split(',')
                .map((o) => o.trim())
                .filter(Boolean),
            }
          : {}),
        ...(a.type === 'number' ? a.range : {}),
      })),
    })),
    relationTypes: draft.relationTypes.map((t) => ({
      id: t.id.trim(),
      name: t.name.trim() || t.id.trim(),
      from: current(t.from),
      to: current(t.to),
    })),
  }
  return { schema, renames }
}

/**
 * Removes a label from the draft, and from the ends of relation types; a type
 * left with no label at one end goes too, visibly, before anything is saved.
 */
export function removeLabel(draft: SchemaDraft, index: number): SchemaDraft {
  const key = draft.labels[index]?.key
  return {
    labels: draft.labels.filter((_, k) => k !== index),
    relationTypes: draft.relationTypes
      .map((t) => ({
        ...t,
        from: t.from.filter((k) => k !== key),
        to: t.to.filter((k) => k !== key),
      }))
      .filter((t) => t.from.length > 0 && t.to.length > 0),
  }
}

const PALETTE = ['#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf', '#ff7f0e']

export function newLabel(draft: SchemaDraft): LabelDraft {
  const taken = new Set(draft.labels.map((l) => l.hotkey))
  const hotkey = ['5', '6', '7', '8', '9'].find((k) => !taken.has(k)) ?? ''
  return {
    key: `new-${draft.labels.length}-${Math.random().toString(36).slice(2)}`,
    origin: null,
    id: `LABEL_${draft.labels.length + 1}`,
    name: `Label ${draft.labels.length + 1}`,
    color: PALETTE[draft.labels.length % PALETTE.length] ?? '#7f7f7f',
    hotkey,
    description: '',
    attributes: [],
  }
}
