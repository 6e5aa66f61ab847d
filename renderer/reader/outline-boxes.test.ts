import { describe, expect, it } from 'vitest'
import { lineBoxes } from './outline-boxes.ts'

const box = (left: number, top: number, right: number, bottom: number) => ({
  left,
  top,
  right,
  bottom,
})

describe('lineBoxes', () => {
  it('joins the pieces of a span that another span starts inside into one box per line', () => {
    // "the Turkish | Defense Ministry" on one line, "reported" wrapped to the next.
    const pieces = [box(100, 10, 130, 30), box(130, 10, 250, 30), box(20, 42, 90, 62)]
    expect(lineBoxes(pieces)).toEqual([box(100, 10, 250, 30), box(20, 42, 90, 62)])
  })

  it('takes the tallest extent of a line and leaves out empty pieces', () => {
    const pieces = [box(50, 12, 80, 30), box(80, 10, 120, 31), box(120, 10, 120, 31)]
    expect(lineBoxes(pieces)).toEqual([box(50, 10, 120, 31)])
  })

  it('orders lines top to bottom whatever order the pieces come in', () => {
    const pieces = [box(0, 80, 40, 100), box(0, 10, 40, 30), box(40, 80, 60, 100)]
    expect(lineBoxes(pieces)).toEqual([box(0, 10, 40, 30), box(0, 80, 60, 100)])
  })
})
