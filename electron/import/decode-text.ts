import { SpanbenchError } from '../store/errors.ts'

/** Decodes a plain-text file's bytes: UTF-8, with or without a BOM. */
export function decodeText(
  fileName: string,
  bytes: Uint8Array,
): { text: string; encoding: string } {
  if (bytes.length === 0) throw new SpanbenchError('bad_request', `${fileName}: the file is empty`)
  if (bytes.includes(0)) {
    throw new SpanbenchError(
      'bad_request',
      `${fileName}: looks like a binary file (it contains NUL bytes), not text`,
    )
  }
  const hasBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
    return { text, encoding: hasBom ? 'utf-8 (BOM)' : 'utf-8' }
  } catch {
    const at = firstInvalidUtf8(bytes)
    throw new SpanbenchError(
      'bad_request',
      `${fileName}: not valid UTF-8 (invalid byte sequence at byte ${at})`,
    )
  }
}

/** Offset of the first byte of the first invalid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0
  let hi = bytes.length
  // In streaming mode a prefix fails only when it holds a complete bad sequence,
  // so failing is monotonic in the prefix length: binary search the shortest.
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true })
      lo = mid + 1
    } catch {
      hi = mid
    }
  }
  // `lo` is where the decoder noticed (or the end, for a cut-off sequence); the
  // bad sequence starts at its lead byte: Latin-1 "é " is wrong at the é, not the space.
  let lead = lo - 1
  while (lead >= 0 && lo - lead <= 3 && ((bytes[lead] ?? 0) & 0xc0) === 0x80) lead--
  const b = bytes[lead] ?? 0
  const length = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 ? 2 : 0
  return lead >= 0 && length > lo - lead ? lead : lo
}
