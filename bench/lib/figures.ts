/**
 * What the benchmark reports and the targets of issues #3 and #11, in one
 * place: the long-document figures (ours beside the two baselines), the
 * corpus figures (at each corpus size) and the command line's start-up.
 */
import type { SubjectId } from '../browser/subjects.ts'

export interface Target {
  /** The figure must stay under this (in its unit). */
  max?: number
  /** Ours must be at most this multiple of the plain-DOM baseline. */
  maxVsPlainDom?: number
  /** Ours must be at most this multiple of text-annotator. */
  maxVsTextAnnotator?: number
  /** Only at this corpus size (corpus figures). */
  atSize?: number
  /** Instead of a limit: the figure at the largest size over the smallest, at most this. */
  maxGrowth?: number
}

export interface LongFigure {
  id: LongFigureId
  title: string
  unit: 'ms' | 'MB'
  target: Target
}

export type LongFigureId =
  | 'firstPaint'
  | 'interactive'
  | 'responsive'
  | 'tag'
  | 'relabel'
  | 'delete'
  | 'undo'
  | 'worstScrollFrame'
  | 'heapMB'
  | 'domHeapMB'

const VS_TA = { maxVsTextAnnotator: 1 }

export const LONG_FIGURES: LongFigure[] = [
  {
    id: 'firstPaint',
    title: 'open: first paint with highlights',
    unit: 'ms',
    target: { max: 300, maxVsPlainDom: 2, ...VS_TA },
  },
  {
    id: 'interactive',
    title: 'open: whole document interactive',
    unit: 'ms',
    target: { max: 1000, ...VS_TA },
  },
  {
    id: 'responsive',
    title: 'open: main thread free (no more long frames)',
    unit: 'ms',
    target: {},
  },
  { id: 'tag', title: 'tag a selection → painted', unit: 'ms', target: { max: 50, ...VS_TA } },
  { id: 'relabel', title: 'relabel → painted', unit: 'ms', target: { max: 50, ...VS_TA } },
  { id: 'delete', title: 'delete → painted', unit: 'ms', target: { max: 50, ...VS_TA } },
  { id: 'undo', title: 'undo → painted', unit: 'ms', target: { max: 50, ...VS_TA } },
  {
    id: 'worstScrollFrame',
    title: 'scroll to the end: worst frame',
    unit: 'ms',
    target: { max: 50, ...VS_TA },
  },
  { id: 'heapMB', title: 'JS heap after opening', unit: 'MB', target: { max: 300, ...VS_TA } },
  { id: 'domHeapMB', title: 'DOM (Blink) heap after opening', unit: 'MB', target: VS_TA },
]

export const SUBJECT_TITLES: Record<SubjectId, string> = {
  ours: 'Spanbench',
  plainDom: 'plain DOM',
  textAnnotator: 'text-annotator',
}

export type CorpusFigureId =
  | 'listCold'
  | 'list'
  | 'open'
  | 'save'
  | 'searchCold'
  | 'searchFromCache'
  | 'search'
  | 'exportTime'
  | 'exportPeakRssMB'

export interface CorpusFigure {
  id: CorpusFigureId
  title: string
  unit: 'ms' | 'MB'
  targets: Target[]
}

export const CORPUS_FIGURES: CorpusFigure[] = [
  {
    id: 'list',
    title: 'open the corpus and list it',
    unit: 'ms',
    targets: [
      { max: 1000, atSize: 10_000 },
      { max: 1000, atSize: 100_000 },
    ],
  },
  {
    id: 'listCold',
    title: 'open and list, first time (no cache)',
    unit: 'ms',
    targets: [{ max: 1000, atSize: 10_000 }],
  },
  {
    id: 'open',
    title: 'open one document',
    unit: 'ms',
    targets: [
      { max: 100, atSize: 10_000 },
      { max: 100, atSize: 100_000 },
    ],
  },
  { id: 'save', title: 'save after one edit', unit: 'ms', targets: [{ max: 20 }] },
  {
    id: 'search',
    title: 'full-text search',
    unit: 'ms',
    targets: [
      { max: 500, atSize: 10_000 },
      { max: 500, atSize: 100_000 },
    ],
  },
  {
    id: 'searchFromCache',
    title: 'search, first after opening',
    unit: 'ms',
    targets: [{ max: 500, atSize: 10_000 }],
  },
  {
    id: 'searchCold',
    title: 'search, first ever (builds the index)',
    unit: 'ms',
    targets: [],
  },
  {
    id: 'exportTime',
    title: 'export everything as JSONL',
    unit: 'ms',
    targets: [
      { max: 3000, atSize: 10_000 },
      { max: 30_000, atSize: 100_000 },
    ],
  },
  {
    id: 'exportPeakRssMB',
    title: 'export: peak resident memory',
    unit: 'MB',
    targets: [{ maxGrowth: 1.5 }],
  },
]

export type CliFigureId = 'cliHelp' | 'cliStats'

export interface CliFigure {
  id: CliFigureId
  title: string
  unit: 'ms'
  target: Target
}

/** The command line, started as a process (issue #11). */
export const CLI_FIGURES: CliFigure[] = [
  { id: 'cliHelp', title: 'spanbench --help', unit: 'ms', target: { max: 300 } },
  {
    id: 'cliStats',
    title: 'spanbench stats, sample corpus',
    unit: 'ms',
    target: { max: 500 },
  },
]
