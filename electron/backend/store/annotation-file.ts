/**
 * The bytes of an annotation file, written from a set whose parts were all
 * checked already (a save: the edit's spans when they came in, the rest when
 * the file was read), so nothing is parsed again. Keys come in the schema's
 * order, as `serialize` would write them after parsing: the same bytes
 * (annotation-file.test.ts holds the two side by side).
 */
import {
  AnnotationSetSchema,
  RelationSchema,
  SpanSchema,
  type AnnotationSet,
} from '../../../shared/contract/model.ts'

const SET_KEYS = Object.keys(AnnotationSetSchema.shape)
const SPAN_KEYS = Object.keys(SpanSchema.shape)
const RELATION_KEYS = Object.keys(RelationSchema.shape)

/** The object with `keys` in that order, leaving out those it does not have (or holds undefined). */
function inOrder(value: object, keys: readonly string[]): Record<string, unknown> {
  const source = value as Record<string, unknown>
  const out: Record<string, unknown> = {}
  for (const key of keys) if (source[key] !== undefined) out[key] = source[key]
  return out
}

export function annotationFileText(set: AnnotationSet): string {
  const ordered = inOrder(set, SET_KEYS)
  ordered['spans'] = set.spans.map((span) => inOrder(span, SPAN_KEYS))
  ordered['relations'] = set.relations.map((relation) => inOrder(relation, RELATION_KEYS))
  return `${JSON.stringify(ordered, null, 2)}\n`
}
