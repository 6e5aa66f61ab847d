/** How an open layer's edits reach the backend. */
import { ApiError, call } from '../api.ts'
import { PermanentSaveError, type SendOps } from './saver.ts'

/** Edits saved by `method`: the annotator's own layer, or the curated layer. */
export function opSender(method: 'annotations.apply' | 'curation.apply'): SendOps {
  return async (docId, revision, ops, { keepalive }) => {
    try {
      return await call(method, { docId, revision, ops }, { keepalive })
    } catch (err) {
      if (err instanceof ApiError && err.code !== 'network' && err.code !== 'internal') {
        throw new PermanentSaveError(err.message)
      }
      throw err
    }
  }
}

/** Another annotator's layer is shown read-only: nothing is ever sent. */
export const refuseOps: SendOps = () =>
  Promise.reject(new PermanentSaveError("Another annotator's layer cannot be changed."))
