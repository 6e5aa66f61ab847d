/** Checks annotations against the corpus schema; each returns a reason, or null when fine. */
import type { AttributeValue, LabelSchema, Relation, Span } from '../contract/model.ts'
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
    if (!fits(def.type, def.options, value)) {
      return `span ${span.id}: attribute ${key} must be ${describe(def.type, def.options)}, not ${JSON.stringify(value)}`
    }
  }
  return null
}

function fits(
  type: string,
  options: readonly string[] | undefined,
  value: AttributeValue,
): boolean {
  switch (type) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'boolean':
      return typeof value === 'boolean'
    case 'choice':
      return typeof value === 'string' && (options ?? []).includes(value)
    default:
      return typeof value === 'string'
  }
}

function describe(type: string, options: readonly string[] | undefined): string {
  return type === 'choice' ? `one of ${(options ?? []).join(', ')}` : `a ${type}`
}
