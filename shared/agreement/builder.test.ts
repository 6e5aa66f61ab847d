import { describe, expect, it } from 'vitest'
import schemaJson from '../../assets/default-schema.json'
import { LabelSchemaSchema } from '../contract/model.ts'
import { AGREEMENT_FIXTURE, fixtureSet } from './agreement.fixtures.ts'
import { AgreementBuilder } from './builder.ts'
import { cohenKappa, nominalAlpha } from './coefficients.ts'
import type { AgreementReport } from './report.ts'

function fixtureReport(annotators = AGREEMENT_FIXTURE.annotators): AgreementReport {
  const builder = new AgreementBuilder({
    annotators,
    labels: AGREEMENT_FIXTURE.labels,
    schema: LabelSchemaSchema.parse(schemaJson),
  })
  for (const doc of AGREEMENT_FIXTURE.documents) {
    const layers = new Map(Object.keys(doc.layers).map((a) => [a, fixtureSet(doc.key, a)] as const))
    builder.add({ id: doc.key, text: doc.text, layers })
  }
  return builder.report()
}

const row = (r: AgreementReport, a: string, b: string, label: string) =>
  r.pairs.find((p) => p.a === a && p.b === b && p.label === label)

describe('agreement on the fixture corpus', () => {
  const report = fixtureReport()

  it("gives Cohen's κ equal to scikit-learn's for every pair and label", () => {
    const { kappa } = AGREEMENT_FIXTURE.reference
    expect(Object.keys(kappa)).toHaveLength(15)
    for (const [key, expected] of Object.entries(kappa)) {
      const [a = '', b = '', label = ''] = key.split('|')
      expect(Math.abs((row(report, a, b, label)?.kappa ?? NaN) - expected), key).toBeLessThan(1e-6)
    }
  })

  it("gives Krippendorff's α equal to NLTK's for every label and overall", () => {
    for (const [label, expected] of Object.entries(AGREEMENT_FIXTURE.reference.alpha))
      expect(Math.abs((report.alpha[label] ?? NaN) - expected), label).toBeLessThan(1e-6)
  })

  it('gives the hand-counted exact and overlap F1 of alice and bob', () => {
    // d1: exact ACTOR, PLACE; overlap also the casualty figure and the attribution.
    // d2: exact ACTOR, PLACE; overlap also the figure. d4: exact ACTOR; Saraqib is PLACE vs ACTOR.
    const all = row(report, 'alice', 'bob', '*')
    expect(all?.exact).toMatchObject({ tp: 5, fp: 4, fn: 4 })
    expect(all?.exact.f1).toBeCloseTo(5 / 9, 12)
    expect(all?.overlap).toMatchObject({ tp: 8, fp: 1, fn: 1 })
    expect(all?.overlap.f1).toBeCloseTo(8 / 9, 12)
    const place = row(report, 'alice', 'bob', 'PLACE')
    expect(place?.exact).toMatchObject({ tp: 2, fp: 1, fn: 0 })
    expect(row(report, 'alice', 'bob', 'ACTOR')?.exact).toMatchObject({ tp: 3, fp: 0, fn: 1 })
  })

  it('lists a document only one annotator coded as not comparable, and counts the rest', () => {
    expect(report.documents).toBe(3)
    expect(report.per_document.find((d) => d.id === 'd3')).toEqual({
      id: 'd3',
      f1: null,
      overlap_f1: null,
      comparable: false,
      annotators: ['alice'],
    })
    // d4: alice and bob only, one of two spans each in common.
    expect(report.per_document.find((d) => d.id === 'd4')?.f1).toBeCloseTo(0.5, 12)
  })

  it('matches relations through matched ends, and compares casualty attributes', () => {
    const rel = (a: string, b: string, type: string) =>
      report.relations.pairs.find((r) => r.a === a && r.b === b && r.type === type)
    expect(rel('alice', 'bob', '*')).toMatchObject({ tp: 2, fp: 0, fn: 0, f1: 1 })
    expect(rel('alice', 'carol', 'location')).toMatchObject({ tp: 1, fp: 0, fn: 0 })
    expect(rel('alice', 'carol', 'perpetrator')).toMatchObject({ tp: 0, fp: 1, fn: 0 })
    expect(rel('alice', 'carol', 'victim')).toMatchObject({ tp: 0, fp: 0, fn: 1 })
    const attrs = report.attributes.pairs.find((p) => p.a === 'alice' && p.b === 'bob')
    expect(attrs).toMatchObject({ compared: 2, outcome: 1, qualifier: 0.5, figures: 1, all: 0.5 })
    const carol = report.attributes.pairs.find((p) => p.a === 'alice' && p.b === 'carol')
    expect(carol).toMatchObject({ compared: 2, outcome: 1, low: 0.5, best: 1, high: 0.5, all: 0.5 })
  })

  it('gives α_u per label: 1 for identical layers, lower where extents differ more', () => {
    const builder = new AgreementBuilder({
      annotators: ['alice', 'twin'],
      labels: AGREEMENT_FIXTURE.labels,
      schema: LabelSchemaSchema.parse(schemaJson),
    })
    for (const doc of AGREEMENT_FIXTURE.documents.filter((d) => d.layers['alice'])) {
      const set = fixtureSet(doc.key, 'alice')
      builder.add({
        id: doc.key,
        text: doc.text,
        layers: new Map([
          ['alice', set],
          ['twin', set],
        ]),
      })
    }
    const same = builder.report()
    for (const label of AGREEMENT_FIXTURE.labels) {
      expect(same.alpha_u[label], label).toBe(1)
      expect(same.alpha[label], label).toBe(1)
    }
    // Carol left out the attributions alice and bob marked; all three tagged the same actors.
    expect(report.alpha_u['ATTRIBUTION']).toBeLessThan(report.alpha_u['ACTOR'] ?? 0)
  })
})

describe('the confusion matrix of labels', () => {
  it("counts alice's labels against bob's on spans paired by overlap", () => {
    const builder = new AgreementBuilder({
      annotators: ['alice', 'bob'],
      labels: AGREEMENT_FIXTURE.labels,
      schema: LabelSchemaSchema.parse(schemaJson),
    })
    for (const doc of AGREEMENT_FIXTURE.documents) {
      const layers = new Map(
        Object.keys(doc.layers).map((a) => [a, fixtureSet(doc.key, a)] as const),
      )
      builder.add({ id: doc.key, text: doc.text, layers })
    }
    const [matrix] = builder.confusions()
    expect(matrix?.labels).toEqual(['ACTOR', 'PLACE', 'CASUALTY_FIGURE', 'ATTRIBUTION', '(none)'])
    // Saraqib: PLACE for alice, ACTOR for bob; everything else agrees.
    expect(matrix?.counts).toEqual([
      [3, 0, 0, 0, 0],
      [1, 2, 0, 0, 0],
      [0, 0, 2, 0, 0],
      [0, 0, 0, 1, 0],
      [0, 0, 0, 0, 0],
    ])
  })
})

describe('the coefficients on published and reference data', () => {
  it("gives Krippendorff's 2011 worked example (missing values) as NLTK does", () => {
    const { units: byCoder, alpha, published } = AGREEMENT_FIXTURE.krippendorff2011
    const units = (byCoder[0] ?? []).map((_, u) => {
      const counts = new Map<string, number>()
      for (const row of byCoder) {
        const v = row[u]
        if (v) counts.set(v, (counts.get(v) ?? 0) + 1)
      }
      return { counts }
    })
    const value = nominalAlpha(units) ?? NaN
    expect(Math.abs(value - alpha)).toBeLessThan(1e-6)
    expect(value.toFixed(3)).toBe(String(published))
  })

  it('leaves κ undefined when there is no variation', () => {
    expect(
      cohenKappa([
        [5, 0],
        [0, 0],
      ]),
    ).toBeNull()
  })
})
