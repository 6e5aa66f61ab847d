/** Checks annotations against the corpus schema; each returns a reason, or null when fine. */
import type { AttributeDef, LabelSchema, Relation, Span } from '../contract/model.ts'
import { ATTRIBUTE_TYPES, type SetValue } from './attribute-types.ts'
import { selfRelationProblem } from './span-rules.ts'

/** Relation types allowed from a span with label `from` to one with label `to`. */
export function allowedRelationTypes(
  schema: LabelSchema,
  from: string,
  to: string,
): LabelSchema['relationTypes'] {
  return schema.relationTypes.filter((t) => t.from.includes(from) && t.to.includes(to))
}

export function checkRelation(
  relation: Relation,
  spans: ReadonlyMap<string, Span>,
  schema: LabelSchema,
): string | null {
  const type = schema.relationTypes.find((t) => t.id === relation.type)
  if (!type) return `relation ${relation.id}: type ${relation.type} is not in the corpus schema`
  const from = spans.get(relation.from)
  const to = spans.get(relation.to)
  if (!from || !to) return `relation ${relation.id} links a span that does not exist`
  const self = selfRelationProblem(relation)
  if (self) return self
  if (!type.from.includes(from.label) || !type.to.includes(to.label)) {
    return `relation ${relation.id}: ${type.id} goes from ${type.from.join('/')} to ${type.to.join('/')}, not from ${from.label} to ${to.label}`
  }
  return null
}

export function checkAttributes(span: Span, schema: LabelSchema): string | null {
  const label = schema.labels.find((l) => l.id === span.label)
  if (!label) return `span ${span.id}: label ${span.label} is not in the corpus schema`
  for (const [key, value] of Object.entries(span.attributes ?? {})) {
    const def = label.attributes.find((a) => a.id === key)
    if (!def) return `span ${span.id}: ${label.id} has no attribute ${key}`
    if (value === null) continue
    const problem = attributeValueProblem(def, value)
    if (problem) return `span ${span.id}: attribute ${key} ${problem}`
  }
  return null
}

/**
 * Why `value` does not fit the attribute `def` ("must be a number from -90
 * to 90, not 95"), or null when it fits.
 */
export function attributeValueProblem(def: AttributeDef, value: SetValue): string | null {
  const type = ATTRIBUTE_TYPES[def.type]
  if (type.validate(value, def)) return null
  return `must be ${type.describe(def)}, not ${JSON.stringify(value)}`
}
