/**
 * The renderer's only way to the backend. In the desktop app calls go through
 * the preload bridge (IPC); in browser mode through POST /api/<method> on the
 * same origin (the session cookie carries the token). Results are validated
 * against the shared contract before the UI trusts them.
 */
import {
  ResultEnvelopeSchema,
  api,
  type ApiInput,
  type ApiOutput,
  type ErrorCode,
  type Method,
  type Result,
} from '../shared/contract/api.ts'
import type { SpanbenchBridge } from '../shared/contract/bridge.ts'

declare global {
  interface Window {
    spanbench?: SpanbenchBridge
  }
}

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode | 'network',
    message: string,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

/** The desktop bridge, when running inside the Electron window. */
export const bridge: SpanbenchBridge | undefined = window.spanbench

async function transport(
  method: Method,
  input: unknown,
  keepalive = false,
): Promise<Result<unknown>> {
  if (bridge) return bridge.invoke(method, input)
  let response: Response
  try {
    response = await fetch(`api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
      credentials: 'same-origin',
      keepalive,
    })
  } catch (err) {
    throw new ApiError('network', `cannot reach Spanbench (${String(err)}); is it still running?`)
  }
  if (!response.ok)
    throw new ApiError('network', `${method}: ${response.status} ${await response.text()}`)
  const envelope = ResultEnvelopeSchema.safeParse(await response.json())
  if (!envelope.success) throw new ApiError('internal', `${method}: malformed response`)
  return envelope.data
}

export async function call<M extends Method>(
  method: M,
  input: ApiInput<M>,
  options: { keepalive?: boolean } = {},
): Promise<ApiOutput<M>> {
  const result = await transport(method, input, options.keepalive)
  if (!result.ok) throw new ApiError(result.error.code, result.error.message)
  const parsed = api[method].output.safeParse(result.value)
  if (!parsed.success)
    throw new ApiError('internal', `${method}: response does not match the contract`)
  return parsed.data as ApiOutput<M>
}
