/**
 * Dataset writers by export format: strings in, strings out, one document at
 * a time, so exports stream with flat memory whatever the corpus size. What a
 * writer is, and how the export service drives it, is in datasets/writer.ts.
 */
import type { ExportFormat } from '../contract/api.ts'
import { claimsCsvHeader, claimsCsvLines, claimsOf } from '../corpus/claims.ts'
import { bratWriter } from './brat-writer.ts'
import { doccanoWriter } from './doccano-writer.ts'
import { hfWriter } from './hf-writer.ts'
import { iobWriter } from './iob-writer.ts'
import { labelStudioWriter } from './labelstudio-writer.ts'
import { prodigyWriter } from './prodigy-writer.ts'
import { spacyWriter } from './spacy-writer.ts'
import { uimaWriter } from './uima-writer.ts'
import type { DatasetWriter } from './writer.ts'
import { jsonlLine } from '../formats/jsonl.ts'

export type { DatasetWriter } from './writer.ts'

const jsonlWriter: DatasetWriter = {
  folder: false,
  stream: true,
  extension: 'jsonl',
  mediaType: 'application/x-ndjson; charset=utf-8',
  offsets: () => 'code points (Python str indices): text[start:end] == span text',
  header: () => '',
  separator: '',
  footer: () => '',
  document: ({ doc, set, annotator }) => ({ stream: jsonlLine(doc, set, annotator) }),
  howToLoad: (_ctx, files) => `\`\`\`python
import json
for line in open("${files[0] ?? 'data.jsonl'}", encoding="utf-8"):
    doc = json.loads(line)
    for span in doc["spans"]:
        assert doc["text"][span["start"]:span["end"]] == span["text"]
\`\`\`

\`spanbench import --format jsonl\` reads it back unchanged.`,
}

const claimsCsvWriter: DatasetWriter = {
  folder: false,
  stream: true,
  extension: 'csv',
  mediaType: 'text/csv; charset=utf-8',
  offsets: () => 'code points (start and end of the figure)',
  header: claimsCsvHeader,
  separator: '',
  footer: () => '',
  document: ({ doc, set }) => ({ stream: claimsCsvLines(claimsOf(doc, set)) }),
  howToLoad: (_ctx, files) =>
    `RFC 4180 CSV, one row per casualty figure: \`pandas.read_csv("${files[0] ?? 'data.csv'}")\`.`,
}

export const DATASET_WRITERS: Record<ExportFormat, DatasetWriter> = {
  jsonl: jsonlWriter,
  spacy: spacyWriter,
  prodigy: prodigyWriter,
  conll: iobWriter('iob2'),
  bioes: iobWriter('bioes'),
  hf: hfWriter,
  brat: bratWriter,
  labelstudio: labelStudioWriter,
  doccano: doccanoWriter,
  'uima-json': uimaWriter,
  'claims-csv': claimsCsvWriter,
}
