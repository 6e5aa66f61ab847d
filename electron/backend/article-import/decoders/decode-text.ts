/**
 * Decodes the bytes of a text file: a byte order mark decides first, then
 * UTF-16 without one (recognised by its zero bytes), then strict UTF-8, and
 * only bytes that cannot be UTF-8 go to a statistical detector for the legacy
 * encodings (Windows-125x, ISO-8859-x, KOI8, Shift_JIS, ...). Every result
 * says which encoding was used and how it was chosen.
 */
import { analyse } from 'chardet'
import iconv from 'iconv-lite'
import { SpanbenchError } from '../../store/errors.ts'

export interface DecodedText {
  text: string
  /** The encoding's name, as iconv-lite and WHATWG spell it: "utf-8", "windows-1252". */
  encoding: string
  /** How it was chosen: "utf-8", "utf-16le (byte order mark)", "windows-1252 (detected, 62%)". */
  note: string
}

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe, 0x00, 0x00], 'utf-32le'],
  [[0x00, 0x00, 0xfe, 0xff], 'utf-32be'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
]

/**
 * Below this confidence (chardet's 0-100) a legacy encoding is a guess: the
 * note says so and how to choose the encoding, and the preview shows it.
 */
export const CONFIDENT = 60

export function decodeText(fileName: string, bytes: Uint8Array, forced?: string): DecodedText {
  const fail = (reason: string): never => {
    throw new SpanbenchError('bad_request', `${fileName}: ${reason}`)
  }
  if (bytes.length === 0) return fail('the file is empty')
  if (forced) return decodeAs(bytes, forced.toLowerCase(), `${forced.toLowerCase()} (chosen)`, fail)
  const bom = BOMS.find(([mark]) => mark.every((b, i) => bytes[i] === b))
  if (bom) {
    const [mark, encoding] = bom
    return decodeAs(bytes.subarray(mark.length), encoding, `${encoding} (byte order mark)`, fail)
  }
  const utf16 = sniffUtf16(bytes)
  if (utf16) return decodeAs(bytes, utf16, `${utf16} (detected from its zero bytes)`, fail)
  if (bytes.includes(0)) return fail('looks like a binary file (it contains NUL bytes), not text')
  const utf8 = strictUtf8(bytes)
  if (utf8.ok) return { text: utf8.text, encoding: 'utf-8', note: 'utf-8' }
  if (utf8.looksLikeUtf8) {
    return fail(
      `not valid UTF-8 (invalid byte sequence at byte ${firstInvalidUtf8(bytes)}); if it is another encoding, import it with --encoding NAME (or choose it in the preview)`,
    )
  }
  const [encoding, confidence] = detectLegacy(bytes)
  const how =
    confidence >= CONFIDENT
      ? `detected, ${confidence}%`
      : `guessed, ${confidence}%: if the text looks wrong, choose its encoding (--encoding NAME)`
  return decodeAs(bytes, encoding, `${encoding} (${how})`, fail)
}

function decodeAs(
  bytes: Uint8Array,
  encoding: string,
  note: string,
  fail: (reason: string) => never,
): DecodedText {
  if (!known(encoding)) return fail(`unknown encoding ${encoding}`)
  if (/^utf-?8$/.test(encoding)) {
    const utf8 = strictUtf8(bytes)
    if (!utf8.ok) fail(`not valid UTF-8 (invalid byte sequence at byte ${firstInvalidUtf8(bytes)})`)
    return { text: utf8.ok ? utf8.text : '', encoding: 'utf-8', note }
  }
  if (/^utf-?16/.test(encoding) && bytes.length % 2 !== 0) {
    fail(`not valid ${encoding.toUpperCase()}: an odd number of bytes (${bytes.length})`)
  }
  let text: string
  try {
    text = /^utf-?16(le|be)$/.test(encoding)
      ? new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes)
      : iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding, {
          stripBOM: false,
        })
  } catch {
    return fail(
      `not valid ${encoding.toUpperCase()} (an unpaired surrogate or a cut-off character)`,
    )
  }
  if (controlShare(text) > 0.01) fail('looks like a binary file (control characters), not text')
  const bad = text.indexOf('\ufffd')
  if (bad >= 0) {
    // Single-byte encodings decode one byte per character, so the index is the byte offset.
    const at = singleByte(encoding) ? ` at byte ${bad} (0x${(bytes[bad] ?? 0).toString(16)})` : ''
    fail(`invalid byte sequence for ${encoding}${at}`)
  }
  return { text, encoding, note }
}

/**
 * UTF-16 without a byte order mark: text in Latin script has a zero byte in
 * every other position (ASCII letters), other scripts at least at spaces and
 * punctuation; the opposite positions are almost never zero.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 8192) & ~1
  if (n < 4) return null
  let even = 0
  let odd = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++
    if (bytes[i + 1] === 0) odd++
  }
  const half = n / 2
  if (odd >= 0.1 * half && even <= 0.01 * half) return 'utf-16le'
  if (even >= 0.1 * half && odd <= 0.01 * half) return 'utf-16be'
  return null
}

type Utf8 = { ok: true; text: string } | { ok: false; looksLikeUtf8: boolean }

/**
 * Strict UTF-8. When it fails, the bytes still count as (broken) UTF-8 if
 * they hold any valid multi-byte sequence (legacy text almost never forms
 * one), or end in a cut-off sequence: reading such a file as Windows-1252
 * would turn every accented letter into two wrong ones, so it is refused.
 */
function strictUtf8(bytes: Uint8Array): Utf8 {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    let valid = 0
    let i = 0
    while (i < bytes.length) {
      const b = bytes[i] ?? 0
      if (b < 0x80) {
        i++
        continue
      }
      const length = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 && b < 0xe0 ? 2 : 0
      let k = 1
      while (k < length && ((bytes[i + k] ?? 0) & 0xc0) === 0x80) k++
      if (length > 0 && k === length) valid++
      // A sequence cut off by the end of the file (a lead byte and some continuation bytes) is
      // UTF-8 truncated; a lone final lead byte is more likely Latin-1 ("café" ends in 0xE9).
      else if (length > 0 && k >= 2 && i + k === bytes.length)
        return { ok: false, looksLikeUtf8: true }
      i += Math.max(1, length > 0 && k === length ? k : 1)
    }
    return { ok: false, looksLikeUtf8: valid > 0 }
  }
}

/** chardet's best legacy candidate; ISO-8859-1 is read as its superset Windows-1252, as browsers do. */
function detectLegacy(bytes: Uint8Array): [string, number] {
  const candidates = analyse(bytes).filter(
    (m) => !/^(utf|ascii)/i.test(m.name) && iconv.encodingExists(m.name),
  )
  const best = candidates[0]
  if (!best) return ['windows-1252', 0]
  const name = best.name.toLowerCase() === 'iso-8859-1' ? 'windows-1252' : best.name.toLowerCase()
  return [name, best.confidence]
}

/** Not iconv's own check, whose type guard would narrow the name to `never` when false. */
function known(encoding: string): boolean {
  return iconv.encodingExists(encoding)
}

function singleByte(encoding: string): boolean {
  return /^(windows-125\d|iso-8859-\d+|koi8-[ru]|cp\d+|macintosh)$/i.test(encoding)
}

/** Share of characters that are control characters other than tab, newlines and form feed. */
function controlShare(text: string): number {
  const n = Math.min(text.length, 65536)
  let controls = 0
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c <= 0x08 || (c >= 0x0e && c <= 0x1f) || (c >= 0x7f && c <= 0x9f)) controls++
  }
  return n === 0 ? 0 : controls / n
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
