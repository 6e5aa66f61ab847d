import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { assetsDir, defaultSchema } from './assets.ts'
import { importFiles } from './article-import/import-service.ts'
import { appHome, defaultAnnotator, loadSettings } from './settings.ts'
import { Corpus } from './store/corpus.ts'
import type { ServiceContext } from './services/handlers.ts'

/** The corpus opened when none is named: the last one used, else the sample corpus. */
export async function corpusToOpen(home = appHome()): Promise<string> {
  const settings = await loadSettings(home)
  if (settings.lastCorpus && (await Corpus.isCorpus(settings.lastCorpus)))
    return settings.lastCorpus
  const sample = join(home, 'sample-corpus')
  if (!(await Corpus.isCorpus(sample))) await createSampleCorpus(sample)
  return sample
}

/** Builds the sample corpus from the articles shipped in assets/sample. */
export async function createSampleCorpus(dir: string): Promise<void> {
  await Corpus.create(dir, 'Sample corpus', await defaultSchema())
  const folder = join(assetsDir(), 'sample')
  const names = (await readdir(folder)).filter((n) => n.endsWith('.txt')).sort()
  const files = await Promise.all(
    names.map(async (name) => ({ name, bytes: await readFile(join(folder, name)) })),
  )
  const corpus = await Corpus.open(dir)
  try {
    await importFiles(corpus, files)
  } finally {
    corpus.close()
  }
}

/**
 * Opens a corpus (creating it when asked) for the app, browser mode or a
 * command. Settings are only read (the annotator): remembering the last
 * corpus is the desktop app's own business (see rememberLastCorpus), so a
 * command never changes what the app opens next.
 */
export async function openWorkspace(
  dir: string,
  options: { create?: boolean; home?: string; annotator?: string } = {},
): Promise<ServiceContext> {
  const home = options.home ?? appHome()
  if (options.create && !(await Corpus.isCorpus(dir))) {
    await Corpus.create(
      dir,
      dir
        .replace(/[\\/]+$/, '')
        .split(/[\\/]/)
        .pop() || 'Corpus',
      await defaultSchema(),
    )
  }
  const corpus = await Corpus.open(dir)
  const annotator = options.annotator ?? defaultAnnotator(await loadSettings(home))
  return { corpus, annotator, home }
}
