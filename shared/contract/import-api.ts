/**
 * The shapes of import: the options a user chooses, the preview a dialog
 * shows before anything is stored, the per-document results, and the checks
 * on documents already in the corpus. Referenced by the contract in api.ts.
 */
import { z } from 'zod'
import { CodePointOffsetSchema } from '../text/offsets.ts'
import { DecisionSchema, perStep } from '../cleanup/types.ts'

/** Steps switched on or off; a missing step takes its default (all on but footnotes). */
export const StepSwitchesSchema = perStep(z.boolean().optional())

/** What to do with a document that mostly repeats another: keep both linked (default), keep, skip. */
export const NearDuplicateActionSchema = z.enum(['link', 'keep', 'skip'])
export type NearDuplicateAction = z.infer<typeof NearDuplicateActionSchema>

/** Choices for one document of the batch, by its key (see DocumentPreview.key). */
export const DocumentChoiceSchema = z.object({
  /** Leave this document out. */
  skip: z.boolean().optional(),
  steps: StepSwitchesSchema.optional(),
  /** Per-decision choices by decision id: true applies it, false does not. */
  decisions: z.record(z.string(), z.boolean()).optional(),
  nearDuplicate: NearDuplicateActionSchema.optional(),
})
export type DocumentChoice = z.infer<typeof DocumentChoiceSchema>

export const ImportOptionsSchema = z.object({
  steps: StepSwitchesSchema.optional(),
  nearDuplicate: NearDuplicateActionSchema.optional(),
  /** Files larger than this many bytes are refused. */
  maxBytes: z.number().int().positive().optional(),
  /** Decode text files with this encoding instead of detecting one. */
  encoding: z.string().min(1).optional(),
  /** Field names in CSV and JSONL files; detected when absent. */
  fields: z
    .object({
      text: z.string().min(1).optional(),
      title: z.string().min(1).optional(),
      url: z.string().min(1).optional(),
      date: z.string().min(1).optional(),
    })
    .optional(),
  documents: z.record(z.string(), DocumentChoiceSchema).optional(),
})
export type ImportOptions = z.infer<typeof ImportOptionsSchema>

export const ImportFileSchema = z.object({ name: z.string().min(1), base64: z.string() })

export type DecisionView = z.infer<typeof DecisionSchema>

export const NearDuplicateSchema = z.object({
  /** The other document's id: in the corpus already, or the id it gets in this batch. */
  docId: z.string(),
  /** Set when the other document is in this batch, not yet in the corpus. */
  key: z.string().optional(),
  title: z.string(),
  /** Share of the smaller text found in the other, 0..1. */
  similarity: z.number(),
})
export type NearDuplicateView = z.infer<typeof NearDuplicateSchema>

export const DocumentPreviewSchema = z.object({
  /** Names the document in ImportOptions.documents: the file name, plus "#row 3" for bulk files. */
  key: z.string(),
  file: z.string(),
  part: z.string().optional(),
  /** The id the document gets with these choices (ids are content hashes). */
  docId: z.string(),
  title: z.string(),
  url: z.string().optional(),
  metadata: z.record(z.string(), z.string()),
  /** The text that would be stored. */
  text: z.string(),
  steps: perStep(z.boolean()),
  decisions: z.array(DecisionSchema),
  nearDuplicates: z.array(NearDuplicateSchema),
  /** Set when exactly this text is in the corpus already (or earlier in the batch). */
  duplicateOf: z.string().optional(),
  skip: z.boolean(),
  /** Something to know that does not stop the import (characters lost before it). */
  warning: z.string().optional(),
})
export type DocumentPreview = z.infer<typeof DocumentPreviewSchema>

export const FilePreviewSchema = z.object({
  file: z.string(),
  size: z.number().int(),
  format: z.string().optional(),
  encoding: z.string().optional(),
  note: z.string().optional(),
  /** Why the file cannot be imported; it then has no documents. */
  error: z.string().optional(),
  documents: z.array(DocumentPreviewSchema),
  /** Records of a bulk file that cannot be imported, each with its reason. */
  problems: z.array(z.object({ part: z.string(), message: z.string() })),
})
export type FilePreview = z.infer<typeof FilePreviewSchema>

export const ImportPreviewSchema = z.object({ files: z.array(FilePreviewSchema) })
export type ImportPreview = z.infer<typeof ImportPreviewSchema>

/** Names files the backend holds for an import dialog (see `import.stage`). */
export const StageIdSchema = z.string().min(1).max(64)

export const StagedImportSchema = z.object({ stage: StageIdSchema, preview: ImportPreviewSchema })
export type StagedImport = z.infer<typeof StagedImportSchema>

export const ImportResultSchema = z.object({
  file: z.string(),
  part: z.string().optional(),
  status: z.enum(['imported', 'duplicate', 'skipped', 'error']),
  docId: z.string().optional(),
  title: z.string().optional(),
  message: z.string().optional(),
  nearDuplicate: NearDuplicateSchema.extend({ action: NearDuplicateActionSchema }).optional(),
  /** Boilerplate lines left out of the stored text. */
  removed: z.number().int().optional(),
  /** Something to know about a stored document (characters lost before it came in). */
  warning: z.string().optional(),
})
export type ImportResult = z.infer<typeof ImportResultSchema>

export const UnplacedSpanSchema = z.object({
  spanId: z.string(),
  label: z.string(),
  text: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  reason: z.string(),
})

export const CopyAnnotationsResultSchema = z.object({
  copied: z.number().int(),
  relations: z.number().int(),
  revision: z.number().int(),
  unplaced: z.array(UnplacedSpanSchema),
})

export const DocumentFlagsSchema = z.object({
  annotated: z.boolean(),
  /** Lines of the stored text that look like boilerplate; code point ranges. */
  boilerplate: z.array(
    z.object({ start: CodePointOffsetSchema, end: CodePointOffsetSchema, reason: z.string() }),
  ),
  nearDuplicates: z.array(NearDuplicateSchema),
  /** The document this one was linked to as a near-duplicate at import, if any. */
  linkedTo: z.string().optional(),
})
export type DocumentFlags = z.infer<typeof DocumentFlagsSchema>
