import { describe, expect, it } from 'vitest'
import { placeSpans, TextAlignment } from './align.ts'
import type { Span } from '../contract/model.ts'
import { OffsetMap } from './offsets.ts'

function span(text: string, quote: string, id: string, label = 'ACTOR', nth = 0): Span {
  let at = -1
  for (let k = 0; k <= nth; k++) at = text.indexOf(quote, at + 1)
  if (at < 0) throw new Error(`${quote} not in text`)
  const map = new OffsetMap(text)
  return {
    id,
    label,
    start: map.toCodePoint(at),
    end: map.toCodePoint(at + quote.length),
    text: quote,
  }
}

const FROM =
  'Video: Turkish Army Suffers Casualties\n\nOne Turkish soldier died and another was injured in an IED attack in Syria’s southern Idlib, the Turkish Defense Ministry reported. He became the second Turkish soldier killed since the de-escalation agreement.'
const TO =
  'One  Turkish soldier died and another was injured in an IED attack in Syria’s southern Idlib,\nthe Turkish Defense Ministry reported.\n\nhttps://example.org/video.mp4\n\nHe became the second Turkish soldier killed since the de-escalation agreement.'

describe('placing spans on another version of a text', () => {
  it('lands each span on the same words, quoting them exactly', () => {
    const spans = [
      span(FROM, 'One Turkish soldier', 's1', 'CASUALTY_FIGURE'),
      span(FROM, 'southern Idlib', 's2', 'PLACE'),
      span(FROM, 'the Turkish Defense Ministry reported', 's3', 'ATTRIBUTION'),
      span(FROM, 'Turkish soldier', 's4', 'ACTOR', 1),
      span(FROM, 'de-escalation', 's5', 'ACTOR'),
    ]
    const { placed, unplaced } = placeSpans(spans, FROM, TO)
    expect(unplaced).toEqual([])
    const map = new OffsetMap(TO)
    for (const { span: s, moved } of placed) {
      expect(map.slice(moved.start, moved.end)).toBe(moved.text)
      expect(moved.label).toBe(s.label)
    }
    // The quote follows the new text where only its spacing differs.
    expect(placed.map((p) => p.moved.text)).toEqual([
      'One  Turkish soldier',
      'southern Idlib',
      'the Turkish Defense Ministry reported',
      'Turkish soldier',
      'de-escalation',
    ])
    expect(placed[3]?.moved.start).toBe(
      new OffsetMap(TO).toCodePoint(TO.lastIndexOf('Turkish soldier')),
    )
  })

  it('lists spans whose words are not in the other text, with the reason', () => {
    const spans = [
      span(FROM, 'Turkish Army Suffers Casualties', 'h1'),
      span(FROM, 'southern Idlib', 's2'),
    ]
    const { placed, unplaced } = placeSpans(spans, FROM, TO)
    expect(placed.map((p) => p.span.id)).toEqual(['s2'])
    expect(unplaced).toEqual([{ span: spans[0], reason: 'its words are not in the other text' }])
  })

  it('refuses a span whose quote changed rather than moving it approximately', () => {
    const from = 'At least 6 members of the group died near the depot.'
    const to = 'At least 7 members of the group died near the depot.'
    const { placed, unplaced } = placeSpans([span(from, 'At least 6 members', 'c')], from, to)
    expect(placed).toEqual([])
    expect(unplaced[0]?.reason).toBe(
      'the text there reads “At least 7 members”, not “At least 6 members”',
    )
  })

  it('counts code points, not UTF-16 units', () => {
    const from = '🚀 Rocket fire hit Idlib.'
    const to = 'Update 🚀🚀 Rocket fire hit Idlib.'
    const { placed } = placeSpans([span(from, 'Idlib', 'p', 'PLACE')], from, to)
    // "Update 🚀🚀 Rocket fire hit " is 26 code points (28 UTF-16 units).
    expect(placed[0]?.moved).toMatchObject({ start: 26, end: 31, text: 'Idlib' })
  })

  it('aligns long texts with repeated words through unique anchors', () => {
    const para = (n: number): string => `Report ${n}: the army said the strike hit the town.`
    const from = Array.from({ length: 300 }, (_, i) => para(i)).join('\n')
    const to = Array.from(
      { length: 300 },
      (_, i) => (i === 150 ? 'Inserted line.\n' : '') + para(i),
    ).join('\n')
    const alignment = new TextAlignment(from, to)
    expect(alignment.coverage).toBe(1)
    const { placed } = placeSpans([span(from, 'Report 200', 'r')], from, to)
    expect(placed[0]?.moved.start).toBe(to.indexOf('Report 200'))
  })
})
