import { csvCell } from './spreadsheet-cells.ts'

/**
 * One RFC 4180 CSV line, ended by CRLF: fields with commas, quotes or line
 * breaks are quoted, and text a spreadsheet would run as a formula is
 * neutralised (see shared/formats/spreadsheet-cells.ts).
 */
export function csvLine(fields: readonly (string | number | null)[]): string {
  return `${fields.map(csvCell).join(',')}\r\n`
}
