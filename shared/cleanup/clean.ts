/**
 * The cleanup pipeline for one text. It runs in two halves because the
 * boilerplate step compares each text with all the others: first every text
 * of a batch is cleaned up to that step, then indexed, then finished.
 */
import { proposeBoilerplate } from './boilerplate.ts'
import { Cleaning } from './cleaning.ts'
import { proposeFootnotes } from './footnotes.ts'
import { proposeHyphenJoins } from './hyphenation.ts'
import type { Overlap } from './overlap.ts'
import { proposeSpaces } from './spaces.ts'
import { profileLines, type LineProfile } from './text-index.ts'
import type { CleanupSettings, Decision } from './types.ts'
import { proposeUnwrap } from './unwrap.ts'
import type { Vocabulary } from './vocabulary.ts'

/** A text cleaned up to the boilerplate step, with the line profiles the index needs. */
export interface PartlyCleaned {
  cleaning: Cleaning
  lines: LineProfile[]
}

/** Unwrapping, hyphenation, spaces and footnotes, as the settings say. */
export function cleanUpToBoilerplate(
  raw: string,
  settings: CleanupSettings,
  vocabulary: Vocabulary,
): PartlyCleaned {
  const cleaning = new Cleaning(raw, settings)
  // Unwrapping first: it measures the lines as they came, and leaves a break after a
  // hyphen ("de-\nescalation") to the hyphenation step.
  cleaning.apply('unwrap', proposeUnwrap(cleaning.text))
  cleaning.apply('hyphenation', proposeHyphenJoins(cleaning.text, vocabulary))
  cleaning.apply('spaces', proposeSpaces(cleaning.text))
  cleaning.apply('footnotes', proposeFootnotes(cleaning.text))
  return { cleaning, lines: profileLines(cleaning.text) }
}

/** The boilerplate step, given how the text overlaps the others; returns the final result. */
export function finishCleaning(
  partly: PartlyCleaned,
  overlap: Pick<Overlap, 'recurring'>,
  settings: CleanupSettings,
): { text: string; decisions: Decision[] } {
  const { cleaning, lines } = partly
  const { proposals, combine } = proposeBoilerplate(
    cleaning.text,
    lines,
    overlap,
    settings.decisions,
  )
  cleaning.apply('boilerplate', proposals, combine)
  return { text: cleaning.text, decisions: cleaning.decisions() }
}
