/**
 * The corpus model (format 1): what is stored on disk and crosses the API.
 * Every object read from disk or another process is parsed with these schemas.
 * Object keys are declared in the order they are written, because zod's output
 * follows the schema's key order and the store serializes that output.
 */
import { z } from 'zod'
import { CodePointEndSchema, CodePointOffsetSchema } from '../text/offsets.ts'

/** The format version of document and annotation files (and of a manifest with no migration log). */
export const FORMAT_VERSION = 1

/**
 * The manifest's version once it holds a migration log: a Spanbench that only
 * reads version 1 would ignore the log and show every file with its old ids,
 * so it must refuse the corpus (it does, naming the version) instead.
 */
export const MIGRATIONS_VERSION = 2

/** Ids name files, so they are restricted to characters every file system accepts. */
export const IdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'letters, digits, "_" and "-", at most 64')

/** The reserved annotator whose layer is the curated (gold) one. */
export const CURATION_LAYER = 'curation'

export const AnnotatorSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/, 'letters, digits, ".", "_" and "-", at most 64')

const ColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a color like #1f77b4')

/**
 * The kinds of value a label attribute holds. What each one means everywhere
 * (checking, editing, counting, every dataset format) is in
 * shared/corpus/attribute-types.ts; docs/attribute-types.md lists what a new one touches.
 */
export const AttributeTypeSchema = z.enum(['choice', 'number', 'text', 'boolean'])
export type AttributeType = z.infer<typeof AttributeTypeSchema>

export const AttributeDefSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  type: AttributeTypeSchema,
  options: z.array(z.string()).optional(),
  /** A number attribute's smallest and largest allowed values (e.g. a latitude's −90 and 90). */
  min: z.number().optional(),
  max: z.number().optional(),
})
export type AttributeDef = z.infer<typeof AttributeDefSchema>

export const LabelDefSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  color: ColorSchema,
  hotkey: z.string().max(1).optional(),
  description: z.string().optional(),
  attributes: z.array(AttributeDefSchema).default([]),
})
export type LabelDef = z.infer<typeof LabelDefSchema>

export const RelationTypeDefSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  from: z.array(IdSchema),
  to: z.array(IdSchema),
})
export type RelationTypeDef = z.infer<typeof RelationTypeDefSchema>

export const LabelSchemaSchema = z.object({
  labels: z.array(LabelDefSchema).min(1),
  relationTypes: z.array(RelationTypeDefSchema).default([]),
})
export type LabelSchema = z.infer<typeof LabelSchemaSchema>

const TimestampSchema = z.iso.datetime()

/** Id renames of a schema change (a step of the manifest's migration log). */
export const SchemaRenamesSchema = z.object({
  labels: z.record(IdSchema, IdSchema).default({}),
  relationTypes: z.record(IdSchema, IdSchema).default({}),
  /** By the label's new id: old attribute id → new attribute id. */
  attributes: z.record(IdSchema, z.record(IdSchema, IdSchema)).default({}),
})
export type SchemaRenames = z.infer<typeof SchemaRenamesSchema>

/**
 * One schema change that renamed or removed something: the renames, and the
 * schema it led to (which says what was removed). Annotation files record the
 * generation they were written at; a file is brought forward through every
 * later step when it is read, and keeps its ids on disk until its own
 * annotator saves it again. Nothing rewrites another annotator's files.
 */
export const MigrationStepSchema = z.object({
  generation: z.number().int().positive(),
  at: TimestampSchema,
  renames: SchemaRenamesSchema,
  schema: LabelSchemaSchema,
})
export type MigrationStep = z.infer<typeof MigrationStepSchema>

export const ManifestSchema = z.object({
  format: z.literal('spanbench.corpus'),
  version: z.union([z.literal(FORMAT_VERSION), z.literal(MIGRATIONS_VERSION)]),
  name: z.string().min(1),
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  schema: LabelSchemaSchema,
  /** The schema changes that renamed or removed ids, oldest first (version 2). */
  migrations: z.array(MigrationStepSchema).optional(),
  /**
   * Written by Spanbench before the migration log: a schema change whose
   * rewriting of the files was not finished. Read (and turned into a step of
   * the log) on open; never written.
   */
  pendingMigration: SchemaRenamesSchema.optional(),
})
export type Manifest = z.infer<typeof ManifestSchema>

export const SourceSchema = z.object({
  fileName: z.string(),
  format: z.string(),
  importedAt: TimestampSchema,
  encoding: z.string().optional(),
  url: z.string().optional(),
  bytesSha256: z.string().optional(),
  /** Where the original bytes are: `originals/<bytesSha256>.<ext>` in the corpus, or an absolute path. */
  original: z.string().optional(),
  /** The record of a multi-document file (CSV row, JSONL line) this document came from. */
  part: z.string().optional(),
  /** What cleanup changed at import, one line per step (the original bytes hold the rest). */
  cleanup: z.array(z.string()).optional(),
  /** Lines left out as boilerplate, kept so later imports still recognise them when they recur. */
  boilerplate: z.array(z.string()).optional(),
})
export type Source = z.infer<typeof SourceSchema>

export const DocumentRecordSchema = z.object({
  format: z.literal('spanbench.document'),
  version: z.literal(FORMAT_VERSION),
  id: IdSchema,
  title: z.string(),
  source: SourceSchema,
  metadata: z.record(z.string(), z.string()).default({}),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  text: z.string(),
})
export type DocumentRecord = z.infer<typeof DocumentRecordSchema>

export const AttributeValueSchema = z.union([z.string(), z.number(), z.boolean(), z.null()])
export type AttributeValue = z.infer<typeof AttributeValueSchema>

/** A piece of a discontinuous span: [start, end) in code points. */
export const FragmentSchema = z.tuple([CodePointOffsetSchema, CodePointEndSchema])

/**
 * Offsets are Unicode code points, start inclusive, end exclusive; `text` is the covered quote.
 * A discontinuous span (brat's "0 5;9 12") also lists its `fragments`, ascending and not overlapping;
 * start, end and text then cover the whole extent, from the first fragment to the last.
 */
export const SpanSchema = z
  .object({
    id: IdSchema,
    start: CodePointOffsetSchema,
    end: CodePointEndSchema,
    label: IdSchema,
    text: z.string(),
    attributes: z.record(z.string(), AttributeValueSchema).optional(),
    note: z.string().optional(),
    fragments: z.array(FragmentSchema).min(2).optional(),
    /** In the curated layer: the annotators whose layers had this span (issue 13). */
    sources: z.array(AnnotatorSchema).min(1).optional(),
  })
  .refine((s) => s.end > s.start, { message: 'end must be greater than start' })
  .refine((s) => !s.fragments || fragmentsFit(s.fragments, s.start, s.end), {
    message: 'fragments must be non-empty, ascending, not overlapping, and reach from start to end',
  })

export type Span = z.infer<typeof SpanSchema>

function fragmentsFit(
  fragments: readonly (readonly [number, number])[],
  start: number,
  end: number,
) {
  return fragments.every(
    ([a, b], i) =>
      a < b &&
      (i === 0 ? a === start : a >= (fragments[i - 1]?.[1] ?? Infinity)) &&
      (i < fragments.length - 1 || b === end),
  )
}

export const RelationSchema = z.object({
  id: IdSchema,
  type: IdSchema,
  from: IdSchema,
  to: IdSchema,
  /** In the curated layer: the annotators whose layers had this relation. */
  sources: z.array(AnnotatorSchema).min(1).optional(),
})
export type Relation = z.infer<typeof RelationSchema>

/** `curated`: the curated layer (annotator `curation`) of the document is finished. */
export const DocumentStatusSchema = z.enum([
  'new',
  'in_progress',
  'done',
  'needs_review',
  'curated',
])
export type DocumentStatus = z.infer<typeof DocumentStatusSchema>

/** Each status as people read it: the status menu, the document list, the dashboard, the key list. */
export const STATUS_TEXT: Readonly<Record<DocumentStatus, string>> = {
  new: 'new',
  in_progress: 'in progress',
  done: 'done',
  needs_review: 'needs review',
  curated: 'curated',
}

/** One annotator's work on one document. */
export const AnnotationSetSchema = z.object({
  format: z.literal('spanbench.annotations'),
  version: z.literal(FORMAT_VERSION),
  docId: IdSchema,
  annotator: AnnotatorSchema,
  textSha256: z.string().regex(/^[0-9a-f]{64}$/),
  status: DocumentStatusSchema,
  revision: z.number().int().nonnegative(),
  updatedAt: TimestampSchema,
  /** The annotator's note on the whole document. */
  note: z.string().optional(),
  /** The manifest's migration generation the ids were written at (absent: 0). */
  schemaGeneration: z.number().int().positive().optional(),
  spans: z.array(SpanSchema),
  relations: z.array(RelationSchema),
})
export type AnnotationSet = z.infer<typeof AnnotationSetSchema>

export const DocumentSummarySchema = z.object({
  id: IdSchema,
  title: z.string(),
  length: z.number().int().nonnegative(),
  spanCount: z.number().int().nonnegative(),
  status: DocumentStatusSchema,
  updatedAt: TimestampSchema.nullable(),
  /** Why a file of this document could not be read (it was left as is). */
  problem: z.string().optional(),
})
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>
