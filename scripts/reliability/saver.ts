/**
 * A writer the reliability suite kills with SIGKILL: opens the corpus (taking
 * over the lock the last one left), prints "ready", then saves one new span
 * after another (and in "schema" mode changes the schema between saves),
 * printing "saved <spanId>" after each save is confirmed.
 */
import { Backend } from '../../electron/backend/services/backend.ts'
import { Corpus } from '../../electron/backend/store/corpus.ts'
import type { LabelSchema } from '../../shared/contract/model.ts'

const [dir, mode, docId, prefix, text] = process.argv.slice(2)
if (!dir || !docId || !prefix || text === undefined)
  throw new Error('usage: saver DIR MODE DOC PREFIX TEXT')

function renamed(schema: LabelSchema, from: string, to: string): LabelSchema {
  const swap = (l: string) => (l === from ? to : l)
  return {
    labels: schema.labels.map((l) => (l.id === from ? { ...l, id: to } : l)),
    relationTypes: schema.relationTypes.map((t) => ({
      ...t,
      from: t.from.map(swap),
      to: t.to.map(swap),
    })),
  }
}

async function call(backend: Backend, method: string, input: unknown): Promise<unknown> {
  const result = await backend.invoke(method, input)
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
  return result.value
}

const corpus = await Corpus.open(dir)
if (corpus.readOnly) throw new Error(`read-only: ${corpus.readOnlyReason ?? ''}`)
const backend = new Backend({ corpus, annotator: 'alice', home: dir })
const opened = (await call(backend, 'documents.get', { id: docId })) as {
  annotations: { revision: number }
}
let revision = opened.annotations.revision
process.stdout.write('ready\n')
const place = [...text].length
for (let i = 0; ; i++) {
  if (mode === 'schema') {
    const schema = corpus.manifest.schema
    const forward = schema.labels.some((l) => l.id === 'ACTOR')
    await call(backend, 'schema.update', {
      schema: forward ? renamed(schema, 'ACTOR', 'PARTY') : renamed(schema, 'PARTY', 'ACTOR'),
      renames: { labels: forward ? { ACTOR: 'PARTY' } : { PARTY: 'ACTOR' } },
    })
  }
  const id = `${prefix}x${i}`
  const span = {
    id,
    start: place - 6,
    end: place - 1,
    label: 'PLACE',
    text: [...text].slice(place - 6, place - 1).join(''),
  }
  const saved = (await call(backend, 'annotations.apply', {
    docId,
    revision,
    ops: [{ op: 'addSpan', span }],
  })) as { revision: number }
  revision = saved.revision
  process.stdout.write(`saved ${id}\n`)
}
