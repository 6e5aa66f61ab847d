import type { CorpusInfo } from '../../../shared/contract/api.ts'
import { loadSettings, saveSettings } from '../settings.ts'
import type { HandlerSlice, ServiceContext } from './handlers.ts'

export async function corpusInfo(ctx: ServiceContext): Promise<CorpusInfo> {
  const { corpus } = ctx
  const last = (await loadSettings(ctx.home)).lastDocument?.[corpus.dir]
  const lastDocument = last && (await corpus.hasDocument(last)) ? last : undefined
  return {
    name: corpus.manifest.name,
    path: corpus.dir,
    formatVersion: corpus.manifest.version,
    annotator: ctx.annotator,
    readOnly: corpus.readOnly,
    ...(corpus.readOnlyReason ? { readOnlyReason: corpus.readOnlyReason } : {}),
    schema: corpus.manifest.schema,
    documentCount: corpus.documentCount(),
    ...(lastDocument ? { lastDocument } : {}),
  }
}

export const corpusHandlers: HandlerSlice<
  'corpus.info' | 'corpus.setAnnotator' | 'corpus.setLastDocument'
> = {
  'corpus.info': (_input, ctx) => corpusInfo(ctx),
  'corpus.setAnnotator': async ({ annotator }, ctx) => {
    ctx.annotator = annotator
    await saveSettings({ ...(await loadSettings(ctx.home)), annotator }, ctx.home)
    return corpusInfo(ctx)
  },
  'corpus.setLastDocument': async ({ id }, ctx) => {
    const settings = await loadSettings(ctx.home)
    const lastDocument = { ...settings.lastDocument, [ctx.corpus.dir]: id }
    await saveSettings({ ...settings, lastDocument }, ctx.home)
    return {}
  },
}
