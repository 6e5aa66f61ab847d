/** What the in-page probe (bench/pages/probe.ts) reports; shared by the page and the harness. */

/** Where an edit must show for the probe to count it as painted. */
export interface ChangeTarget {
  /** The reader's text. */
  root: string
  /** Its paragraphs; the one holding `phrase` is watched. */
  paragraphs: string
  phrase: string
  /** Where the page draws highlights apart from the text (text-annotator's layer), or null. */
  layer: string | null
}

export interface ChangeTiming {
  /** From the trigger event to the end of the frame that painted the first change. */
  painted: number
}

export interface OpenTiming {
  /** From the trigger event to the end of the first frame showing a highlight in view. */
  painted: number
  /**
   * From the trigger event until the whole text is in the page and the main
   * thread is free: the later of the paint that completes the text and the
   * end of the last long frame before a quiet second.
   */
  interactive: number
  /**
   * From the trigger event until the main thread is free: the later of the
   * first paint and the end of the last long frame (50 ms or more) before a
   * quiet second, whether or not all the text is in the page yet.
   */
  responsive: number
  longFrames: number
  worstLongFrame: number
}

export interface ScrollTiming {
  frames: number
  /** The longest interval between two animation frames while scrolling. */
  worstFrame: number
  /** The longest long-animation-frame entry while scrolling (0 when no frame was long). */
  worstLongFrame: number
  height: number
}
