/**
 * Checks of stored annotations against their document and the corpus
 * schema, for `spanbench validate`: every offset, quote and reference. Each
 * returns the problems in words; an empty list means the set is sound.
 */
import type { AnnotationSet, DocumentRecord, LabelSchema } from '../contract/model.ts'
import { OffsetMap } from '../text/offsets.ts'
import { checkAttributes, checkRelation } from './schema-check.ts'
import { blankSpanProblem } from './span-rules.ts'
import { canonicalText } from '../text/text.ts'

/** A document's own problems (its hash is checked by the caller, who can compute it). */
export function checkDocument(doc: DocumentRecord, fileId: string): string[] {
  const problems: string[] = []
  if (doc.id !== fileId) problems.push(`field id is ${doc.id}, not ${fileId} as the file is named`)
  if (canonicalText(doc.text) !== doc.text)
    problems.push(
      'the text is not canonical (CRLF, a BOM or text not in Unicode NFC): offsets may disagree with exports',
    )
  return problems
}

export function checkAnnotationSet(
  set: AnnotationSet,
  doc: DocumentRecord | null,
  schema: LabelSchema,
  names: { docId: string; annotator: string },
): string[] {
  const problems: string[] = []
  if (set.docId !== names.docId)
    problems.push(`field docId is ${set.docId}, not ${names.docId} as the file is named`)
  if (set.annotator !== names.annotator)
    problems.push(
      `field annotator is ${set.annotator}, not ${names.annotator} as the folder is named`,
    )
  if (!doc) {
    problems.push(`there is no document ${names.docId}`)
    return problems
  }
  if (set.textSha256 !== doc.sha256)
    problems.push('made on another version of the text (textSha256 differs)')
  const map = new OffsetMap(doc.text)
  const length = map.codePointLength
  const ids = new Set<string>()
  for (const span of set.spans) {
    const name = `span ${span.id}`
    if (ids.has(span.id)) problems.push(`${name}: the id is used twice`)
    ids.add(span.id)
    if (span.end > length) {
      problems.push(
        `${name}: [${span.start}, ${span.end}) is outside the text (${length} code points)`,
      )
      continue
    }
    const quote = map.slice(span.start, span.end)
    if (quote !== span.text)
      problems.push(
        `${name}: the text there reads ${JSON.stringify(quote)}, not ${JSON.stringify(span.text)}`,
      )
    const blank = blankSpanProblem(span)
    if (blank) problems.push(blank)
    const attributes = checkAttributes(span, schema)
    if (attributes) problems.push(attributes)
  }
  const spans = new Map(set.spans.map((s) => [s.id, s]))
  const relationIds = new Set<string>()
  for (const relation of set.relations) {
    if (relationIds.has(relation.id)) problems.push(`relation ${relation.id}: the id is used twice`)
    relationIds.add(relation.id)
    const problem = checkRelation(relation, spans, schema)
    if (problem) problems.push(problem)
  }
  return problems
}
