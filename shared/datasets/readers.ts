/** Dataset parsers (a dataset's files to documents and annotations) by import format. */
import { z } from 'zod'
import { parseBratDataset } from './brat-reader.ts'
import { parseDoccanoDataset } from './doccano-reader.ts'
import { parseJsonlDataset } from './jsonl-reader.ts'
import { parseLabelStudioDataset } from './labelstudio-reader.ts'
import type { DatasetParser } from './reader.ts'
import { parseSpacyDataset } from './spacy-reader.ts'

export const ImportFormatSchema = z.enum(['jsonl', 'brat', 'labelstudio', 'doccano', 'spacy'])
export type ImportFormat = z.infer<typeof ImportFormatSchema>

export const DATASET_PARSERS: Record<ImportFormat, DatasetParser> = {
  jsonl: parseJsonlDataset,
  brat: parseBratDataset,
  labelstudio: parseLabelStudioDataset,
  doccano: parseDoccanoDataset,
  spacy: parseSpacyDataset,
}

/** Which files of a folder a format reads. */
export const PARSER_EXTENSIONS: Record<ImportFormat, readonly string[]> = {
  jsonl: ['.jsonl'],
  brat: ['.txt', '.ann', '.conf'],
  labelstudio: ['.json'],
  doccano: ['.jsonl'],
  spacy: ['.jsonl'],
}
