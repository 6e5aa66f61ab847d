import { createHash } from 'node:crypto'
import { extname } from 'node:path'
import type { ImportResult } from '../../shared/api.ts'
import { FORMAT_VERSION, type DocumentRecord } from '../../shared/model.ts'
import { canonicalText, titleFromText } from '../../shared/text.ts'
import { decodeText } from '../import/decode-text.ts'
import type { Corpus } from '../store/corpus.ts'
import { SpanbenchError } from '../store/errors.ts'
import type { HandlerSlice } from './handlers.ts'

export interface ImportFile {
  name: string
  bytes: Uint8Array
}

/** Files larger than this are refused, so one stray dump cannot stall a batch. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024

const READERS: Record<
  string,
  (name: string, bytes: Uint8Array) => { text: string; encoding: string }
> = {
  '.txt': decodeText,
  '.text': decodeText,
}

export const IMPORTABLE_EXTENSIONS = Object.keys(READERS)

export function sha256(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex')
}

/** Builds the stored document for one file, or throws a message naming the file. */
export function readDocumentFile(file: ImportFile, importedAt: string): DocumentRecord {
  const ext = extname(file.name).toLowerCase()
  const reader = READERS[ext]
  if (!reader) {
    throw new SpanbenchError(
      'bad_request',
      `${file.name}: cannot import ${ext || 'files without an extension'} (supported: ${IMPORTABLE_EXTENSIONS.join(', ')})`,
    )
  }
  if (file.bytes.length > MAX_IMPORT_BYTES) {
    throw new SpanbenchError(
      'bad_request',
      `${file.name}: ${file.bytes.length} bytes is over the ${MAX_IMPORT_BYTES}-byte limit`,
    )
  }
  const { text: raw, encoding } = reader(file.name, file.bytes)
  const text = canonicalText(raw)
  if (text.trim().length === 0)
    throw new SpanbenchError('bad_request', `${file.name}: holds no text`)
  const hash = sha256(text)
  const baseName = file.name.replace(/^.*[\\/]/, '')
  return {
    format: 'spanbench.document',
    version: FORMAT_VERSION,
    id: hash.slice(0, 16),
    title: titleFromText(text, baseName),
    source: {
      fileName: baseName,
      format: ext.slice(1),
      importedAt,
      encoding,
      bytesSha256: sha256(file.bytes),
    },
    metadata: {},
    sha256: hash,
    text,
  }
}

/** Imports each file on its own: a bad one is reported and the rest go on. */
export async function importFiles(
  corpus: Corpus,
  files: readonly ImportFile[],
): Promise<ImportResult[]> {
  const results: ImportResult[] = []
  for (const file of files) {
    try {
      const doc = readDocumentFile(file, new Date().toISOString())
      if (await corpus.hasDocument(doc.id)) {
        results.push({
          file: file.name,
          status: 'duplicate',
          docId: doc.id,
          title: doc.title,
          message: `${file.name}: the same text is in the corpus already`,
        })
        continue
      }
      await corpus.addDocument(doc)
      results.push({ file: file.name, status: 'imported', docId: doc.id, title: doc.title })
    } catch (err) {
      if (!(err instanceof SpanbenchError) || err.code === 'read_only') throw err
      results.push({ file: file.name, status: 'error', message: err.message })
    }
  }
  return results
}

export const importHandlers: HandlerSlice<'import.files'> = {
  'import.files': ({ files }, ctx) =>
    importFiles(
      ctx.corpus,
      files.map((f) => ({ name: f.name, bytes: Buffer.from(f.base64, 'base64') })),
    ),
}
