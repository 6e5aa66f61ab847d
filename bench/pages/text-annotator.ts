/**
 * The @recogito/text-annotator baseline: the text as plain paragraphs, the
 * annotations loaded programmatically as W3C annotations (TextQuoteSelector
 * + TextPositionSelector) in one bulk add, painted by its default renderer.
 * Edits go through its store and undo stack, as an app built on it would.
 */
import '../../renderer/styles.css'
import {
  Origin,
  createTextAnnotator,
  parseW3CTextAnnotation,
  type HighlightStyle,
  type TextAnnotation,
  type TextAnnotationLike,
  type TextAnnotator,
  type W3CTextAnnotation,
} from '@recogito/text-annotator'
import '@recogito/text-annotator/text-annotator.css'
import { OffsetMap } from '../../shared/text/offsets.ts'
import { Paragraphs } from '../../renderer/reader/paragraphs.ts'
import { LABELS, escapeHtml, fetchDocument, type BenchDocument } from './common/document.ts'
import { ParagraphIndex, selectedWords } from './common/dom-text.ts'
import { bindKeys, onOpen } from './common/keys.ts'

function labelOf(a: TextAnnotationLike): string {
  return a.bodies.find((b) => b.purpose === 'tagging')?.value ?? ''
}

function style<I extends TextAnnotationLike>(a: I, state: { selected?: boolean }): HighlightStyle {
  const color = LABELS.get(labelOf(a)) ?? '#888888'
  return {
    fill: color,
    fillOpacity: state.selected ? 0.45 : 0.2,
    underlineColor: color,
    underlineThickness: 2,
  }
}

function toW3C(doc: BenchDocument, offsets: OffsetMap): W3CTextAnnotation[] {
  return doc.spans.map((s) => ({
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    type: 'Annotation',
    id: s.id,
    body: [{ type: 'TextualBody', purpose: 'tagging', value: s.label }],
    target: {
      source: doc.id,
      selector: [
        { type: 'TextQuoteSelector', exact: s.text },
        {
          type: 'TextPositionSelector',
          start: offsets.toUtf16(s.start),
          end: offsets.toUtf16(s.end),
        },
      ],
    },
  }))
}

class TextAnnotatorPage {
  private nextId = 0

  constructor(
    private readonly anno: TextAnnotator,
    private readonly paragraphs: ParagraphIndex,
    private readonly text: string,
  ) {}

  tag(label: string): void {
    const words = selectedWords(this.text)
    const store = this.anno.state.store
    if (words) {
      window.getSelection()?.removeAllRanges()
      const id = `n${this.nextId++}`
      const annotation: TextAnnotation = {
        id,
        bodies: [{ id: `${id}-b`, annotation: id, purpose: 'tagging', value: label }],
        target: {
          annotation: id,
          created: new Date(),
          selector: [
            {
              quote: this.text.slice(words[0], words[1]),
              start: words[0],
              end: words[1],
              range: this.paragraphs.range(words[0], words[1]),
            },
          ],
        },
      }
      store.addAnnotation(annotation, Origin.LOCAL)
      this.anno.setSelected(id)
      return
    }
    const [selected] = this.anno.state.selection.selected
    const current = selected ? store.getAnnotation(selected.id) : undefined
    if (current && labelOf(current) !== label) {
      store.updateAnnotation(
        {
          ...current,
          bodies: [
            { id: `${current.id}-b`, annotation: current.id, purpose: 'tagging', value: label },
          ],
        },
        Origin.LOCAL,
      )
    }
  }

  remove(): void {
    const [selected] = this.anno.state.selection.selected
    if (!selected) return
    this.anno.state.selection.clear()
    this.anno.state.store.deleteAnnotation(selected.id, Origin.LOCAL)
  }

  undo(): void {
    this.anno.undo()
  }
}

/**
 * `?revive=library` leaves resolving the selectors to DOM ranges to the
 * library (its documented path, a walk from the start of the text for each
 * annotation); by default the page resolves them itself, in one pass, so
 * what is timed is the library's painting, not that walk.
 */
const libraryRevives = new URLSearchParams(location.search).get('revive') === 'library'

onOpen(async () => {
  const doc = await fetchDocument()
  const root = document.querySelector<HTMLElement>('.reader-text')
  if (!root) throw new Error('no .reader-text')
  const paragraphs = new Paragraphs(doc.text)
  // Newline text nodes between paragraphs keep the library's offsets equal to the document's.
  root.innerHTML = paragraphs.texts
    .map((t, i) => `<p data-start="${paragraphs.start(i)}" dir="auto">${escapeHtml(t)}</p>`)
    .join('\n')
  const index = new ParagraphIndex(root)
  const anno = createTextAnnotator<TextAnnotation, TextAnnotation>(root, {
    annotatingEnabled: false,
    style,
  })
  const parsed: TextAnnotation[] = []
  for (const a of toW3C(doc, new OffsetMap(doc.text))) {
    const { parsed: annotation } = parseW3CTextAnnotation(a)
    if (!annotation) continue
    if (!libraryRevives) {
      for (const s of annotation.target.selector) s.range = index.range(s.start, s.end)
    }
    parsed.push(annotation)
  }
  anno.state.store.bulkAddAnnotations(parsed, true, Origin.REMOTE)
  bindKeys(new TextAnnotatorPage(anno, index, doc.text))
})
