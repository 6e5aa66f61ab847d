/**
 * The long-document case: bench/fixtures/long.txt (about 1 MB of War and
 * Peace) with 20,000 generated annotations, as a corpus the real backend
 * serves and as plain data the baseline pages load.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Span } from '../../shared/contract/model.ts'
import { canonicalText } from '../../shared/text/text.ts'
import { generateSpans } from './spans.ts'

export const LONG_SEED = 20_000
export const LONG_SPANS = 20_000

export interface LongDocument {
  text: string
  spans: Span[]
}

export async function loadLongDocument(benchDir: string): Promise<LongDocument> {
  const text = canonicalText(await readFile(join(benchDir, 'fixtures', 'long.txt'), 'utf8'))
  const spans = generateSpans(text, { count: LONG_SPANS, seed: LONG_SEED, overlapShare: 0.1 })
  return { text, spans }
}
