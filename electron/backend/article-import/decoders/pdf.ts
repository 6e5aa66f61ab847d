/**
 * PDFs: text extraction with pdf.js (pdfjs-dist's legacy build, the one made
 * for Node), page by page, lines rebuilt from the positions of the text.
 *
 * pdf.js normally parses in a Web Worker. In Node it falls back to a "fake
 * worker" that runs the same code in this thread, loading the worker module by
 * a path relative to itself, which breaks once the app is bundled. Importing
 * the worker module here and handing it over as `globalThis.pdfjsWorker` is
 * pdf.js's documented way to provide it: nothing is fetched or spawned.
 */
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs'
import { SpanbenchError } from '../../store/errors.ts'
import { layoutPage, type PdfItem } from './pdf-layout.ts'
import type { Decoder } from './types.ts'

type PdfJs = typeof PdfJsModule

let loaded: Promise<PdfJs> | undefined

/**
 * pdf.js builds a DOMMatrix as it loads, for rendering, which Spanbench never
 * does. Node has no DOMMatrix; pdf.js would borrow one from the optional
 * native package @napi-rs/canvas, and fail to load where that is missing (a
 * bundle, an unsupported platform). A stand-in that only constructs keeps
 * text extraction the same everywhere.
 */
class DOMMatrixStandIn {
  a = 1
  b = 0
  c = 0
  d = 1
  e = 0
  f = 0

  constructor(init?: ArrayLike<number>) {
    if (init && init.length === 6) {
      const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = Array.from(init)
      Object.assign(this, { a, b, c, d, e, f })
    }
  }
}

/** Loads pdf.js and its worker once, on the first PDF. */
function pdfjs(): Promise<PdfJs> {
  loaded ??= (async () => {
    const global = globalThis as { DOMMatrix?: unknown }
    global.DOMMatrix ??= DOMMatrixStandIn
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs')
    ;(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker
    return import('pdfjs-dist/legacy/build/pdf.mjs')
  })()
  return loaded
}

export const decodePdf: Decoder = async (name, bytes) => {
  const fail = (reason: string): never => {
    throw new SpanbenchError('bad_request', `${name}: ${reason}`)
  }
  if (bytes.length === 0) fail('the file is empty')
  const lib = await pdfjs()
  const task = lib.getDocument({
    // pdf.js takes ownership of the buffer it is given; the caller keeps the original.
    data: new Uint8Array(bytes),
    verbosity: lib.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    useWorkerFetch: false,
    disableAutoFetch: true,
    stopAtErrors: false,
  })
  let pdf: Awaited<typeof task.promise>
  try {
    pdf = await task.promise
  } catch (err) {
    await task.destroy()
    const kind = err instanceof Error ? err.name : ''
    if (kind === 'PasswordException') return fail('the PDF is encrypted (it needs a password)')
    const reason = err instanceof Error ? err.message : String(err)
    return fail(`not a valid PDF (${reason})`)
  }
  try {
    const pages: string[] = []
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n)
      const content = await page.getTextContent()
      const items: PdfItem[] = []
      for (const item of content.items) {
        if (!('str' in item)) continue
        const [a = 0, b = 0, , d = 0, x = 0, y = 0] = item.transform as number[]
        // Rotated text has its size in the first column of the matrix.
        const size = Math.hypot(a, b) || Math.abs(d) || item.height
        items.push({ str: item.str, x, y, width: item.width, size })
      }
      pages.push(layoutPage(items, page.view[2] ?? 0))
      page.cleanup()
    }
    if (pages.every((p) => p.trim().length === 0)) {
      fail('the PDF has no text layer (scanned pages?); run OCR on it first')
    }
    const info = await pdf.getMetadata().catch(() => null)
    const fields = (info?.info ?? {}) as Record<string, unknown>
    const title = typeof fields['Title'] === 'string' ? fields['Title'].trim() : ''
    const metadata: Record<string, string> = { pages: String(pdf.numPages) }
    if (typeof fields['Author'] === 'string' && fields['Author'].trim()) {
      metadata['author'] = fields['Author'].trim()
    }
    const date = pdfDate(fields['CreationDate'])
    if (date) metadata['date'] = date
    return {
      format: 'pdf',
      note: `${pdf.numPages} page${pdf.numPages === 1 ? '' : 's'}, text layer extracted by pdf.js`,
      documents: [{ text: joinPages(pages), metadata, ...(title ? { title } : {}) }],
    }
  } finally {
    await pdf.destroy()
  }
}

/**
 * Pages follow each other as paragraphs, except when a page ends mid-sentence:
 * then the next page continues the line, so unwrapping and hyphenation can
 * mend a paragraph (or a word) split by the page break.
 */
function joinPages(pages: readonly string[]): string {
  let out = ''
  for (const page of pages.map((p) => p.trim()).filter((p) => p.length > 0)) {
    if (out.length === 0) out = page
    else out += (/[.!?:;"”’)\]]$/.test(out) ? '\n\n' : '\n') + page
  }
  return out
}

/** "D:20200527153000+03'00'" → "2020-05-27T15:30:00+03:00" (or the date alone). */
export function pdfDate(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Z+-])?(\d{2})?'?(\d{2})?/.exec(
    value,
  )
  if (!m) return undefined
  const [, y, mo = '01', d = '01', h, mi = '00', s = '00', z, zh = '00', zm = '00'] = m
  if (h === undefined) return `${y}-${mo}-${d}`
  const zone = z === undefined ? '' : z === 'Z' ? 'Z' : `${z}${zh}:${zm}`
  return `${y}-${mo}-${d}T${h}:${mi}:${s}${zone}`
}
