import type { AnnotationOp } from '../../../shared/corpus/ops.ts'
import { OpError, applyOps } from '../../../shared/corpus/ops.ts'
import type { AnnotationSet, LabelSchema, Span } from '../../../shared/contract/model.ts'
import { checkAttributes, checkRelation } from '../../../shared/corpus/schema-check.ts'
import type { OffsetMap } from '../../../shared/text/offsets.ts'
import { NOTHING_SET_ASIDE, spanMisfit } from '../../../shared/corpus/set-aside.ts'
import { SpanbenchError } from '../store/errors.ts'
import { TaskQueue } from '../store/task-queue.ts'
import { emptyAnnotationSet } from './documents-service.ts'
import type { HandlerSlice, ServiceContext } from './handlers.ts'
import { existingSuggestionModel } from './suggestion-model.ts'

/** Saves to one document happen one after another, never interleaved. */
const saves = new TaskQueue()

/**
 * One save: the operations were parsed at the edge (the API's schema); here
 * each span they add or change is checked once against the text and the
 * schema, the operations are applied to the set kept from the last read or
 * save, and the result is written as it is, without reading or parsing the
 * files again unless they changed on disk.
 */
export async function applyAnnotationOps(
  ctx: ServiceContext,
  docId: string,
  revision: number,
  ops: AnnotationOp[],
): Promise<{ revision: number; spanCount: number }> {
  const { corpus, annotator } = ctx
  return saves.run(`${corpus.dir}\u0000${annotator}\u0000${docId}`, async () => {
    const open = await corpus.openDocument(docId, annotator)
    const { doc, text } = open
    // Spans that do not fit the text are left out of the edit and written back as they were.
    const { set: current, setAside } = open.fitting ?? {
      set: emptyAnnotationSet(doc, annotator),
      setAside: NOTHING_SET_ASIDE,
    }
    if (current.revision !== revision) {
      throw new SpanbenchError(
        'conflict',
        `annotations of ${docId} changed elsewhere (revision ${current.revision}, not ${revision}); reload the document`,
      )
    }
    if (current.textSha256 !== doc.sha256) {
      throw new SpanbenchError(
        'conflict',
        `annotations of ${docId} were made on another version of its text`,
      )
    }
    for (const op of ops) checkOp(op, text, corpus.manifest.schema)
    let next
    try {
      next = applyOps(current, ops)
    } catch (err) {
      if (err instanceof OpError)
        throw new SpanbenchError('bad_request', `${docId}: ${err.message}`)
      throw err
    }
    checkResult(next, ops, corpus.manifest.schema)
    const saved = { ...next, revision: current.revision + 1, updatedAt: new Date().toISOString() }
    // In the ids of the schema it was read under: a schema change since is applied on reading.
    const generation = open.stored ? (open.stored.schemaGeneration ?? 0) : corpus.generation
    await corpus.saveAnnotations(open, { set: saved, setAside }, generation)
    void existingSuggestionModel(corpus, annotator)?.edited(docId)
    return { revision: saved.revision, spanCount: next.spans.length }
  })
}

/**
 * Attributes and relations are checked on the result, where every span they
 * name exists: those of the spans the edit adds or changes, and the relations
 * it adds or whose ends it changes. The rest were checked when they were saved.
 */
function checkResult(set: AnnotationSet, ops: readonly AnnotationOp[], schema: LabelSchema): void {
  const spans = new Map(set.spans.map((s) => [s.id, s]))
  const touched = new Set(
    ops.flatMap((op) =>
      op.op === 'updateSpan' ? [op.id] : op.op === 'addSpan' ? [op.span.id] : [],
    ),
  )
  const added = new Set(
    ops.flatMap((op) =>
      op.op === 'addRelation'
        ? [op.relation.id]
        : op.op === 'addSpan'
          ? (op.relations ?? []).map((r) => r.id)
          : [],
    ),
  )
  for (const id of touched) {
    const span = spans.get(id)
    const problem = span ? checkAttributes(span, schema) : null
    if (problem) throw new SpanbenchError('bad_request', problem)
  }
  for (const relation of set.relations) {
    if (!added.has(relation.id) && !touched.has(relation.from) && !touched.has(relation.to))
      continue
    const problem = checkRelation(relation, spans, schema)
    if (problem) throw new SpanbenchError('bad_request', problem)
  }
}

function checkOp(op: AnnotationOp, text: OffsetMap, schema: LabelSchema): void {
  if (op.op === 'addSpan') checkSpan(op.span, text, schema)
  if (op.op === 'updateSpan') {
    const { label, start, end, text: quote } = op.after
    if (label !== undefined) checkLabel(label, schema)
    if (start !== undefined || end !== undefined || quote !== undefined) {
      if (start === undefined || end === undefined || quote === undefined) {
        throw new SpanbenchError(
          'bad_request',
          `span ${op.id}: start, end and text change together`,
        )
      }
      checkSpan(
        { id: op.id, start, end, text: quote, label: label ?? schema.labels[0]?.id ?? '' },
        text,
        schema,
      )
    }
  }
}

/** A span must lie inside the text and quote exactly what it covers. */
export function checkSpan(span: Span, text: OffsetMap, schema: LabelSchema): void {
  checkLabel(span.label, schema)
  const misfit = spanMisfit(span, text)
  if (misfit) throw new SpanbenchError('bad_request', misfit)
}

function checkLabel(label: string, schema: LabelSchema): void {
  if (!schema.labels.some((l) => l.id === label)) {
    throw new SpanbenchError('bad_request', `label ${label} is not in the corpus schema`)
  }
}

export const annotationHandlers: HandlerSlice<'annotations.apply'> = {
  'annotations.apply': ({ docId, revision, ops }, ctx) =>
    applyAnnotationOps(ctx, docId, revision, ops),
}
