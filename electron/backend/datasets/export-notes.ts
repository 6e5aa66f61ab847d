/**
 * What an export left out or wrote differently: counted and sampled for the
 * dataset card, and buffered as report.tsv lines for the caller to append.
 */
import type { NoteList } from '../../../shared/datasets/card.ts'
import type { WriterNote } from '../../../shared/datasets/writer.ts'
import { tsvCell } from '../../../shared/formats/spreadsheet-cells.ts'

/** How many dropped or changed spans the card lists; the report file (report.tsv) has all. */
const CARD_NOTES = 50

export class NoteLog {
  readonly dropped: NoteList & { listed: WriterNote[] } = { total: 0, listed: [] }
  readonly changed: NoteList & { listed: WriterNote[] } = { total: 0, listed: [] }
  private lines: string[] = []
  private headed = false

  add(note: WriterNote): void {
    const list = note.kind === 'dropped' ? this.dropped : this.changed
    list.total++
    if (list.listed.length < CARD_NOTES) list.listed.push(note)
    this.lines.push(
      `${[note.kind, note.docId, note.spanId, note.message].map(tsvCell).join('\t')}\n`,
    )
  }

  /** Whether report lines wait to be written. */
  get pending(): boolean {
    return this.lines.length > 0
  }

  /** The buffered report lines (the header first, once), emptied: the caller appends them. */
  take(): string {
    const text = (this.headed ? '' : 'kind\tdocument\tspan\twhat\n') + this.lines.join('')
    this.headed = true
    this.lines = []
    return text
  }

  get total(): number {
    return this.dropped.total + this.changed.total
  }
}
