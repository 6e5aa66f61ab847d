import { describe, expect, it } from 'vitest'
import type {
  DecisionView,
  DocumentPreview,
  ImportPreview,
} from '../../shared/contract/import-api.ts'
import {
  INITIAL_CHOICES,
  decisionsByStep,
  documentFate,
  documentNearDuplicate,
  documentStep,
  importOptions,
  overridesStep,
  previewCounts,
  setBatchNearDuplicate,
  setBatchStep,
  setDecision,
  setDocumentNearDuplicate,
  setDocumentStep,
  setSkip,
  visible,
} from './preview-state.ts'

const STEPS_ON = {
  unwrap: true,
  hyphenation: true,
  spaces: true,
  footnotes: false,
  boilerplate: true,
}

function decision(id: string, step: DecisionView['step'], applied = true): DecisionView {
  return { id, step, applied, summary: id, reason: 'because', before: 'a', after: 'b', ranges: [] }
}

function doc(key: string, extra: Partial<DocumentPreview> = {}): DocumentPreview {
  return {
    key,
    file: key,
    docId: `id-${key}`,
    title: key,
    metadata: {},
    text: 'text',
    steps: STEPS_ON,
    decisions: [],
    nearDuplicates: [],
    skip: false,
    ...extra,
  }
}

describe('import preview choices', () => {
  it('start with the documented defaults: every step on but footnotes, near-duplicates linked', () => {
    expect(importOptions(INITIAL_CHOICES)).toEqual({ steps: STEPS_ON, nearDuplicate: 'link' })
  })

  it('switch a step for the batch, and for one document on top of it', () => {
    let c = setBatchStep(INITIAL_CHOICES, 'unwrap', false)
    c = setDocumentStep(c, 'b.txt', 'unwrap', true)
    expect(documentStep(c, 'a.txt', 'unwrap')).toBe(false)
    expect(documentStep(c, 'b.txt', 'unwrap')).toBe(true)
    expect(overridesStep(c, 'b.txt', 'unwrap')).toBe(true)
    expect(importOptions(c)).toEqual({
      steps: { ...STEPS_ON, unwrap: false },
      nearDuplicate: 'link',
      documents: { 'b.txt': { steps: { unwrap: true } } },
    })
  })

  it('drop a document switch that equals the batch, so later batch changes reach it', () => {
    let c = setDocumentStep(INITIAL_CHOICES, 'a.txt', 'spaces', false)
    c = setDocumentStep(c, 'a.txt', 'spaces', true)
    expect(overridesStep(c, 'a.txt', 'spaces')).toBe(false)
    expect(importOptions(c).documents).toBeUndefined()
    c = setBatchStep(c, 'spaces', false)
    expect(documentStep(c, 'a.txt', 'spaces')).toBe(false)
  })

  it('record decisions per document by id, both ways', () => {
    let c = setDecision(INITIAL_CHOICES, 'a.txt', 'boilerplate:x1', false)
    c = setDecision(c, 'a.txt', 'hyphenation:de-escalation:1', true)
    expect(importOptions(c).documents).toEqual({
      'a.txt': { decisions: { 'boilerplate:x1': false, 'hyphenation:de-escalation:1': true } },
    })
  })

  it('skip a document, and take it back', () => {
    const skipped = setSkip(INITIAL_CHOICES, 'a.txt', true)
    expect(importOptions(skipped).documents).toEqual({ 'a.txt': { skip: true } })
    expect(importOptions(setSkip(skipped, 'a.txt', false)).documents).toBeUndefined()
  })

  it('choose near-duplicate actions for the batch and per document', () => {
    let c = setBatchNearDuplicate(INITIAL_CHOICES, 'keep')
    c = setDocumentNearDuplicate(c, 'b.txt', 'skip')
    expect(documentNearDuplicate(c, 'a.txt')).toBe('keep')
    expect(documentNearDuplicate(c, 'b.txt')).toBe('skip')
    expect(importOptions(c)).toMatchObject({
      nearDuplicate: 'keep',
      documents: { 'b.txt': { nearDuplicate: 'skip' } },
    })
  })

  it('never change the choices they are given', () => {
    const before = JSON.stringify(INITIAL_CHOICES)
    setDecision(
      setDocumentStep(setBatchStep(INITIAL_CHOICES, 'unwrap', false), 'a', 'spaces', false),
      'a',
      'x',
      true,
    )
    expect(JSON.stringify(INITIAL_CHOICES)).toBe(before)
  })
})

describe('what the preview says will happen', () => {
  const near = { docId: 'id-a', key: 'a.txt', title: 'A', similarity: 0.98 }
  const preview: ImportPreview = {
    files: [
      { file: 'a.txt', size: 10, documents: [doc('a.txt')], problems: [] },
      {
        file: 'b.txt',
        size: 10,
        documents: [doc('b.txt', { nearDuplicates: [near] })],
        problems: [],
      },
      { file: 'c.txt', size: 10, documents: [doc('c.txt', { duplicateOf: 'id-x' })], problems: [] },
      {
        file: 'empty.txt',
        size: 0,
        error: 'empty.txt: the file is empty',
        documents: [],
        problems: [],
      },
      {
        file: 'rows.csv',
        size: 10,
        documents: [doc('rows.csv#row 2', { skip: true })],
        problems: [{ part: 'row 3', message: 'rows.csv row 3: no text in field "text"' }],
      },
    ],
  }

  it('counts files, documents to import, near-duplicates and problems', () => {
    expect(previewCounts(preview, INITIAL_CHOICES)).toEqual({
      files: 5,
      documents: 4,
      toImport: 2,
      problems: 2,
      nearDuplicates: 1,
    })
  })

  it('tells each document’s fate, following the near-duplicate choice', () => {
    const docs = preview.files.flatMap((f) => f.documents)
    expect(docs.map((d) => documentFate(d, INITIAL_CHOICES))).toEqual([
      'import',
      'import',
      'duplicate',
      'skip',
    ])
    const skipNear = setDocumentNearDuplicate(INITIAL_CHOICES, 'b.txt', 'skip')
    expect(documentFate(docs[1] as DocumentPreview, skipNear)).toBe('near-duplicate-skip')
    expect(previewCounts(preview, setBatchNearDuplicate(INITIAL_CHOICES, 'skip')).toImport).toBe(1)
  })

  it('groups decisions by step in the order the steps run', () => {
    const groups = decisionsByStep([
      decision('b1', 'boilerplate'),
      decision('h1', 'hyphenation'),
      decision('u1', 'unwrap'),
      decision('b2', 'boilerplate'),
    ])
    expect(groups.map((g) => [g.step, g.decisions.map((d) => d.id)])).toEqual([
      ['unwrap', ['u1']],
      ['hyphenation', ['h1']],
      ['boilerplate', ['b1', 'b2']],
    ])
  })

  it('shows line breaks and edge spaces of a change', () => {
    expect(visible('de-\nescalation')).toBe('de-⏎escalation')
    expect(visible('  ')).toBe('··')
    expect(visible('x'.repeat(200))).toHaveLength(118)
  })
})
