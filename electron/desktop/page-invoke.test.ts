import { describe, expect, it } from 'vitest'
import type { Result } from '../../shared/contract/api.ts'
import { APP_ORIGIN } from './window-options.ts'
import { invokeFromPage } from './page-invoke.ts'

/** Records what reaches the backend; the guard in front of it is what is tested. */
function recordingBackend(): {
  calls: [string, unknown][]
  invoke(method: string, input: unknown): Promise<Result<unknown>>
} {
  const calls: [string, unknown][] = []
  return {
    calls,
    invoke: (method, input) => {
      calls.push([method, input])
      return Promise.resolve({ ok: true, value: 'done' })
    },
  }
}

const appTop = { origin: APP_ORIGIN, isTop: true }

describe('invokeFromPage', () => {
  it('passes calls from the app page to the backend and returns its result', async () => {
    const backend = recordingBackend()
    const result = await invokeFromPage(backend, appTop, 'documents.list', {})
    expect(result).toEqual({ ok: true, value: 'done' })
    expect(backend.calls).toEqual([['documents.list', {}]])
  })

  it.each([
    ['a foreign origin', { origin: 'https://example.org', isTop: true }],
    ['a subframe', { origin: APP_ORIGIN, isTop: false }],
    ['a frame that is gone', null],
  ])('refuses calls from %s without reaching the backend', async (_what, sender) => {
    const backend = recordingBackend()
    const result = await invokeFromPage(backend, sender, 'documents.list', {})
    expect(result.ok).toBe(false)
    expect(backend.calls).toEqual([])
  })

  it.each([42, null, undefined, { toString: () => 'documents.list' }])(
    'refuses a method name that is not a string (%s)',
    async (method) => {
      const backend = recordingBackend()
      const result = await invokeFromPage(backend, appTop, method, {})
      expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } })
      expect(backend.calls).toEqual([])
    },
  )
})
