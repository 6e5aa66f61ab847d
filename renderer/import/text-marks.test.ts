import { describe, expect, it } from 'vitest'
import type { DecisionView } from '../../shared/contract/import-api.ts'
import { markText } from './text-marks.ts'

function decision(
  id: string,
  ranges: [number, number][],
  applied = true,
  step: DecisionView['step'] = 'spaces',
): DecisionView {
  return { id, step, applied, summary: id, reason: '', before: '', after: '', ranges }
}

const show = (pieces: ReturnType<typeof markText>) =>
  pieces.map((p) =>
    p.decisions.length === 0
      ? p.text
      : `[${p.text}|${p.decisions.join(',')}${p.applied ? '' : '?'}]`,
  )

describe('marking decisions in the previewed text', () => {
  it('cuts the text where decisions sit and leaves the rest whole', () => {
    const text = 'the March 5 de-escalation agreement'
    expect(show(markText(text, [decision('hyphen', [[14, 15]], true, 'hyphenation')]))).toEqual([
      'the March 5 de',
      '[-|hyphen]',
      'escalation agreement',
    ])
  })

  it('marks where lines were left out, and what a declined decision would touch', () => {
    const text = 'Body.[1]'
    const pieces = markText(text, [
      decision('boiler', [[8, 8]], true, 'boilerplate'),
      decision('marker', [[5, 8]], false, 'footnotes'),
      decision('untouched', [[2, 2]], false),
    ])
    expect(show(pieces)).toEqual(['Body.', '[[1]|marker?]', '[|boiler]'])
    expect(pieces.map((p) => p.text).join('')).toBe(text)
  })

  it('handles overlapping ranges and code points beyond the BMP', () => {
    const text = '😀ab cd'
    expect(show(markText(text, [decision('x', [[0, 3]]), decision('y', [[2, 5]])]))).toEqual([
      '[😀a|x]',
      '[b|x,y]',
      '[ c|y]',
      'd',
    ])
  })

  it('covers the text exactly once even with ranges out of bounds', () => {
    const text = 'short'
    const pieces = markText(text, [decision('x', [[3, 99]]), decision('y', [[-4, 1]])])
    expect(pieces.map((p) => p.text).join('')).toBe(text)
  })
})
