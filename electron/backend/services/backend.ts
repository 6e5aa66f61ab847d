import { api, isMethod, type Method, type Result } from '../../../shared/contract/api.ts'
import { SpanbenchError } from '../store/errors.ts'
import { agreementHandlers } from './agreement-service.ts'
import { assignmentHandlers } from './assignment-service.ts'
import { annotationCopyHandlers } from './annotation-copy.ts'
import { annotationHandlers } from './annotations-service.ts'
import { changesHandlers } from './changes-service.ts'
import { claimsHandlers } from './claims-service.ts'
import { schemaHandlers } from './schema-service.ts'
import { suggestionHandlers } from './suggestions-service.ts'
import { corpusHandlers } from './corpus-service.ts'
import { documentHandlers } from './documents-service.ts'
import { exportJobHandlers } from '../datasets/export-jobs.ts'
import { flagsHandlers } from './flags-service.ts'
import { combineHandlers, type Handler, type Handlers, type ServiceContext } from './handlers.ts'
import { importHandlers } from '../article-import/import-service.ts'
import { layersHandlers } from './layers-service.ts'
import { mapHandlers } from './map-service.ts'
import { searchHandlers } from './search-service.ts'
import { statsHandlers } from './stats.ts'

const combined = combineHandlers(
  corpusHandlers,
  documentHandlers,
  searchHandlers,
  annotationHandlers,
  claimsHandlers,
  suggestionHandlers,
  schemaHandlers,
  importHandlers,
  annotationCopyHandlers,
  flagsHandlers,
  exportJobHandlers,
  agreementHandlers,
  layersHandlers,
  assignmentHandlers,
  changesHandlers,
  statsHandlers,
  mapHandlers,
)
for (const name of Object.keys(api)) {
  if (!isMethod(name) || !combined[name]) throw new Error(`API method ${name} has no handler`)
}
const handlers = combined as Handlers

/**
 * The one entry point both transports (IPC and HTTP) call: checks the method
 * name and validates the input against the contract, runs the handler, and
 * turns every failure into a coded error the UI can show.
 */
export class Backend {
  constructor(readonly ctx: ServiceContext) {}

  async invoke(method: string, input: unknown): Promise<Result<unknown>> {
    if (!isMethod(method)) return fail('not_found', `no API method ${method}`)
    const parsed = api[method].input.safeParse(input ?? {})
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      return fail(
        'bad_request',
        `${method}: field ${issue?.path.join('.') || '(input)'}: ${issue?.message ?? 'invalid'}`,
      )
    }
    try {
      const handler: Handler<Method> = handlers[method]
      return { ok: true, value: await handler(parsed.data, this.ctx) }
    } catch (err) {
      if (err instanceof SpanbenchError) return fail(err.code, err.message)
      const message = err instanceof Error ? err.message : String(err)
      process.stderr.write(
        `spanbench: ${method} failed: ${err instanceof Error ? (err.stack ?? message) : message}\n`,
      )
      return fail('internal', `${method} failed: ${message}`)
    }
  }
}

function fail(code: SpanbenchError['code'], message: string): Result<never> {
  return { ok: false, error: { code, message } }
}
