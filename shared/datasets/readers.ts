/** Dataset readers by import format. */
import { z } from 'zod'
import { readBrat } from './brat-reader.ts'
import { readDoccano } from './doccano-reader.ts'
import { readJsonl } from './jsonl-reader.ts'
import { readLabelStudio } from './labelstudio-reader.ts'
import type { DatasetReader } from './reader.ts'
import { readSpacy } from './spacy-reader.ts'

export const ImportFormatSchema = z.enum(['jsonl', 'brat', 'labelstudio', 'doccano', 'spacy'])
export type ImportFormat = z.infer<typeof ImportFormatSchema>

export const DATASET_READERS: Record<ImportFormat, DatasetReader> = {
  jsonl: readJsonl,
  brat: readBrat,
  labelstudio: readLabelStudio,
  doccano: readDoccano,
  spacy: readSpacy,
}

/** Which files of a folder a format reads. */
export const READER_EXTENSIONS: Record<ImportFormat, readonly string[]> = {
  jsonl: ['.jsonl'],
  brat: ['.txt', '.ann', '.conf'],
  labelstudio: ['.json'],
  doccano: ['.jsonl'],
  spacy: ['.jsonl'],
}
