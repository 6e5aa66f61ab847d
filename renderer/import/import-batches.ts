/**
 * A long import is sent in batches so a progress bar can move: how files are
 * cut into batches, how results are counted, and which stored documents came
 * out different from the preview the user approved.
 */
import type { ImportPreview, ImportResult } from '../../shared/contract/import-api.ts'

/** Files per `import.commit` call: small enough for the bar to move, large enough to stay fast. */
export const FILES_PER_CALL = 20

/** The indexes 0..count-1 of the staged files, in order, in batches of `size`. */
export function batchIndexes(count: number, size: number): number[][] {
  const batches: number[][] = []
  for (let start = 0; start < count; start += size) {
    batches.push(Array.from({ length: Math.min(size, count - start) }, (_, i) => start + i))
  }
  return batches
}

export interface ImportTally {
  imported: number
  /** The same text was in the corpus already. */
  duplicate: number
  skipped: number
  failed: number
}

export const NO_RESULTS: ImportTally = { imported: 0, duplicate: 0, skipped: 0, failed: 0 }

export function tally(
  results: readonly ImportResult[],
  from: ImportTally = NO_RESULTS,
): ImportTally {
  const next = { ...from }
  for (const r of results) {
    if (r.status === 'imported') next.imported++
    else if (r.status === 'duplicate') next.duplicate++
    else if (r.status === 'skipped') next.skipped++
    else next.failed++
  }
  return next
}

/** How far an import of many files has come, and what became of their documents so far. */
export interface ImportFilesProgress {
  filesDone: number
  filesTotal: number
  counts: ImportTally
}

/** Results for files whose batch never came back (the backend could not be reached). */
export function failedBatch(names: readonly string[], reason: string): ImportResult[] {
  return names.map((file) => ({
    file,
    status: 'error',
    message: `${file}: not imported (${reason})`,
  }))
}

/**
 * Documents whose stored text is not the one previewed: an id is the hash of
 * the text, so a different id means different cleanup. A staged import
 * stores the plan it previewed, so this stays empty unless the import's
 * options differ from the preview's. Results that stand for a document carry its
 * title; a file that could not be read has none.
 */
export function differentFromPreview(
  preview: ImportPreview,
  results: readonly ImportResult[],
): ImportResult[] {
  const expected = new Map<string, string[]>()
  for (const doc of preview.files.flatMap((f) => f.documents)) {
    const at = placeOf(doc.file, doc.part)
    expected.set(at, [...(expected.get(at) ?? []), doc.docId])
  }
  return results.filter((r) => {
    if (r.title === undefined) return false
    const docId = expected.get(placeOf(r.file, r.part))?.shift()
    return (
      docId !== undefined &&
      r.docId !== undefined &&
      (r.status === 'imported' || r.status === 'duplicate') &&
      r.docId !== docId
    )
  })
}

function placeOf(file: string, part: string | undefined): string {
  return `${file}\u0000${part ?? ''}`
}
