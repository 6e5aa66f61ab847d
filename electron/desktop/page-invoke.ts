/**
 * The IPC side of Backend.invoke: what arrives over IPC is untrusted until the
 * sender is known to be the app's own page and the method name is a string;
 * the backend then validates the name and input against the contract.
 */
import type { Result } from '../../shared/contract/api.ts'
import type { Backend } from '../backend/services/backend.ts'
import { isAppFrame } from './window-options.ts'

/** What main knows about the frame that sent a message (null once it is gone). */
export type SenderFrame = { origin: string; isTop: boolean } | null

export async function invokeFromPage(
  backend: Pick<Backend, 'invoke'>,
  sender: SenderFrame,
  method: unknown,
  input: unknown,
): Promise<Result<unknown>> {
  if (!isAppFrame(sender)) {
    return {
      ok: false,
      error: { code: 'bad_request', message: 'calls are accepted from the Spanbench page only' },
    }
  }
  if (typeof method !== 'string') {
    return { ok: false, error: { code: 'bad_request', message: 'the method name is not a string' } }
  }
  return backend.invoke(method, input)
}
