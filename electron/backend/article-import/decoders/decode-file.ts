/** Which decoder opens which file, by extension: one table for the UI and the CLI. */
import { decodeCsv, decodeJsonl } from './bulk.ts'
import { decodeText } from './decode-text.ts'
import { decodeDocx } from './docx.ts'
import { decodeHtml } from './html.ts'
import { decodePdf } from './pdf.ts'
import type { Decoder } from './types.ts'

export const decodePlainText: Decoder = (name, bytes, options) => {
  const { text, encoding, note } = decodeText(name, bytes, options.encoding)
  return Promise.resolve({ format: 'txt', encoding, note, documents: [{ text, metadata: {} }] })
}

export const DECODERS: Readonly<Record<string, Decoder>> = {
  '.txt': decodePlainText,
  '.text': decodePlainText,
  '.html': decodeHtml,
  '.htm': decodeHtml,
  '.xhtml': decodeHtml,
  '.pdf': decodePdf,
  '.docx': decodeDocx,
  '.jsonl': decodeJsonl,
  '.ndjson': decodeJsonl,
  '.csv': decodeCsv,
  '.tsv': decodeCsv,
}

export const IMPORTABLE_EXTENSIONS = Object.keys(DECODERS)
