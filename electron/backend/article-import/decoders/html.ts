/**
 * HTML pages: the article is found by Mozilla Readability (the engine of
 * Firefox's reader view) on a linkedom document. linkedom is a DOM without a
 * browser: it has no script engine and no network, so a saved page's scripts
 * never run and its images, styles and frames are never fetched.
 */
import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { SpanbenchError } from '../../store/errors.ts'
import { decodeText } from './decode-text.ts'
import { htmlText, type TextNode } from './html-text.ts'
import type { DecodedDocument, Decoder } from './types.ts'

/** The document members used here, typed once at the linkedom boundary. */
interface PageElement extends TextNode {
  getAttribute(name: string): string | null
  textContent: string | null
}
interface PageDocument extends TextNode {
  querySelector(selector: string): PageElement | null
  documentElement: PageElement | null
}

/** Fewer words than this is a page without an article (a menu, an error page, a redirect). */
const MIN_WORDS = 8

export const decodeHtml: Decoder = (name, bytes, options) => {
  const decoded = decodeText(name, bytes, options.encoding ?? declaredCharset(bytes))
  const { document } = parseHTML(decoded.text) as unknown as { document: PageDocument }
  const url = canonicalUrl(document)
  const lang = document.documentElement?.getAttribute('lang') ?? undefined
  // Readability rewrites the document it reads, so page metadata is taken first.
  // The serializer hands back Readability's article element itself, for htmlText to walk.
  const keepNode = (node: unknown): unknown => node
  const article = new Readability<TextNode>(document as never, {
    serializer: keepNode as never,
  }).parse()
  const body = article?.content ? htmlText(article.content) : ''
  if ((body.match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_WORDS) {
    throw new SpanbenchError('bad_request', `${name}: no article found in the page`)
  }
  const title = clean(article?.title)
  // The headline is part of what a researcher annotates; Readability lifts it out of the body.
  const text = title && !body.startsWith(title) ? `${title}\n\n${body}` : body
  const metadata: Record<string, string> = {}
  const put = (key: string, value: string | null | undefined): void => {
    const v = clean(value)
    if (v) metadata[key] = v
  }
  put('author', article?.byline)
  put('date', article?.publishedTime ?? metaContent(document, 'date'))
  put('site', article?.siteName)
  put('lang', article?.lang ?? lang)
  const doc: DecodedDocument = {
    text,
    metadata,
    ...(title ? { title } : {}),
    ...(url ? { url } : {}),
  }
  return Promise.resolve({
    format: 'html',
    encoding: decoded.encoding,
    note: `article extracted by Readability; ${decoded.note}`,
    documents: [doc],
  })
}

/** The charset a page declares in its first 1024 bytes (the HTML prescan window). */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1')
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)
  const charset = m?.[1]?.toLowerCase()
  // A page saved by a browser is re-encoded but may keep its old declaration; a BOM still wins.
  if (!charset || bytes[0] === 0xef || bytes[0] === 0xfe || bytes[0] === 0xff) return undefined
  return charset === 'iso-8859-1' || charset === 'us-ascii' ? 'windows-1252' : charset
}

function canonicalUrl(document: PageDocument): string | undefined {
  const link = document.querySelector('link[rel="canonical"]')?.getAttribute('href')
  const og = metaContent(document, 'og:url')
  const url = clean(link ?? og)
  return url && /^https?:\/\//i.test(url) ? url : undefined
}

function metaContent(document: PageDocument, name: string): string | undefined {
  const el =
    document.querySelector(`meta[property="${name}"]`) ??
    document.querySelector(`meta[name="${name}"]`)
  return el?.getAttribute('content') ?? undefined
}

function clean(value: string | null | undefined): string | undefined {
  const v = value?.replace(/\s+/g, ' ').trim()
  return v ? v : undefined
}
