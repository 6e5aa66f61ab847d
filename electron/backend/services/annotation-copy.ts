/**
 * Copies one annotator's spans from a document onto another version of it (a
 * near-duplicate) through a word alignment of the two texts. Every copied
 * span goes through the same checks as an edit made by hand, and those that
 * could not be placed are listed with the reason; relations follow when both
 * of their spans made it.
 */
import { placeSpans } from '../../../shared/text/align.ts'
import type { z } from 'zod'
import type { CopyAnnotationsResultSchema } from '../../../shared/contract/import-api.ts'
import { IdSchema, type Relation, type Span } from '../../../shared/contract/model.ts'
import type { AnnotationOp } from '../../../shared/corpus/ops.ts'
import { SpanbenchError } from '../store/errors.ts'
import { applyAnnotationOps } from './annotations-service.ts'
import { emptyAnnotationSet } from './documents-service.ts'
import type { HandlerSlice, ServiceContext } from './handlers.ts'

type CopyResult = z.output<typeof CopyAnnotationsResultSchema>

export async function copyAnnotations(
  ctx: ServiceContext,
  fromDocId: string,
  toDocId: string,
  sourceAnnotator = ctx.annotator,
): Promise<CopyResult> {
  if (fromDocId === toDocId) {
    throw new SpanbenchError(
      'bad_request',
      'annotations are copied between two different documents',
    )
  }
  const { corpus, annotator } = ctx
  const [from, to] = await Promise.all([
    corpus.readDocument(fromDocId),
    corpus.readDocument(toDocId),
  ])
  const source = await corpus.readAnnotations(fromDocId, sourceAnnotator)
  const target =
    (await corpus.readAnnotations(toDocId, annotator)) ?? emptyAnnotationSet(to, annotator)
  if (!source || source.spans.length === 0) {
    return { copied: 0, relations: 0, revision: target.revision, unplaced: [] }
  }
  if (source.textSha256 !== from.sha256) {
    throw new SpanbenchError(
      'conflict',
      `annotations of ${fromDocId} were made on another version of its text`,
    )
  }
  const { placed, unplaced } = placeSpans(source.spans, from.text, to.text)

  // A span already there (same place, same label) is not added twice; ids stay unique.
  const taken = new Set(target.spans.map((s) => s.id))
  const newId = new Map<string, string>()
  const ops: AnnotationOp[] = []
  for (const { span, moved } of placed) {
    const where = `${moved.start}:${moved.end}:${moved.label}`
    const same = target.spans.find((s) => `${s.start}:${s.end}:${s.label}` === where)
    if (same) {
      newId.set(span.id, same.id)
      continue
    }
    const id = freshId(span.id, taken)
    newId.set(span.id, id)
    ops.push({ op: 'addSpan', span: { ...moved, id } satisfies Span })
  }
  const relationIds = new Set(target.relations.map((r) => r.id))
  const present = new Set(target.relations.map((r) => `${r.type}:${r.from}:${r.to}`))
  let relations = 0
  for (const r of source.relations) {
    const fromId = newId.get(r.from)
    const toId = newId.get(r.to)
    if (!fromId || !toId || present.has(`${r.type}:${fromId}:${toId}`)) continue
    const relation: Relation = { ...r, id: freshId(r.id, relationIds), from: fromId, to: toId }
    ops.push({ op: 'addRelation', relation })
    relations++
  }
  const copied = ops.filter((o) => o.op === 'addSpan').length
  const revision =
    ops.length > 0
      ? (await applyAnnotationOps(ctx, toDocId, target.revision, ops)).revision
      : target.revision
  return {
    copied,
    relations,
    revision,
    unplaced: unplaced.map(({ span, reason }) => ({
      spanId: span.id,
      label: span.label,
      text: span.text,
      start: span.start,
      end: span.end,
      reason,
    })),
  }
}

/** `id`, or `id-2`, `id-3`… when taken; always a valid id. */
function freshId(id: string, taken: Set<string>): string {
  let candidate = id
  for (let n = 2; taken.has(candidate); n++) candidate = `${id.slice(0, 56)}-${n}`
  IdSchema.parse(candidate)
  taken.add(candidate)
  return candidate
}

export const annotationCopyHandlers: HandlerSlice<'annotations.copyFrom'> = {
  'annotations.copyFrom': ({ fromDocId, toDocId, annotator }, ctx) =>
    copyAnnotations(ctx, fromDocId, toDocId, annotator),
}
