import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { LabelSchemaSchema, type LabelSchema } from '../../shared/contract/model.ts'

/** The assets folder, found from this module whether it runs from source or a bundle. */
export function assetsDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 4; i++) {
    const candidate = join(dir, 'assets')
    if (existsSync(join(candidate, 'default-schema.json'))) return candidate
    dir = dirname(dir)
  }
  throw new Error(`assets/default-schema.json not found above ${fileURLToPath(import.meta.url)}`)
}

export async function defaultSchema(): Promise<LabelSchema> {
  const path = join(assetsDir(), 'default-schema.json')
  return LabelSchemaSchema.parse(JSON.parse(await readFile(path, 'utf8')))
}
