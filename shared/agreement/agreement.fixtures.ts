/**
 * The agreement tests' corpus (imported only by tests): agreement.fixtures.json,
 * written by scripts/agreement-reference.py with reference values from
 * scikit-learn and NLTK, read here as annotation sets.
 */
import { z } from 'zod'
import {
  AnnotatorSchema,
  RelationSchema,
  SpanSchema,
  type AnnotationSet,
} from '../contract/model.ts'
import raw from './agreement.fixtures.json'

const LayerSchema = z.object({ spans: z.array(SpanSchema), relations: z.array(RelationSchema) })

const FixtureSchema = z.object({
  sources: z.record(z.string(), z.string()),
  annotators: z.array(AnnotatorSchema),
  labels: z.array(z.string()),
  documents: z.array(
    z.object({ key: z.string(), text: z.string(), layers: z.record(z.string(), LayerSchema) }),
  ),
  reference: z.object({
    kappa: z.record(z.string(), z.number()),
    alpha: z.record(z.string(), z.number()),
  }),
  krippendorff2011: z.object({
    units: z.array(z.array(z.string().nullable())),
    published: z.number(),
    alpha: z.number(),
  }),
})

export const AGREEMENT_FIXTURE = FixtureSchema.parse(raw)

/** A fixture layer as a stored annotation set (document id = the fixture's key). */
export function fixtureSet(
  docKey: string,
  annotator: string,
  sha256 = '0'.repeat(64),
): AnnotationSet {
  const doc = AGREEMENT_FIXTURE.documents.find((d) => d.key === docKey)
  const layer = doc?.layers[annotator]
  if (!layer) throw new Error(`no fixture layer ${docKey}/${annotator}`)
  return {
    format: 'spanbench.annotations',
    version: 1,
    docId: docKey,
    annotator,
    textSha256: sha256,
    status: 'done',
    revision: 1,
    updatedAt: '2024-05-02T10:00:00.000Z',
    spans: layer.spans,
    relations: layer.relations,
  }
}
