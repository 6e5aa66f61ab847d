import type { z } from 'zod'
import type { Api, ApiOutput, Method } from '../../../shared/contract/api.ts'
import type { Corpus } from '../store/corpus.ts'

/** What every handler may use: the open corpus and who is annotating. */
export interface ServiceContext {
  corpus: Corpus
  annotator: string
  /** Where settings live; a changed annotator name is remembered there. */
  home: string
  /** Desktop only: asks the user where to save an export. */
  pickSavePath?: (suggestedName: string) => Promise<string | null>
}

export type Handler<M extends Method> = (
  input: z.output<Api[M]['input']>,
  ctx: ServiceContext,
) => Promise<ApiOutput<M>>

export type HandlerSlice<M extends Method> = { [K in M]: Handler<K> }
export type Handlers = HandlerSlice<Method>

/** Merges the slices each service declares; a name declared twice is a start-up error. */
export function combineHandlers(...slices: Partial<Handlers>[]): Partial<Handlers> {
  const all: Partial<Record<Method, unknown>> = {}
  for (const slice of slices) {
    for (const name of Object.keys(slice) as Method[]) {
      if (name in all) throw new Error(`API method ${name} is handled twice`)
      all[name] = slice[name]
    }
  }
  return all as Partial<Handlers>
}
