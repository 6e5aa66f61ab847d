import type { CorpusInfo } from '../../shared/api.ts'
import { loadSettings, saveSettings } from '../settings.ts'
import type { HandlerSlice, ServiceContext } from './handlers.ts'

export async function corpusInfo(ctx: ServiceContext): Promise<CorpusInfo> {
  const { corpus } = ctx
  return {
    name: corpus.manifest.name,
    path: corpus.dir,
    formatVersion: corpus.manifest.version,
    annotator: ctx.annotator,
    readOnly: corpus.readOnly,
    ...(corpus.readOnlyReason ? { readOnlyReason: corpus.readOnlyReason } : {}),
    schema: corpus.manifest.schema,
    documentCount: (await corpus.documentIds()).length,
  }
}

export const corpusHandlers: HandlerSlice<'corpus.info' | 'corpus.setAnnotator'> = {
  'corpus.info': (_input, ctx) => corpusInfo(ctx),
  'corpus.setAnnotator': async ({ annotator }, ctx) => {
    ctx.annotator = annotator
    await saveSettings({ ...(await loadSettings(ctx.home)), annotator }, ctx.home)
    return corpusInfo(ctx)
  },
}
