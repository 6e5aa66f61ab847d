/**
 * The manifest's migration log: schema changes that renamed or removed ids,
 * applied to an annotation set when it is read instead of rewriting files.
 * A file written at generation g is brought forward through every step after
 * g, each with the renames and the schema of that step, so a label removed at
 * one step and added again later never revives the old spans.
 */
import type {
  AnnotationSet,
  LabelSchema,
  Manifest,
  MigrationStep,
  SchemaRenames,
} from '../contract/model.ts'
import { migrateSet } from './schema-migration.ts'

/** The generation a file written now records: the last step's, 0 with no log. */
export function currentGeneration(manifest: Pick<Manifest, 'migrations'>): number {
  return manifest.migrations?.at(-1)?.generation ?? 0
}

/** A set under the current schema: every step after the generation it was written at, in order. */
export function bringForward<
  T extends Pick<AnnotationSet, 'spans' | 'relations' | 'schemaGeneration'>,
>(set: T, steps: readonly MigrationStep[]): T {
  const from = set.schemaGeneration ?? 0
  let current = set
  for (const step of steps) {
    if (step.generation > from) current = migrateSet(current, step.schema, step.renames).set
  }
  return withGeneration(current, steps.at(-1)?.generation ?? 0)
}

/** The set marked as holding the ids of `generation` (no mark for 0, as files before the log). */
export function withGeneration<T extends Pick<AnnotationSet, 'schemaGeneration'>>(
  set: T,
  generation: number,
): T {
  const next: T = { ...set }
  if (generation > 0) next.schemaGeneration = generation
  else delete next.schemaGeneration
  return next
}

/** True when a change from `before` to `after` renames or removes anything a file may hold. */
export function changesIds(
  before: LabelSchema,
  after: LabelSchema,
  renames: SchemaRenames,
): boolean {
  const renamed = (map: Record<string, string>): boolean =>
    Object.entries(map).some(([from, to]) => from !== to)
  if (
    renamed(renames.labels) ||
    renamed(renames.relationTypes) ||
    Object.values(renames.attributes).some(renamed)
  )
    return true
  const labels = new Map(after.labels.map((l) => [l.id, l]))
  const removesAttribute = before.labels.some((old) => {
    const next = labels.get(old.id)
    if (!next) return true
    return old.attributes.some((a) => {
      const kept = next.attributes.find((b) => b.id === a.id)
      if (!kept || kept.type !== a.type) return true
      return (a.options ?? []).some((o) => !(kept.options ?? []).includes(o))
    })
  })
  if (removesAttribute) return true
  const types = new Map(after.relationTypes.map((t) => [t.id, t]))
  return before.relationTypes.some((old) => {
    const next = types.get(old.id)
    return (
      !next ||
      old.from.some((l) => !next.from.includes(l)) ||
      old.to.some((l) => !next.to.includes(l))
    )
  })
}

/** The log after a schema change (unchanged when the change only adds). */
export function logChange(
  manifest: Pick<Manifest, 'migrations' | 'schema'>,
  schema: LabelSchema,
  renames: SchemaRenames,
  at: string,
): MigrationStep[] | undefined {
  if (!changesIds(manifest.schema, schema, renames)) return manifest.migrations
  const generation = currentGeneration(manifest) + 1
  return [...(manifest.migrations ?? []), { generation, at, renames, schema }]
}

/**
 * A manifest of the older format, whose schema change was interrupted while
 * it rewrote the files (`pendingMigration`), as a step of the log: files
 * written before it carry no generation, so reading brings them forward; the
 * ones the old code had migrated already keep their ids (renames of ids that
 * no longer occur change nothing).
 */
export function fromLegacy(manifest: Manifest): Manifest {
  const { pendingMigration, ...rest } = manifest
  if (!pendingMigration) return manifest
  const generation = currentGeneration(manifest) + 1
  const step = {
    generation,
    at: manifest.updatedAt,
    renames: pendingMigration,
    schema: manifest.schema,
  }
  return { ...rest, migrations: [...(manifest.migrations ?? []), step] }
}
