/**
 * The text of an HTML element tree, laid out as a reader sees it: blocks
 * (paragraphs, headings, list items, table rows) on lines of their own,
 * paragraphs separated by a blank line, runs of whitespace collapsed except
 * inside <pre>. Scripts, styles and other non-text elements contribute nothing.
 */

/** The few DOM members the walk needs; linkedom's nodes have them. */
export interface TextNode {
  nodeType: number
  nodeName: string
  nodeValue: string | null
  childNodes: ArrayLike<TextNode>
}

const ELEMENT = 1
const TEXT = 3

const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'button',
  'select',
  'input',
  'textarea',
  'head',
])

/** Blocks that end a paragraph (a blank line) versus a line (one newline). */
const PARAGRAPH = new Set(
  'p div section article main header footer aside nav h1 h2 h3 h4 h5 h6 blockquote pre figure figcaption table ul ol dl address hr details summary'.split(
    ' ',
  ),
)
const LINE = new Set(['li', 'tr', 'dt', 'dd', 'caption'])

class Writer {
  private readonly parts: string[] = []
  private pending = 0
  private endsWithSpace = true

  text(s: string): void {
    if (s.length === 0) return
    if (this.pending > 0) {
      const t = s.replace(/^[ \t]+/, '')
      if (t.length === 0) return
      if (this.parts.length > 0) this.parts.push('\n'.repeat(this.pending))
      this.pending = 0
      this.endsWithSpace = true
      s = t
    }
    if (this.endsWithSpace && s.startsWith(' ')) s = s.slice(1)
    if (s.length === 0) return
    this.parts.push(s)
    this.endsWithSpace = /\s$/.test(s)
  }

  /** Ends the current line (1) or paragraph (2); the strongest pending break wins. */
  break(level: 1 | 2): void {
    const last = this.parts.length - 1
    if (last >= 0) this.parts[last] = (this.parts[last] ?? '').replace(/[ \t]+$/, '')
    this.pending = Math.max(this.pending, level)
  }

  toString(): string {
    return this.parts.join('').trim()
  }
}

export function htmlText(root: TextNode): string {
  const out = new Writer()
  walk(root, out, false)
  return out.toString()
}

function walk(node: TextNode, out: Writer, pre: boolean): void {
  if (node.nodeType === TEXT) {
    const value = node.nodeValue ?? ''
    out.text(pre ? value : value.replace(/\s+/g, ' '))
    return
  }
  if (node.nodeType !== ELEMENT && node.nodeType !== 9 && node.nodeType !== 11) return
  const tag = node.nodeName.toLowerCase()
  if (SKIP.has(tag)) return
  if (tag === 'br') {
    out.break(1)
    return
  }
  const level = PARAGRAPH.has(tag) ? 2 : LINE.has(tag) ? 1 : 0
  if (level) out.break(level)
  const inPre = pre || tag === 'pre'
  for (let i = 0; i < node.childNodes.length; i++) {
    const child = node.childNodes[i]
    if (child) walk(child, out, inPre)
  }
  if (level) out.break(level)
  // Table cells sit side by side: keep their words apart.
  if (tag === 'td' || tag === 'th') out.text(' ')
}
