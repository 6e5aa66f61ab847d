import type { BaseEditor, BaseRange } from 'slate'
import type { ReactEditor } from 'slate-react'
import type { Segment } from './reader/segments.ts'

export interface ParagraphElement {
  type: 'paragraph'
  children: PlainText[]
  /** Bumped when the paragraph's highlights change, so that it alone re-renders. */
  redecorate?: number
}

export interface PlainText {
  text: string
  /** Set on decorated leaves: the highlight segment this leaf shows. */
  hl?: Segment
}

declare module 'slate' {
  interface CustomTypes {
    Editor: BaseEditor & ReactEditor
    Element: ParagraphElement
    Text: PlainText
    Range: BaseRange & { hl?: Segment }
  }
}
