/**
 * The corpus every dataset writer and reader is tested on: overlapping,
 * nested and crossing spans, relations, choice / number / text / boolean
 * attributes, notes with line breaks and tabs, emoji (a ZWJ family, a flag,
 * one person of the family), Arabic with harakat, combining marks and text
 * that had CRLF line ends. Spans are given by quote, so the offsets are
 * computed, never typed in.
 */
import type {
  AnnotationSet,
  AttributeValue,
  DocumentRecord,
  LabelSchema,
  Span,
} from '../contract/model.ts'
import { OffsetMap, type CodePointOffset } from '../text/offsets.ts'
import { canonicalText } from '../text/text.ts'

export const FIXTURE_SCHEMA: LabelSchema = {
  labels: [
    {
      id: 'ACTOR',
      name: 'Actor',
      color: '#1f77b4',
      hotkey: '1',
      attributes: [
        {
          id: 'category',
          name: 'Category',
          type: 'choice',
          options: ['state force', 'non-state armed group', 'civilians', 'government', 'other'],
        },
        { id: 'side', name: 'Side', type: 'text' },
      ],
    },
    {
      id: 'PLACE',
      name: 'Place',
      color: '#2ca02c',
      hotkey: '2',
      attributes: [
        { id: 'gazetteer_id', name: 'Gazetteer id', type: 'text' },
        {
          id: 'precision',
          name: 'Precision',
          type: 'choice',
          options: ['exact', 'near', 'region', 'country'],
        },
        { id: 'confirmed', name: 'Confirmed', type: 'boolean' },
      ],
    },
    {
      id: 'CASUALTY_FIGURE',
      name: 'Casualty figure',
      color: '#d62728',
      hotkey: '3',
      attributes: [
        {
          id: 'outcome',
          name: 'Outcome',
          type: 'choice',
          options: ['killed', 'injured', 'neutralised'],
        },
        { id: 'low', name: 'Low', type: 'number' },
        { id: 'best', name: 'Best', type: 'number' },
        { id: 'high', name: 'High', type: 'number' },
        {
          id: 'qualifier',
          name: 'Qualifier',
          type: 'choice',
          options: ['exact', 'at_least', 'more_than', 'about'],
        },
      ],
    },
    {
      id: 'ATTRIBUTION',
      name: 'Attribution',
      color: '#9467bd',
      hotkey: '4',
      attributes: [
        {
          id: 'source_type',
          name: 'Source type',
          type: 'choice',
          options: ['official', 'armed group', 'monitor/NGO'],
        },
      ],
    },
  ],
  relationTypes: [
    { id: 'victim', name: 'victim', from: ['CASUALTY_FIGURE'], to: ['ACTOR'] },
    { id: 'location', name: 'location', from: ['CASUALTY_FIGURE'], to: ['PLACE'] },
    { id: 'claimed_by', name: 'claimed by', from: ['CASUALTY_FIGURE'], to: ['ATTRIBUTION'] },
    { id: 'source', name: 'source', from: ['ATTRIBUTION'], to: ['ACTOR'] },
  ],
}

export interface SpanSpec {
  id: string
  label: string
  /** The covered text in canonical (NFC, LF) form. */
  quote: string
  /** Which occurrence of the quote, from 1. */
  nth?: number
  attributes?: Record<string, AttributeValue>
  note?: string
}

export interface FixtureDocument {
  key: string
  title: string
  /** The text as it came in, CRLF line ends included; the stored text is its canonical form. */
  raw: string
  metadata: Record<string, string>
  status: AnnotationSet['status']
  note?: string
  spans: SpanSpec[]
  relations: { id: string; type: string; from: string; to: string }[]
}

export const FIXTURE_DOCUMENTS: readonly FixtureDocument[] = [
  {
    key: 'en',
    title: 'Turkish soldier killed in Idlib',
    raw:
      'Turkish soldier killed in Idlib\r\n\r\n' +
      'One Turkish soldier was killed and 3 were injured in southern Idlib, ' +
      'the Turkish Defense Ministry reported on Tuesday.\r\n' +
      'A family \u{1f469}\u200d\u{1f469}\u200d\u{1f467} fled as \u{1f1f9}\u{1f1f7} forces shelled Jisr al-Shughur.\r\n',
    metadata: { date: '2020-02-27', url: 'https://example.org/en' },
    status: 'done',
    note: 'Checked twice.',
    spans: [
      {
        id: 'e1',
        label: 'CASUALTY_FIGURE',
        quote: 'One Turkish soldier',
        attributes: { outcome: 'killed', low: 1, best: 1, high: 1, qualifier: 'exact' },
        note: 'Ministry figure;\n\tcheck the\\Syrian count',
      },
      {
        id: 'e2',
        label: 'ACTOR',
        quote: 'Turkish',
        nth: 2,
        attributes: { category: 'state force', side: 'Turkey' },
      },
      {
        id: 'e3',
        label: 'CASUALTY_FIGURE',
        quote: '3 were injured',
        attributes: { outcome: 'injured', best: 3.5 },
      },
      { id: 'e10', label: 'PLACE', quote: 'injured in southern Idlib' },
      {
        id: 'e4',
        label: 'PLACE',
        quote: 'southern Idlib',
        attributes: { precision: 'region', gazetteer_id: 'geonames:169387' },
      },
      {
        id: 'e5',
        label: 'ATTRIBUTION',
        quote: 'the Turkish Defense Ministry reported',
        attributes: { source_type: 'official' },
      },
      {
        id: 'e6',
        label: 'ACTOR',
        quote: 'Turkish Defense Ministry',
        attributes: { category: 'government' },
      },
      {
        id: 'e7',
        label: 'ACTOR',
        quote: '\u{1f469}\u200d\u{1f469}\u200d\u{1f467}',
        attributes: { category: 'civilians' },
      },
      { id: 'e8', label: 'ACTOR', quote: '\u{1f469}' },
      {
        id: 'e11',
        label: 'ACTOR',
        quote: '\u{1f1f9}\u{1f1f7} forces',
        attributes: { category: 'state force' },
      },
      { id: 'e13', label: 'ACTOR', quote: ' forces' },
      {
        id: 'e12',
        label: 'PLACE',
        quote: 'Jisr al-Shughur',
        attributes: { precision: 'exact', confirmed: true },
      },
    ],
    relations: [
      { id: 'r1', type: 'victim', from: 'e1', to: 'e2' },
      { id: 'r2', type: 'location', from: 'e1', to: 'e4' },
      { id: 'r3', type: 'claimed_by', from: 'e1', to: 'e5' },
      { id: 'r4', type: 'source', from: 'e5', to: 'e6' },
      { id: 'r5', type: 'location', from: 'e3', to: 'e4' },
    ],
  },
  {
    key: 'ar',
    title: 'قُتل ٣٣ جندياً تركياً',
    raw:
      'قُتل ٣٣ جندياً تركياً في إدلب، وفق وزارة الدفاع التركية.\r\n' +
      'According to pro-militant sources, over 20 militants were neutralised near Saraqib.\r\n',
    metadata: { date: '2020-02-28' },
    status: 'in_progress',
    spans: [
      {
        id: 'a1',
        label: 'CASUALTY_FIGURE',
        quote: '٣٣ جندياً تركياً',
        attributes: { outcome: 'killed', best: 33, qualifier: 'exact' },
      },
      { id: 'a2', label: 'PLACE', quote: 'إدلب', attributes: { precision: 'region' } },
      {
        id: 'a3',
        label: 'ATTRIBUTION',
        quote: 'وفق وزارة الدفاع التركية',
        attributes: { source_type: 'official' },
      },
      {
        id: 'a4',
        label: 'ACTOR',
        quote: 'وزارة الدفاع التركية',
        attributes: { category: 'government' },
      },
      {
        id: 'a5',
        label: 'ATTRIBUTION',
        quote: 'According to pro-militant sources',
        attributes: { source_type: 'armed group' },
      },
      {
        id: 'a6',
        label: 'CASUALTY_FIGURE',
        quote: 'over 20 militants',
        attributes: { outcome: 'neutralised', low: 21, qualifier: 'more_than' },
      },
      { id: 'a7', label: 'PLACE', quote: 'Saraqib' },
    ],
    relations: [
      { id: 'ra1', type: 'location', from: 'a1', to: 'a2' },
      { id: 'ra2', type: 'claimed_by', from: 'a1', to: 'a3' },
      { id: 'ra3', type: 'source', from: 'a3', to: 'a4' },
      { id: 'ra4', type: 'claimed_by', from: 'a6', to: 'a5' },
      { id: 'ra5', type: 'location', from: 'a6', to: 'a7' },
    ],
  },
  {
    key: 'mixed',
    title: 'Résumé',
    raw: 'The Re\u0301sume\u0301 of q\u0307 shelling hit the town.\r\nقُتل ثلاثة مدنيين\r\n\r\nMore later.\r\n',
    metadata: {},
    status: 'needs_review',
    spans: [
      { id: 'm1', label: 'ATTRIBUTION', quote: 'R\u00e9sum\u00e9' },
      { id: 'm2', label: 'ACTOR', quote: 'q\u0307' },
      { id: 'm3', label: 'ACTOR', quote: '\u0307 shelling' },
      { id: 'm4', label: 'PLACE', quote: 'town.\nقُتل' },
      {
        id: 'm5',
        label: 'CASUALTY_FIGURE',
        quote: 'ثلاثة مدنيين',
        attributes: { outcome: 'killed', best: 3, qualifier: 'exact' },
      },
    ],
    relations: [{ id: 'rm1', type: 'location', from: 'm5', to: 'm4' }],
  },
]

/** Code point bounds of the nth occurrence of `quote` in `text`. */
export function locate(text: string, quote: string, nth = 1): [CodePointOffset, CodePointOffset] {
  let at = -1
  for (let i = 0; i < nth; i++) {
    at = text.indexOf(quote, at + 1)
    if (at < 0) throw new Error(`occurrence ${nth} of ${JSON.stringify(quote)} is not in the text`)
  }
  const map = new OffsetMap(text)
  return [map.toCodePoint(at), map.toCodePoint(at + quote.length)]
}

/** The spans of a fixture document on its canonical text. */
export function fixtureSpans(fixture: FixtureDocument, text: string): Span[] {
  return fixture.spans.map((s) => {
    const [start, end] = locate(text, s.quote, s.nth)
    return {
      id: s.id,
      start,
      end,
      label: s.label,
      text: s.quote,
      ...(s.attributes ? { attributes: s.attributes } : {}),
      ...(s.note ? { note: s.note } : {}),
    }
  })
}

export const FIXTURE_ANNOTATOR = 'amira'
const FAKE_SHA = 'a'.repeat(64)

/** The fixture as documents and annotation sets, without a corpus (ids are the fixture keys). */
export function fixtureCorpus(): { doc: DocumentRecord; set: AnnotationSet }[] {
  return FIXTURE_DOCUMENTS.map((f) => {
    const text = canonicalText(f.raw)
    const doc: DocumentRecord = {
      format: 'spanbench.document',
      version: 1,
      id: `doc-${f.key}`,
      title: f.title,
      source: { fileName: `${f.key}.txt`, format: 'txt', importedAt: '2024-05-01T10:00:00.000Z' },
      metadata: f.metadata,
      sha256: FAKE_SHA,
      text,
    }
    const set: AnnotationSet = {
      format: 'spanbench.annotations',
      version: 1,
      docId: doc.id,
      annotator: FIXTURE_ANNOTATOR,
      textSha256: FAKE_SHA,
      status: f.status,
      revision: 1,
      updatedAt: '2024-05-02T10:00:00.000Z',
      ...(f.note ? { note: f.note } : {}),
      spans: fixtureSpans(f, text),
      relations: f.relations,
    }
    return { doc, set }
  })
}

/** The spans the overlap policy keeps in the fixture, worked out by hand. */
export const FIXTURE_KEPT: Record<string, string[]> = {
  'doc-en': ['e1', 'e10', 'e5', 'e7', 'e11', 'e12'],
  'doc-ar': ['a1', 'a2', 'a3', 'a5', 'a6', 'a7'],
  'doc-mixed': ['m1', 'm3', 'm4', 'm5'],
}
