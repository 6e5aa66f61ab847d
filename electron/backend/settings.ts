import { mkdir, readFile } from 'node:fs/promises'
import { homedir, userInfo } from 'node:os'
import { join } from 'node:path'
import { z } from 'zod'
import { AnnotatorSchema } from '../../shared/contract/model.ts'
import { isCode, writeFileAtomic } from '../backend/store/atomic-file.ts'

const SettingsSchema = z.object({
  annotator: AnnotatorSchema.optional(),
  lastCorpus: z.string().optional(),
  /** By corpus folder: the document open when the app last closed there. */
  lastDocument: z.record(z.string(), z.string()).optional(),
})
export type Settings = z.infer<typeof SettingsSchema>

/** Where Spanbench keeps its own files: $SPANBENCH_HOME, else the platform's data folder. */
export function appHome(): string {
  const fromEnv = process.env['SPANBENCH_HOME']
  if (fromEnv) return fromEnv
  if (process.platform === 'win32') return join(process.env['APPDATA'] ?? homedir(), 'Spanbench')
  if (process.platform === 'darwin')
    return join(homedir(), 'Library', 'Application Support', 'Spanbench')
  return join(process.env['XDG_DATA_HOME'] ?? join(homedir(), '.local', 'share'), 'spanbench')
}

export async function loadSettings(home = appHome()): Promise<Settings> {
  const path = join(home, 'settings.json')
  try {
    const parsed = SettingsSchema.safeParse(JSON.parse(await readFile(path, 'utf8')))
    if (parsed.success) return parsed.data
    process.stderr.write(
      `spanbench: ignoring ${path}: ${parsed.error.issues[0]?.message ?? 'invalid'}\n`,
    )
    return {}
  } catch (err) {
    if (isCode(err, 'ENOENT')) return {}
    process.stderr.write(`spanbench: ignoring ${path}: ${String(err)}\n`)
    return {}
  }
}

export async function saveSettings(settings: Settings, home = appHome()): Promise<void> {
  await mkdir(home, { recursive: true })
  await writeFileAtomic(join(home, 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`)
}

/** The desktop app remembers the corpus it opened, to open it again at the next start. */
export async function rememberLastCorpus(dir: string, home = appHome()): Promise<void> {
  const settings = await loadSettings(home)
  if (settings.lastCorpus !== dir) await saveSettings({ ...settings, lastCorpus: dir }, home)
}

/** The annotator name: settings, else the OS user made safe for a folder name. */
export function defaultAnnotator(settings: Settings): string {
  if (settings.annotator) return settings.annotator
  let name = 'annotator'
  try {
    name = userInfo().username
  } catch {
    // No user database entry (some containers): keep the generic name.
  }
  const safe = name
    .replace(/[^A-Za-z0-9._-]/g, '_')
    .replace(/^[._-]+/, '')
    .slice(0, 64)
  return safe || 'annotator'
}
