/** What every decoder returns: the documents in a file, as text plus metadata. */

export interface DecodedDocument {
  /** Where in a multi-document file this came from ("row 3", "line 7"); absent otherwise. */
  part?: string
  /** Decoded text, not yet canonical (cleanup and canonicalText come after). */
  text: string
  title?: string
  url?: string
  /** Fields kept as document metadata: author, date, site, ... */
  metadata: Record<string, string>
}

/** A document of a multi-document file that could not be decoded; the others go on. */
export interface DecodeProblem {
  part: string
  message: string
}

export interface DecodedFile {
  format: 'txt' | 'html' | 'pdf' | 'docx' | 'jsonl' | 'csv'
  /** The character encoding the bytes were decoded with, when the format has one. */
  encoding?: string
  /** How the file was read, for the preview: "windows-1252 (detected)", "2 pages". */
  note: string
  documents: (DecodedDocument | DecodeProblem)[]
}

/** Choices the user can make about decoding (not cleaning) a file. */
export interface DecodeOptions {
  /** Decode text with this encoding instead of detecting one. */
  encoding?: string
  /** Field names for bulk files; detected when absent. */
  fields?: { text?: string; title?: string; url?: string; date?: string }
}

export type Decoder = (
  name: string,
  bytes: Uint8Array,
  options: DecodeOptions,
) => Promise<DecodedFile>

export function isProblem(d: DecodedDocument | DecodeProblem): d is DecodeProblem {
  return 'message' in d
}
