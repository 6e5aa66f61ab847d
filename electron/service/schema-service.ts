import type { CorpusInfo } from '../../shared/api.ts'
import type { LabelSchema, SchemaRenames } from '../../shared/model.ts'
import {
  NO_IMPACT,
  addImpact,
  migrateSet,
  validateSchema,
  type MigrationImpact,
} from '../../shared/schema-migration.ts'
import type { Corpus } from '../store/corpus.ts'
import { SpanbenchError } from '../store/errors.ts'
import { corpusInfo } from './corpus-service.ts'
import type { HandlerSlice } from './handlers.ts'

export interface SchemaImpact extends MigrationImpact {
  /** Annotation files the change would rewrite. */
  files: number
}

/**
 * Runs the migration over every annotator's annotation files; with `write`,
 * rewrites the ones that change. A schema change is a deliberate act of the
 * corpus owner, so it is the one operation that touches other annotators'
 * files: do it when the team has synced.
 */
async function migrateAll(
  corpus: Corpus,
  schema: LabelSchema,
  renames: SchemaRenames,
  write: boolean,
): Promise<SchemaImpact> {
  let impact: MigrationImpact = NO_IMPACT
  let files = 0
  const ids = await corpus.documentIds()
  for (const annotator of await corpus.annotators()) {
    for (const id of ids) {
      const set = await corpus.readAnnotations(id, annotator)
      if (!set) continue
      const result = migrateSet(set, schema, renames)
      if (JSON.stringify(result.set) === JSON.stringify(set)) continue
      files++
      impact = addImpact(impact, result.impact)
      if (write)
        await corpus.writeAnnotations({
          ...result.set,
          revision: set.revision + 1,
          updatedAt: new Date().toISOString(),
        })
    }
  }
  return { ...impact, files }
}

function checked(schema: LabelSchema): LabelSchema {
  const problem = validateSchema(schema)
  if (problem) throw new SpanbenchError('bad_request', `the schema cannot be saved: ${problem}`)
  return schema
}

export function schemaImpact(
  corpus: Corpus,
  schema: LabelSchema,
  renames: SchemaRenames,
): Promise<SchemaImpact> {
  return migrateAll(corpus, checked(schema), renames, false)
}

/**
 * Saves a new schema and migrates every annotation file to it. The manifest
 * records the renames first, so a crash part-way is finished on the next open.
 */
export async function changeSchema(
  corpus: Corpus,
  schema: LabelSchema,
  renames: SchemaRenames,
): Promise<SchemaImpact> {
  await corpus.writeManifest({
    ...corpus.manifest,
    schema: checked(schema),
    pendingMigration: renames,
  })
  return finishMigration(corpus)
}

/** Completes a schema change that a crash interrupted (idempotent). */
export async function finishMigration(corpus: Corpus): Promise<SchemaImpact> {
  const { pendingMigration, ...manifest } = corpus.manifest
  if (!pendingMigration) return { ...NO_IMPACT, files: 0 }
  const impact = await migrateAll(corpus, manifest.schema, pendingMigration, true)
  await corpus.writeManifest(manifest)
  return impact
}

export const schemaHandlers: HandlerSlice<'schema.impact' | 'schema.update'> = {
  'schema.impact': ({ schema, renames }, ctx) => schemaImpact(ctx.corpus, schema, renames),
  'schema.update': async ({ schema, renames }, ctx): Promise<CorpusInfo> => {
    await changeSchema(ctx.corpus, schema, renames)
    return corpusInfo(ctx)
  },
}
