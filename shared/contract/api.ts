/**
 * The API contract: every call the renderer can make, declared once with its
 * input and output schemas. Both transports (Electron IPC and browser-mode
 * HTTP) carry exactly these calls; types on both sides derive from here.
 */
import { z } from 'zod'
import { CodePointEndSchema, CodePointOffsetSchema } from '../text/offsets.ts'
import {
  AnnotationSetSchema,
  AnnotatorSchema,
  DocumentRecordSchema,
  DocumentSummarySchema,
  IdSchema,
  LabelSchemaSchema,
  SchemaRenamesSchema,
} from './model.ts'
import {
  CopyAnnotationsResultSchema,
  DocumentFlagsSchema,
  ImportFileSchema,
  ImportOptionsSchema,
  ImportPreviewSchema,
  ImportResultSchema,
  StageIdSchema,
  StagedImportSchema,
} from './import-api.ts'
import { ExportJobSchema, ExportOptionsSchema } from '../datasets/export-options.ts'
import { AnnotationOpSchema } from '../corpus/ops.ts'
import { SuggestionSchema } from '../suggestions/suggestions.ts'
import { ClaimRowSchema } from '../corpus/claims.ts'
import { CorpusStatsSchema } from './stats-api.ts'
import { MapPointSchema } from '../geo/map-points.ts'
import { teamApi } from './team-api.ts'

export const CorpusInfoSchema = z.object({
  name: z.string(),
  path: z.string(),
  formatVersion: z.number().int().positive(),
  annotator: AnnotatorSchema,
  readOnly: z.boolean(),
  readOnlyReason: z.string().optional(),
  schema: LabelSchemaSchema,
  documentCount: z.number().int(),
  /** The document this user had open last in this corpus, if it is still there. */
  lastDocument: z.string().optional(),
})
export type CorpusInfo = z.infer<typeof CorpusInfoSchema>

export const SchemaImpactSchema = z.object({
  spansRelabelled: z.number().int(),
  spansRemoved: z.number().int(),
  relationsRemoved: z.number().int(),
  attributesRemoved: z.number().int(),
  files: z.number().int(),
  /** Annotation files left out because they could not be read: path and reason. */
  problems: z.array(z.string()).default([]),
})

export { ImportResultSchema, type ImportResult } from './import-api.ts'

export const ExportFormatSchema = z.enum([
  'jsonl',
  'spacy',
  'prodigy',
  'conll',
  'bioes',
  'hf',
  'brat',
  'labelstudio',
  'doccano',
  'uima-json',
  'claims-csv',
])
export type ExportFormat = z.infer<typeof ExportFormatSchema>

/** One document a search found: its first match, in code points, and the text around it. */
export const SearchHitSchema = z.object({
  docId: IdSchema,
  title: z.string(),
  /** The match in the document's text: code points, start inclusive, end exclusive. */
  start: CodePointOffsetSchema,
  end: CodePointOffsetSchema,
  /** Text around the match, starting at code point `snippetStart` of the document. */
  snippet: z.string(),
  snippetStart: CodePointOffsetSchema,
  /** For an annotation search: the span found, and its label. */
  spanId: z.string().optional(),
  label: z.string().optional(),
})
export type SearchHit = z.infer<typeof SearchHitSchema>

export const api = {
  'corpus.info': { input: z.object({}), output: CorpusInfoSchema },
  /** The corpus in numbers for the current annotator, and every annotator's progress: the dashboard. */
  'corpus.stats': { input: z.object({}), output: CorpusStatsSchema },
  /** PLACE spans with coordinates and the casualty figures located there: the map. */
  'map.points': {
    input: z.object({}),
    output: z.object({
      points: z.array(MapPointSchema),
      /** PLACE spans without coordinates (neither their own nor the gazetteer's). */
      unplaced: z.number().int(),
    }),
  },
  /** Tokens that change when files change on disk (a git pull, a sync, a save): see changes-service.ts. */
  'corpus.changes': {
    input: z.object({ docId: IdSchema.optional() }),
    output: z.object({
      /** Moves when the list, the schema or another annotator's files change. */
      team: z.string(),
      /** Moves when the annotator's own file of the open document changes (their saves too). */
      own: z.string(),
    }),
  },
  'corpus.setAnnotator': {
    input: z.object({ annotator: AnnotatorSchema }),
    output: CorpusInfoSchema,
  },
  /** Remembers the open document, so the next start opens it again. */
  'corpus.setLastDocument': { input: z.object({ id: IdSchema }), output: z.object({}) },
  'documents.list': { input: z.object({}), output: z.array(DocumentSummarySchema) },
  'documents.get': {
    input: z.object({ id: IdSchema }),
    output: z.object({
      document: DocumentRecordSchema,
      annotations: AnnotationSetSchema,
      /** Spans of the file that do not fit the text: left out of `annotations`, kept in the file. */
      setAside: z.array(z.string()).default([]),
    }),
  },
  /** Sets (or, with '', removes) a document's date: the day it was published, as YYYY-MM-DD. */
  'documents.setDate': {
    input: z.object({ id: IdSchema, date: z.union([z.literal(''), z.iso.date()]) }),
    output: z.object({ date: z.string() }),
  },
  /**
   * Documents holding every word of the query (case and accents ignored; the
   * last word as a prefix), in list order; with `label:ID` or attribute
   * conditions (`outcome:killed best>10`), the annotations meeting them.
   */
  'documents.search': {
    input: z.object({
      query: z.string().min(1).max(1000),
      limit: z.number().int().min(1).max(1000).default(50),
    }),
    output: z.object({ hits: z.array(SearchHitSchema), total: z.number().int().nonnegative() }),
  },
  'annotations.apply': {
    input: z.object({
      docId: IdSchema,
      revision: z.number().int().nonnegative(),
      ops: z.array(AnnotationOpSchema).min(1),
    }),
    output: z.object({ revision: z.number().int(), spanCount: z.number().int() }),
  },
  /**
   * The import dialog's first call: the backend reads and decodes the files
   * once and holds them under the returned stage id (in memory, for a while);
   * the preview shows what `import.commit` would store with these options.
   */
  'import.stage': {
    input: z.object({
      files: z.array(ImportFileSchema).min(1),
      options: ImportOptionsSchema.optional(),
    }),
    output: StagedImportSchema,
  },
  /** The staged files previewed with other options; nothing is stored. */
  'import.preview': {
    input: z.object({ stage: StageIdSchema, options: ImportOptionsSchema.optional() }),
    output: ImportPreviewSchema,
  },
  /** Stores staged files (indexes in the order staged; all when absent) as previewed with these options. */
  'import.commit': {
    input: z.object({
      stage: StageIdSchema,
      options: ImportOptionsSchema.optional(),
      files: z.array(z.number().int().nonnegative()).min(1).optional(),
    }),
    output: z.array(ImportResultSchema),
  },
  /** Plans and stores files in one call, without a preview (scripts, tests). */
  'import.files': {
    input: z.object({
      files: z.array(ImportFileSchema).min(1),
      options: ImportOptionsSchema.optional(),
    }),
    output: z.array(ImportResultSchema),
  },
  /** Copies one annotator's spans (and relations) from one document onto another through a text alignment. */
  'annotations.copyFrom': {
    input: z.object({
      fromDocId: IdSchema,
      toDocId: IdSchema,
      /** Whose annotations to copy; the current annotator's by default. */
      annotator: AnnotatorSchema.optional(),
    }),
    output: CopyAnnotationsResultSchema,
  },
  /** Boilerplate lines and near-duplicates of a stored document, found against the rest of the corpus. */
  'documents.flags': { input: z.object({ id: IdSchema }), output: DocumentFlagsSchema },
  'claims.list': { input: z.object({}), output: z.array(ClaimRowSchema) },
  /** What a schema change would do to the existing annotations, before it is made. */
  'schema.impact': {
    input: z.object({ schema: LabelSchemaSchema, renames: SchemaRenamesSchema }),
    output: SchemaImpactSchema,
  },
  /** Saves a schema change; renames and removals are applied to each file when it is read. */
  'schema.update': {
    input: z.object({ schema: LabelSchemaSchema, renames: SchemaRenamesSchema }),
    output: CorpusInfoSchema,
  },
  /** Proposed highlights for a document: corpus strings, gazetteer names, figure patterns. */
  'suggestions.list': { input: z.object({ docId: IdSchema }), output: z.array(SuggestionSchema) },
  /**
   * The annotator rejects a suggestion: saved in their own rejections file,
   * learnt by the model at once, and never proposed again in that document.
   */
  'suggestions.reject': {
    input: z.object({
      docId: IdSchema,
      start: CodePointOffsetSchema,
      end: CodePointEndSchema,
      label: IdSchema,
    }),
    output: z.object({}),
  },
  /**
   * Starts an export with options and a dataset card: the desktop app asks
   * where to save; browser mode writes it aside for `download`. `job` is null
   * when the user cancelled the save dialog.
   */
  'export.start': {
    input: z.object({
      format: ExportFormatSchema,
      options: ExportOptionsSchema.default({}),
      to: z.enum(['path', 'download']),
    }),
    output: z.object({ job: z.string().nullable() }),
  },
  /** How far an export has got, and what it wrote when done. */
  'export.progress': { input: z.object({ job: z.string() }), output: ExportJobSchema },
  ...teamApi,
} as const

export type Api = typeof api
export type Method = keyof Api
export type ApiInput<M extends Method> = z.input<Api[M]['input']>
export type ApiOutput<M extends Method> = z.output<Api[M]['output']>

export const ErrorCodeSchema = z.enum([
  'bad_request',
  'not_found',
  'conflict',
  'read_only',
  /** The disk (or the user's quota) is full: nothing was changed. */
  'no_space',
  'corrupt',
  'too_new',
  'internal',
])
export type ErrorCode = z.infer<typeof ErrorCodeSchema>

/** What crosses a process boundary: a value or a coded error, never a thrown object. */
export type Result<T> =
  { ok: true; value: T } | { ok: false; error: { code: ErrorCode; message: string } }

export const ResultEnvelopeSchema = z.union([
  z.object({ ok: z.literal(true), value: z.unknown() }),
  z.object({
    ok: z.literal(false),
    error: z.object({ code: ErrorCodeSchema, message: z.string() }),
  }),
])

export function isMethod(name: string): name is Method {
  return Object.hasOwn(api, name)
}
