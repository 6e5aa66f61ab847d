/**
 * Real files of each importable kind, built byte by byte for the tests (used
 * only by `*.test.ts`): PDFs with a text layer (and without one, and
 * encrypted), Word documents, HTML pages, text in legacy encodings.
 */
import { createHash } from 'node:crypto'
import JSZip from 'jszip'

export interface PdfOptions {
  /** Lines of text per page; "" is an empty line (a paragraph gap). */
  pages: string[][]
  /** Draw shapes only: a PDF without a text layer, like a scan. */
  noText?: boolean
  /** Encrypt with RC4 (standard security handler, revision 2) under this user password. */
  userPassword?: string
  title?: string
}

/** A PDF 1.4 file with Helvetica text at 12 pt, 14 pt apart, correct xref offsets. */
export function pdf(options: PdfOptions): Uint8Array {
  const objects: string[] = []
  const pageCount = options.pages.length
  const kids = options.pages.map((_, i) => `${5 + i * 2} 0 R`).join(' ')
  objects.push('<< /Type /Catalog /Pages 2 0 R >>')
  objects.push(`<< /Type /Pages /Kids [${kids}] /Count ${pageCount} >>`)
  objects.push('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
  objects.push(options.title ? `<< /Title (${escapePdf(options.title)}) >>` : '<< >>')
  const id = createHash('md5').update(JSON.stringify(options)).digest()
  const encrypt =
    options.userPassword === undefined ? null : standardSecurity(options.userPassword, id)
  options.pages.forEach((lines, i) => {
    const content = options.noText
      ? '0.5 w 72 700 m 540 700 l S 72 650 200 30 re f'
      : `BT /F1 12 Tf 72 740 Td 14 TL ${lines.map((l) => (l ? `(${escapePdf(l)}) Tj T*` : 'T*')).join(' ')} ET`
    const pageNumber = 5 + i * 2
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageNumber + 1} 0 R >>`,
    )
    const data = encrypt
      ? encrypt.object(pageNumber + 1, Buffer.from(content, 'latin1'))
      : Buffer.from(content, 'latin1')
    objects.push(`<< /Length ${data.length} >>\nstream\n${data.toString('latin1')}\nendstream`)
  })
  if (encrypt) objects.push(encrypt.dictionary)
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n'
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'))
    out += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = Buffer.byteLength(out, 'latin1')
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  const hexId = id.toString('hex')
  const encryptRef = encrypt ? ` /Encrypt ${objects.length} 0 R` : ''
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 4 0 R${encryptRef} /ID [<${hexId}> <${hexId}>] >>\nstartxref\n${xref}\n%%EOF\n`
  return new Uint8Array(Buffer.from(out, 'latin1'))
}

function escapePdf(s: string): string {
  return s.replace(/[\\()]/g, (c) => `\\${c}`)
}

const PASSWORD_PAD = Buffer.from(
  '28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a',
  'hex',
)

/** PDF's standard security handler, revision 2 (40-bit RC4), as the PDF 1.4 reference gives it. */
function standardSecurity(
  userPassword: string,
  id: Buffer,
): { dictionary: string; object: (num: number, data: Buffer) => Buffer } {
  const pad = (pw: string): Buffer =>
    Buffer.concat([Buffer.from(pw, 'latin1'), PASSWORD_PAD]).subarray(0, 32)
  const md5 = (...parts: Buffer[]): Buffer =>
    createHash('md5').update(Buffer.concat(parts)).digest()
  const ownerKey = md5(pad(`${userPassword}-owner`)).subarray(0, 5)
  const o = rc4(ownerKey, pad(userPassword))
  const p = -44 // print and copy refused, the rest allowed: any value works
  const pBytes = Buffer.alloc(4)
  pBytes.writeInt32LE(p)
  const key = md5(pad(userPassword), o, pBytes, id).subarray(0, 5)
  const u = rc4(key, PASSWORD_PAD)
  return {
    dictionary: `<< /Filter /Standard /V 1 /R 2 /O <${o.toString('hex')}> /U <${u.toString('hex')}> /P ${p} >>`,
    object: (num, data) => {
      const objectKey = md5(
        key,
        Buffer.from([num & 0xff, (num >> 8) & 0xff, (num >> 16) & 0xff, 0, 0]),
      ).subarray(0, 10)
      return rc4(objectKey, data)
    },
  }
}

function rc4(key: Buffer, data: Buffer): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i)
  let j = 0
  for (let i = 0; i < 256; i++) {
    j = (j + (s[i] ?? 0) + (key[i % key.length] ?? 0)) & 0xff
    ;[s[i], s[j]] = [s[j] ?? 0, s[i] ?? 0]
  }
  const out = Buffer.alloc(data.length)
  let a = 0
  let b = 0
  for (let k = 0; k < data.length; k++) {
    a = (a + 1) & 0xff
    b = (b + (s[a] ?? 0)) & 0xff
    ;[s[a], s[b]] = [s[b] ?? 0, s[a] ?? 0]
    out[k] = (data[k] ?? 0) ^ (s[((s[a] ?? 0) + (s[b] ?? 0)) & 0xff] ?? 0)
  }
  return out
}

/** A Word document: one paragraph per string, with title and author in its properties. */
export async function docx(
  paragraphs: string[],
  properties: { title?: string; creator?: string } = {},
): Promise<Uint8Array> {
  const zip = new JSZip()
  const xml = (s: string): string =>
    s.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c] ?? c)
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>`,
  )
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>`,
  )
  const body = paragraphs
    .map((p) => `<w:p><w:r><w:t xml:space="preserve">${xml(p)}</w:t></w:r></w:p>`)
    .join('')
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  )
  zip.file(
    'docProps/core.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${properties.title ? `<dc:title>${xml(properties.title)}</dc:title>` : ''}${properties.creator ? `<dc:creator>${xml(properties.creator)}</dc:creator>` : ''}<dcterms:created xsi:type="dcterms:W3CDTF">2020-02-27T10:00:00Z</dcterms:created></cp:coreProperties>`,
  )
  return zip.generateAsync({ type: 'uint8array' })
}

/** A zip file that is not a Word document (no word/document.xml). */
export async function notDocx(): Promise<Uint8Array> {
  const zip = new JSZip()
  zip.file('readme.txt', 'not a document')
  return zip.generateAsync({ type: 'uint8array' })
}

/** UTF-16 little-endian bytes, with a byte order mark or without. */
export function utf16le(text: string, bom: boolean): Uint8Array {
  const body = Buffer.from(text, 'utf16le')
  return new Uint8Array(bom ? Buffer.concat([Buffer.from([0xff, 0xfe]), body]) : body)
}

/** The eight-byte PNG signature and a bit more: a binary file by any measure. */
export const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
