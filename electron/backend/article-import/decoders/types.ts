/** What every reader returns: the documents in a file, as text plus metadata. */

export interface ReadDocument {
  /** Where in a multi-document file this came from ("row 3", "line 7"); absent otherwise. */
  part?: string
  /** Decoded text, not yet canonical (cleanup and canonicalText come after). */
  text: string
  title?: string
  url?: string
  /** Fields kept as document metadata: author, date, site, ... */
  metadata: Record<string, string>
}

/** A document of a multi-document file that could not be read; the others go on. */
export interface ReadProblem {
  part: string
  message: string
}

export interface ReadFile {
  format: 'txt' | 'html' | 'pdf' | 'docx' | 'jsonl' | 'csv'
  /** The character encoding the bytes were decoded with, when the format has one. */
  encoding?: string
  /** How the file was read, for the preview: "windows-1252 (detected)", "2 pages". */
  note: string
  documents: (ReadDocument | ReadProblem)[]
}

/** Choices the user can make about reading (not cleaning) a file. */
export interface ReadOptions {
  /** Decode text with this encoding instead of detecting one. */
  encoding?: string
  /** Field names for bulk files; detected when absent. */
  fields?: { text?: string; title?: string; url?: string; date?: string }
}

export type Reader = (name: string, bytes: Uint8Array, options: ReadOptions) => Promise<ReadFile>

export function isProblem(d: ReadDocument | ReadProblem): d is ReadProblem {
  return 'message' in d
}
