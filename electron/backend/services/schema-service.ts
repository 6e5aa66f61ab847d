import type { CorpusInfo } from '../../../shared/contract/api.ts'
import { logChange } from '../../../shared/corpus/migration-log.ts'
import type { LabelSchema, SchemaRenames } from '../../../shared/contract/model.ts'
import {
  NO_IMPACT,
  addImpact,
  migrateSet,
  validateSchema,
  type MigrationImpact,
} from '../../../shared/corpus/schema-migration.ts'
import type { Corpus } from '../store/corpus.ts'
import { skipDamagedAsync } from '../store/damaged.ts'
import { SpanbenchError } from '../store/errors.ts'
import { corpusInfo } from './corpus-service.ts'
import type { HandlerSlice } from './handlers.ts'

export interface SchemaImpact extends MigrationImpact {
  /** Annotation files whose spans, relations or attributes the change touches. */
  files: number
  /** Files left out because they could not be read (path and reason). */
  problems: string[]
}

/**
 * What a schema change does to every annotator's annotations, counted over
 * the sets as they read now. Nothing is written: the change is recorded in
 * the manifest's migration log and applied when each file is read.
 */
export async function schemaImpact(
  corpus: Corpus,
  schema: LabelSchema,
  renames: SchemaRenames,
): Promise<SchemaImpact> {
  checked(schema)
  let impact: MigrationImpact = NO_IMPACT
  let files = 0
  const problems: string[] = []
  const ids = await corpus.documentIds()
  for (const annotator of await corpus.annotators()) {
    for (const id of ids) {
      const set = await skipDamagedAsync(() => corpus.readAnnotations(id, annotator), problems)
      if (!set) continue
      const result = migrateSet(set, schema, renames)
      if (JSON.stringify(result.set) === JSON.stringify(set)) continue
      files++
      impact = addImpact(impact, result.impact)
    }
  }
  return { ...impact, files, problems }
}

function checked(schema: LabelSchema): LabelSchema {
  const problem = validateSchema(schema)
  if (problem) throw new SpanbenchError('bad_request', `the schema cannot be saved: ${problem}`)
  return schema
}

/**
 * Saves a new schema: one atomic write of the manifest, which appends the
 * change to the migration log when it renames or removes anything. No
 * annotation file is touched, so there is no half-migrated corpus after a
 * crash, no race with a save, and no conflict in a shared git repository.
 */
export async function changeSchema(
  corpus: Corpus,
  schema: LabelSchema,
  renames: SchemaRenames,
): Promise<SchemaImpact> {
  const impact = await schemaImpact(corpus, schema, renames)
  const now = new Date().toISOString()
  const migrations = logChange(corpus.manifest, schema, renames, now)
  await corpus.writeManifest({
    ...corpus.manifest,
    schema,
    ...(migrations ? { migrations } : {}),
  })
  return impact
}

export const schemaHandlers: HandlerSlice<'schema.impact' | 'schema.update'> = {
  'schema.impact': ({ schema, renames }, ctx) => schemaImpact(ctx.corpus, schema, renames),
  'schema.update': async ({ schema, renames }, ctx): Promise<CorpusInfo> => {
    await changeSchema(ctx.corpus, schema, renames)
    return corpusInfo(ctx)
  },
}
