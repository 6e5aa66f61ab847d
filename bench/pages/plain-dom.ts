/**
 * The plain-DOM baseline: the text as paragraphs with every highlight as
 * <mark> segments, built as one HTML string and set once. An edit rebuilds
 * the one paragraph it touches; undo replays the inverse edit.
 */
import '../../renderer/styles.css'
import { OffsetMap } from '../../shared/text/offsets.ts'
import { Paragraphs } from '../../renderer/reader/paragraphs.ts'
import { paragraphSegments, type Segment, type ViewSpan } from '../../renderer/reader/segments.ts'
import { LABELS, escapeHtml, fetchDocument } from './common/document.ts'
import { selectedWords } from './common/dom-text.ts'
import { bindKeys, onOpen } from './common/keys.ts'

type Edit = { add?: ViewSpan; remove?: ViewSpan }

class PlainReader {
  private readonly spans = new Map<string, ViewSpan>()
  private readonly buckets: ViewSpan[][]
  private readonly undoLog: Edit[] = []
  private selected: string | null = null
  private nextId = 0

  constructor(
    private readonly root: HTMLElement,
    private readonly text: string,
    private readonly paragraphs: Paragraphs,
    spans: readonly ViewSpan[],
  ) {
    this.buckets = Array.from({ length: paragraphs.count }, () => [])
    for (const s of spans) this.index(s)
  }

  renderAll(): void {
    let html = ''
    for (let i = 0; i < this.paragraphs.count; i++) html += this.paragraphHtml(i)
    this.root.innerHTML = html
  }

  tag(label: string): void {
    const words = selectedWords(this.text)
    if (words) {
      window.getSelection()?.removeAllRanges()
      const span = { id: `n${this.nextId++}`, label, start: words[0], end: words[1] }
      this.apply({ add: span }, true)
      this.select(span.id)
      return
    }
    const current = this.selected ? this.spans.get(this.selected) : undefined
    if (current && current.label !== label) {
      this.apply({ remove: current, add: { ...current, label } }, true)
      this.select(current.id)
    }
  }

  remove(): void {
    const current = this.selected ? this.spans.get(this.selected) : undefined
    if (!current) return
    this.apply({ remove: current }, true)
    this.select(null)
  }

  undo(): void {
    const edit = this.undoLog.pop()
    if (!edit) return
    this.apply({ add: edit.remove, remove: edit.add }, false)
    this.select(edit.remove?.id ?? null)
  }

  private apply(edit: Edit, record: boolean): void {
    const touched = new Set<number>()
    if (edit.remove) for (const p of this.unindex(edit.remove.id)) touched.add(p)
    if (edit.add) for (const p of this.index(edit.add)) touched.add(p)
    for (const p of touched) this.renderParagraph(p)
    if (record) this.undoLog.push(edit)
  }

  private select(id: string | null): void {
    this.selected = id
    let style = document.querySelector<HTMLStyleElement>('style#selected')
    if (!style) {
      style = document.createElement('style')
      style.id = 'selected'
      document.head.append(style)
    }
    style.textContent = id ? `.reader [data-spans~="${id}"] { outline: 2px solid #111; }` : ''
  }

  private index(span: ViewSpan): number[] {
    this.spans.set(span.id, span)
    const [first, last] = this.paragraphs.range(span.start, span.end)
    const touched: number[] = []
    for (let p = first; p <= last; p++) {
      this.buckets[p]?.push(span)
      touched.push(p)
    }
    return touched
  }

  private unindex(id: string): number[] {
    const span = this.spans.get(id)
    if (!span) return []
    this.spans.delete(id)
    const [first, last] = this.paragraphs.range(span.start, span.end)
    const touched: number[] = []
    for (let p = first; p <= last; p++) {
      this.buckets[p] = (this.buckets[p] ?? []).filter((s) => s.id !== id)
      touched.push(p)
    }
    return touched
  }

  private renderParagraph(i: number): void {
    const old = this.root.children[i]
    if (!old) return
    const holder = document.createElement('div')
    holder.innerHTML = this.paragraphHtml(i)
    const fresh = holder.firstElementChild
    if (fresh) old.replaceWith(fresh)
  }

  private paragraphHtml(i: number): string {
    const start = this.paragraphs.start(i)
    const text = this.paragraphs.texts[i] ?? ''
    const spans = this.buckets[i] ?? []
    let html = `<p data-start="${start}" dir="auto">`
    let at = 0
    const segments = spans.length
      ? paragraphSegments(spans, start, this.paragraphs.end(i))
      : ([] as Segment[])
    for (const seg of segments) {
      html += escapeHtml(text.slice(at, seg.start))
      html += markOpen(seg)
      html += `${escapeHtml(text.slice(seg.start, seg.end))}</mark>`
      at = seg.end
    }
    html += `${escapeHtml(text.slice(at)) || '<br>'}</p>`
    return html
  }
}

/** The same look as the app's highlights: a translucent layer and an underline per span. */
function markOpen(seg: Segment): string {
  const colors = seg.spans.map((s) => LABELS.get(s.label) ?? '#888888')
  const style =
    `background-image:${colors.map((c) => `linear-gradient(${c}33, ${c}33)`).join(', ')};` +
    `box-shadow:${colors.map((c, i) => `0 ${2 * (i + 1)}px 0 0 ${c}`).join(', ')}`
  const ids = seg.spans.map((s) => s.id).join(' ')
  const starting = seg.starting.map((s) => s.label).join(' ')
  return `<mark class="hl" data-spans="${ids}"${starting ? ` data-start="${starting}"` : ''} style="${style}">`
}

onOpen(async () => {
  const doc = await fetchDocument()
  const offsets = new OffsetMap(doc.text)
  const root = document.querySelector<HTMLElement>('.reader-text')
  if (!root) throw new Error('no .reader-text')
  const reader = new PlainReader(
    root,
    doc.text,
    new Paragraphs(doc.text),
    doc.spans.map((s) => ({
      id: s.id,
      label: s.label,
      start: offsets.toUtf16(s.start),
      end: offsets.toUtf16(s.end),
    })),
  )
  reader.renderAll()
  bindKeys(reader)
})
