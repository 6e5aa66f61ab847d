/**
 * The choices a user makes in the import preview, kept as plain data so every
 * change is a pure function, and turned into the ImportOptions both
 * `import.preview` and `import.commit` take: the preview shows exactly what the
 * import will store with the same options.
 */
import type {
  DecisionView,
  DocumentChoice,
  DocumentPreview,
  ImportOptions,
  ImportPreview,
  NearDuplicateAction,
} from '../../shared/contract/import-api.ts'
import { STEP_DEFAULTS, STEP_IDS, type StepId } from '../../shared/cleanup/types.ts'

export type CleanupStepChoices = Readonly<Record<StepId, boolean>>

export interface Choices {
  /** The batch's steps; a document may override each. */
  steps: CleanupStepChoices
  /** What to do with near-duplicates unless a document says otherwise. */
  nearDuplicate: NearDuplicateAction
  /** Per-document choices by DocumentPreview.key. */
  documents: Readonly<Record<string, DocumentChoice>>
}

export const INITIAL_CHOICES: Choices = {
  steps: STEP_DEFAULTS,
  nearDuplicate: 'link',
  documents: {},
}

/** How each step is named in the dialog, in the words of the issue. */
export const STEP_LABELS: Readonly<Record<StepId, string>> = {
  unwrap: 'Unwrap hard-wrapped lines',
  hyphenation: 'Join words hyphenated across lines',
  spaces: 'Collapse runs of spaces',
  footnotes: 'Strip footnote markers and reference lists',
  boilerplate: 'Leave out boilerplate',
}

export const NEAR_DUPLICATE_LABELS: Readonly<Record<NearDuplicateAction, string>> = {
  link: 'Keep both, linked',
  keep: 'Keep both',
  skip: 'Skip it',
}

export function setBatchStep(choices: Choices, step: StepId, on: boolean): Choices {
  return { ...choices, steps: { ...choices.steps, [step]: on } }
}

export function setBatchNearDuplicate(choices: Choices, action: NearDuplicateAction): Choices {
  return { ...choices, nearDuplicate: action }
}

/** Whether `step` runs for the document `key`: its own switch, else the batch's. */
export function documentStep(choices: Choices, key: string, step: StepId): boolean {
  return choices.documents[key]?.steps?.[step] ?? choices.steps[step]
}

/** Whether the document `key` switches `step` differently from the batch. */
export function overridesStep(choices: Choices, key: string, step: StepId): boolean {
  const own = choices.documents[key]?.steps?.[step]
  return own !== undefined && own !== choices.steps[step]
}

/**
 * Switches a step for one document. A switch equal to the batch's is dropped,
 * so a later change to the batch reaches this document again.
 */
export function setDocumentStep(choices: Choices, key: string, step: StepId, on: boolean): Choices {
  return updateDocument(choices, key, (doc) => {
    const steps = { ...doc.steps }
    if (on === choices.steps[step]) delete steps[step]
    else steps[step] = on
    return { ...doc, steps }
  })
}

/** Applies (true) or declines (false) one decision of one document. */
export function setDecision(
  choices: Choices,
  key: string,
  decisionId: string,
  applied: boolean,
): Choices {
  return updateDocument(choices, key, (doc) => ({
    ...doc,
    decisions: { ...doc.decisions, [decisionId]: applied },
  }))
}

export function setSkip(choices: Choices, key: string, skip: boolean): Choices {
  return updateDocument(choices, key, (doc) => ({ ...doc, skip }))
}

/** The near-duplicate action for one document; the batch's when it has none of its own. */
export function documentNearDuplicate(choices: Choices, key: string): NearDuplicateAction {
  return choices.documents[key]?.nearDuplicate ?? choices.nearDuplicate
}

export function setDocumentNearDuplicate(
  choices: Choices,
  key: string,
  action: NearDuplicateAction,
): Choices {
  return updateDocument(choices, key, (doc) => ({ ...doc, nearDuplicate: action }))
}

/** The options for `import.preview` and `import.commit`; empty choices are left out. */
export function importOptions(choices: Choices): ImportOptions {
  const documents = Object.fromEntries(
    Object.entries(choices.documents).flatMap(([key, doc]) => {
      const pruned = pruneChoice(doc)
      return pruned ? [[key, pruned] as const] : []
    }),
  )
  return {
    steps: { ...choices.steps },
    nearDuplicate: choices.nearDuplicate,
    ...(Object.keys(documents).length > 0 ? { documents } : {}),
  }
}

function pruneChoice(doc: DocumentChoice): DocumentChoice | null {
  const out: DocumentChoice = {}
  if (doc.skip) out.skip = true
  if (doc.steps && Object.keys(doc.steps).length > 0) out.steps = doc.steps
  if (doc.decisions && Object.keys(doc.decisions).length > 0) out.decisions = doc.decisions
  if (doc.nearDuplicate) out.nearDuplicate = doc.nearDuplicate
  return Object.keys(out).length > 0 ? out : null
}

function updateDocument(
  choices: Choices,
  key: string,
  change: (doc: DocumentChoice) => DocumentChoice,
): Choices {
  return {
    ...choices,
    documents: { ...choices.documents, [key]: change(choices.documents[key] ?? {}) },
  }
}

/** The decisions of a document grouped by step, in the order the steps run. */
export function decisionsByStep(
  decisions: readonly DecisionView[],
): { step: StepId; decisions: DecisionView[] }[] {
  return STEP_IDS.flatMap((step) => {
    const own = decisions.filter((d) => d.step === step)
    return own.length > 0 ? [{ step, decisions: own }] : []
  })
}

/** What the import will do with a document, given the choices the preview was made with. */
export type DocumentFate = 'import' | 'skip' | 'duplicate' | 'near-duplicate-skip'

export function documentFate(doc: DocumentPreview, choices: Choices): DocumentFate {
  if (doc.skip) return 'skip'
  if (doc.duplicateOf) return 'duplicate'
  if (doc.nearDuplicates.length > 0 && documentNearDuplicate(choices, doc.key) === 'skip')
    return 'near-duplicate-skip'
  return 'import'
}

export interface PreviewCounts {
  files: number
  documents: number
  /** Documents the import will store. */
  toImport: number
  /** Files that cannot be read and records that hold no text. */
  problems: number
  nearDuplicates: number
}

export function previewCounts(preview: ImportPreview, choices: Choices): PreviewCounts {
  const docs = preview.files.flatMap((f) => f.documents)
  return {
    files: preview.files.length,
    documents: docs.length,
    toImport: docs.filter((d) => documentFate(d, choices) === 'import').length,
    problems: preview.files.reduce((n, f) => n + (f.error ? 1 : 0) + f.problems.length, 0),
    nearDuplicates: docs.filter((d) => d.nearDuplicates.length > 0).length,
  }
}

/** "98%": similarity as people read it. */
export function percent(similarity: number): string {
  return `${Math.round(similarity * 100)}%`
}

/** Before and after of a decision on one line, with line breaks and spaces made visible. */
export function visible(text: string): string {
  const shown = text.replace(/\n/g, '⏎').replace(/^ +| +$/g, (s) => '·'.repeat(s.length))
  return shown.length > 120 ? `${shown.slice(0, 117)}…` : shown
}
