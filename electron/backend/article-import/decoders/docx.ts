/**
 * Word documents (.docx): the text by mammoth, one paragraph per block;
 * title, author and date from the package's own properties (docProps/core.xml).
 */
import JSZip from 'jszip'
import mammoth from 'mammoth'
import { SpanbenchError } from '../../store/errors.ts'
import type { Decoder } from './types.ts'

export const decodeDocx: Decoder = async (name, bytes) => {
  const fail = (reason: string): never => {
    throw new SpanbenchError('bad_request', `${name}: ${reason}`)
  }
  if (bytes.length === 0) fail('the file is empty')
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length)
  let raw: string
  try {
    raw = (await mammoth.extractRawText({ buffer })).value
  } catch (err) {
    const reason = err instanceof Error ? err.message.split('\n')[0] : String(err)
    return fail(`not a valid DOCX file (${reason})`)
  }
  // mammoth ends every paragraph with a blank line; empty paragraphs would stack them.
  const text = raw.replace(/\n{3,}/g, '\n\n').trim()
  if (text.length === 0) fail('the document holds no text')
  const props = await coreProperties(buffer)
  const metadata: Record<string, string> = {}
  if (props.creator) metadata['author'] = props.creator
  if (props.created) metadata['date'] = props.created
  return {
    format: 'docx',
    note: 'text extracted by mammoth',
    documents: [{ text, metadata, ...(props.title ? { title: props.title } : {}) }],
  }
}

interface CoreProperties {
  title?: string
  creator?: string
  created?: string
}

/** dc:title, dc:creator and dcterms:created, when the package has them. */
async function coreProperties(buffer: Buffer): Promise<CoreProperties> {
  try {
    const zip = await JSZip.loadAsync(buffer)
    const xml = (await zip.file('docProps/core.xml')?.async('string')) ?? ''
    const field = (tag: string): string | undefined => {
      const m = new RegExp(`<${tag}(?:\\s[^>]*)?>([^<]*)</${tag}>`).exec(xml)
      const value = m?.[1] ? decodeXml(m[1]).trim() : ''
      return value || undefined
    }
    const out: CoreProperties = {}
    const title = field('dc:title')
    const creator = field('dc:creator')
    const created = field('dcterms:created')
    if (title) out.title = title
    if (creator) out.creator = creator
    if (created) out.created = created
    return out
  } catch {
    return {}
  }
}

function decodeXml(s: string): string {
  return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);/gi, (all, name: string) => {
    const named: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16))
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)))
    return named[name.toLowerCase()] ?? all
  })
}
