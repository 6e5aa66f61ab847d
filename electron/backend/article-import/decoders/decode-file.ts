/** Which reader opens which file, by extension: one table for the UI and the CLI. */
import { readCsv, readJsonl } from './bulk.ts'
import { decodeText } from './decode-text.ts'
import { readDocx } from './docx.ts'
import { readHtml } from './html.ts'
import { readPdf } from './pdf.ts'
import type { Reader } from './types.ts'

export const readTxt: Reader = (name, bytes, options) => {
  const { text, encoding, note } = decodeText(name, bytes, options.encoding)
  return Promise.resolve({ format: 'txt', encoding, note, documents: [{ text, metadata: {} }] })
}

export const READERS: Readonly<Record<string, Reader>> = {
  '.txt': readTxt,
  '.text': readTxt,
  '.html': readHtml,
  '.htm': readHtml,
  '.xhtml': readHtml,
  '.pdf': readPdf,
  '.docx': readDocx,
  '.jsonl': readJsonl,
  '.ndjson': readJsonl,
  '.csv': readCsv,
  '.tsv': readCsv,
}

export const IMPORTABLE_EXTENSIONS = Object.keys(READERS)
