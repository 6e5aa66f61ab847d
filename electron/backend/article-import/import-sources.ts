/**
 * The files of an import, each read, hashed and decoded once: what planning
 * starts from, and what a staged import keeps while the user changes the
 * cleanup choices (planning again needs the decoded documents, not the bytes).
 */
import { createHash } from 'node:crypto'
import { extname } from 'node:path'
import type { ImportOptions } from '../../../shared/contract/import-api.ts'
import { DECODERS, IMPORTABLE_EXTENSIONS } from './decoders/decode-file.ts'
import {
  isProblem,
  type DecodedDocument,
  type DecodedFile,
  type DecodeOptions,
  type DecodeProblem,
} from './decoders/types.ts'
import { SpanbenchError } from '../store/errors.ts'

/** Files larger than this are refused unless the options say otherwise. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024

/** How many bytes of the files an import keeps for its commit; the rest are read again. */
export const KEPT_BYTES = 256 * 1024 * 1024

/** A file to import: from the UI (bytes in memory) or the CLI (a path, read when needed). */
export interface ImportSource {
  name: string
  /** Known without reading (a file on disk), so an oversize file is refused unread. */
  size?: number
  /** Absolute path, when the file is on disk. */
  path?: string
  read(): Promise<Uint8Array>
}

export interface ImportProgress {
  phase: 'reading' | 'cleaning' | 'writing'
  done: number
  total: number
  file?: string
}
export type OnProgress = (progress: ImportProgress) => void

/** One file, decoded into documents, or with the reason it cannot be imported. */
export interface DecodedSource {
  source: ImportSource
  name: string
  baseName: string
  ext: string
  size: number
  bytesSha256?: string
  /**
   * The bytes as read, kept for the commit so a file is read and hashed once
   * per import; left out past KEPT_BYTES (the commit then reads the file
   * again and checks it against bytesSha256).
   */
  bytes?: Uint8Array
  decoded?: Omit<DecodedFile, 'documents'>
  error?: string
  documents: DecodedDocument[]
  problems: DecodeProblem[]
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex')
}

/** The options that change how bytes decode (not how text is cleaned). */
export function decodeOptions(options: ImportOptions): DecodeOptions {
  return {
    ...(options.encoding ? { encoding: options.encoding } : {}),
    ...(options.fields ? { fields: options.fields } : {}),
  }
}

export async function decodeSources(
  sources: readonly ImportSource[],
  options: ImportOptions,
  onProgress?: OnProgress,
): Promise<DecodedSource[]> {
  const decoded: DecodedSource[] = []
  let kept = 0
  for (const [i, source] of sources.entries()) {
    onProgress?.({ phase: 'reading', done: i, total: sources.length, file: source.name })
    const file = await decodeSource(source, options)
    if (file.bytes && (kept += file.bytes.length) > KEPT_BYTES) delete file.bytes
    decoded.push(file)
  }
  onProgress?.({ phase: 'reading', done: sources.length, total: sources.length })
  return decoded
}

/** Reads one file into documents, or records why it cannot be imported. */
async function decodeSource(source: ImportSource, options: ImportOptions): Promise<DecodedSource> {
  const ext = extname(source.name).toLowerCase()
  const file: DecodedSource = {
    source,
    name: source.name,
    baseName: source.name.replace(/^.*[\\/]/, ''),
    ext,
    size: source.size ?? 0,
    documents: [],
    problems: [],
  }
  const maxBytes = options.maxBytes ?? MAX_IMPORT_BYTES
  try {
    const decode = DECODERS[ext]
    if (!decode) {
      throw new SpanbenchError(
        'bad_request',
        `${source.name}: cannot import ${ext || 'files without an extension'} (supported: ${IMPORTABLE_EXTENSIONS.join(', ')})`,
      )
    }
    if (source.size !== undefined && source.size > maxBytes)
      throw tooLarge(source.name, source.size, maxBytes)
    const bytes = await source.read()
    file.size = bytes.length
    if (bytes.length > maxBytes) throw tooLarge(source.name, bytes.length, maxBytes)
    if (bytes.length === 0)
      throw new SpanbenchError('bad_request', `${source.name}: the file is empty`)
    file.bytesSha256 = sha256(bytes)
    file.bytes = bytes
    const { documents, ...about } = await decode(source.name, bytes, decodeOptions(options))
    file.decoded = about
    for (const d of documents) {
      if (isProblem(d)) file.problems.push(d)
      else file.documents.push(d)
    }
    return file
  } catch (err) {
    if (err instanceof SpanbenchError && err.code === 'read_only') throw err
    file.error =
      err instanceof SpanbenchError
        ? err.message
        : `${source.name}: could not be read (${err instanceof Error ? err.message : String(err)})`
    return file
  }
}

function tooLarge(name: string, size: number, max: number): SpanbenchError {
  return new SpanbenchError('bad_request', `${name}: ${size} bytes is over the ${max}-byte limit`)
}
