/**
 * The API calls of team annotation (issue 13): other annotators' layers,
 * agreement, layer comparison, curation and assignment. Spread into `api`
 * (api.ts); the handlers are in electron/backend/services/.
 */
import { z } from 'zod'
import { AgreementProblemSchema, AgreementReportSchema } from '../agreement/report.ts'
import { ConfusionSchema } from '../agreement/confusion.ts'
import { DisagreementSchema } from '../agreement/compare.ts'
import { CurationCandidateSchema, CurationThresholdSchema } from '../agreement/curation.ts'
import { AnnotationSetSchema, AnnotatorSchema, DocumentStatusSchema, IdSchema } from './model.ts'
import { AnnotationOpSchema } from '../corpus/ops.ts'
import { AssignmentSchema, ProgressReportSchema } from '../agreement/assignment.ts'

export const LayerSummarySchema = z.object({
  annotator: AnnotatorSchema,
  spans: z.number().int().nonnegative(),
  relations: z.number().int().nonnegative(),
  /** `new` when the annotator has no file for the document. */
  status: DocumentStatusSchema,
  updatedAt: z.string().nullable(),
  /** The file's revision (0 when there is none): whether a layer moved on, without reading it whole. */
  revision: z.number().int().nonnegative(),
  /** Why the annotator's file could not be read (it is left as is). */
  problem: z.string().optional(),
})
export type LayerSummary = z.infer<typeof LayerSummarySchema>

export const teamApi = {
  /**
   * Agreement between annotators (docs/agreement.md): every pair per label and
   * overall, κ, α, α_u, relations, attributes, per document. Files that could
   * not be read are listed in `problems` and left out.
   */
  'agreement.compute': {
    input: z.object({
      /** At least two; default: every annotator but `curation`. */
      annotators: z.array(AnnotatorSchema).min(2).optional(),
      labels: z.array(IdSchema).min(1).optional(),
      documents: z.array(IdSchema).min(1).optional(),
    }),
    output: z.object({
      report: AgreementReportSchema,
      problems: z.array(AgreementProblemSchema),
      /** Per pair of annotators, the confusion matrix of labels (spans paired by overlap, any label). */
      confusion: z.array(ConfusionSchema),
    }),
  },
  /** Every annotator of the corpus (curation included) with their counts on this document: the layer picker. */
  'layers.list': {
    input: z.object({ docId: IdSchema }),
    output: z.object({ layers: z.array(LayerSummarySchema) }),
  },
  /** Any annotator's layer of a document, to show read-only (an empty set when they have none). */
  'layers.get': {
    input: z.object({ docId: IdSchema, annotator: AnnotatorSchema }),
    output: AnnotationSetSchema,
  },
  /** Where two layers of a document differ, by kind, in text order: the compare view. */
  'layers.compare': {
    input: z.object({ docId: IdSchema, a: AnnotatorSchema, b: AnnotatorSchema }),
    output: z.object({ disagreements: z.array(DisagreementSchema) }),
  },
  /**
   * Opens the curated layer of a document. The first time, it is created with
   * what all (or a majority of) the layers agree on; later it is returned as it is.
   */
  'curation.start': {
    input: z.object({
      docId: IdSchema,
      threshold: CurationThresholdSchema.default('all'),
      /** The layers to curate from; default: everyone (but curation) who coded it. */
      annotators: z.array(AnnotatorSchema).min(1).optional(),
    }),
    output: z.object({
      annotations: AnnotationSetSchema,
      created: z.boolean(),
      preAccepted: z.object({ spans: z.number().int(), relations: z.number().int() }),
    }),
  },
  /** What the layers have and the curated layer does not yet, in text order: the curator steps through these. */
  'curation.candidates': {
    input: z.object({
      docId: IdSchema,
      annotators: z.array(AnnotatorSchema).min(1).optional(),
    }),
    output: z.object({ candidates: z.array(CurationCandidateSchema) }),
  },
  /** Edits the curated layer: `annotations.apply` for the annotator `curation` (accept = addSpan with `sources`). */
  'curation.apply': {
    input: z.object({
      docId: IdSchema,
      revision: z.number().int().nonnegative(),
      ops: z.array(AnnotationOpSchema).min(1),
    }),
    output: z.object({ revision: z.number().int(), spanCount: z.number().int() }),
  },
  /** The corpus's assignment (assignment.json), or null when it has none. */
  'assignment.get': {
    input: z.object({}),
    output: z.object({ assignment: AssignmentSchema.nullable() }),
  },
  /** Each annotator's progress on their assigned documents, and each document's status per annotator. */
  'annotators.progress': { input: z.object({}), output: ProgressReportSchema },
} as const
