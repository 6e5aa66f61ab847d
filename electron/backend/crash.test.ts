/**
 * Crash safety, end to end: a real `spanbench web` process takes a burst of
 * saves and is killed with SIGKILL at a random moment, again and again on the
 * same corpus. After every kill each file must parse and validate, and the
 * annotations must be exactly what was acknowledged, or that plus the one
 * save that was in flight: never a torn file, never a lost acknowledged save.
 */
import { readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import type { z } from 'zod'
import {
  AnnotationSetSchema,
  DocumentRecordSchema,
  ManifestSchema,
  type Span,
} from '../../shared/contract/model.ts'
import { OffsetMap } from '../../shared/text/offsets.ts'
import { compareSpans } from '../../shared/corpus/ops.ts'
import { Corpus } from './store/corpus.ts'
import {
  callApi,
  cleanup,
  listFiles,
  makeCorpus,
  spanAt,
  startServerProcess,
  tempDir,
} from '../../tests/support/backend.ts'

afterEach(cleanup)

const ROUNDS = 8
const ANNOTATOR = 'crash-tester'
const TEXT = `${'Turkish forces shelled positions near Saraqib 🇹🇷; قُتل ٣٣ جندياً في إدلب. '.repeat(40)}\n`

/** Parses a corpus file with its schema, failing the test with the path when it is bad. */
async function parseFile<S extends z.ZodType>(path: string, schema: S): Promise<z.output<S>> {
  const raw = await readFile(path, 'utf8')
  let json: unknown
  try {
    json = JSON.parse(raw)
  } catch (err) {
    throw new Error(`${path} is torn: ${String(err)}`)
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) throw new Error(`${path}: ${parsed.error.message}`)
  return parsed.data
}

/** Checks every file in the corpus and returns the annotation set on disk (or null). */
async function checkCorpus(
  dir: string,
  docId: string,
): Promise<z.output<typeof AnnotationSetSchema> | null> {
  let set: z.output<typeof AnnotationSetSchema> | null = null
  for (const file of await listFiles(dir)) {
    const name = basename(file)
    if (name.startsWith('.') && name.endsWith('.tmp')) continue // a write cut short: never read
    if (file === '.gitignore' || file === '.spanbench-lock') continue
    const path = join(dir, file)
    if (file === 'spanbench.json') await parseFile(path, ManifestSchema)
    else if (/^documents\/[^/]+\.json$/.test(file)) await parseFile(path, DocumentRecordSchema)
    else if (/^originals\/[0-9a-f]{64}\.\w+$/.test(file))
      continue // the imported file's bytes
    else if (file === `annotations/${ANNOTATOR}/${docId}.json`) {
      set = await parseFile(path, AnnotationSetSchema)
    } else throw new Error(`unexpected file in the corpus: ${file}`)
  }
  // What the app's readers load: no temp file is taken for a document.
  const corpus = await Corpus.open(dir, { readOnly: true })
  expect(await corpus.documentIds()).toEqual([docId])
  expect(await corpus.annotators()).toEqual(set ? [ANNOTATOR] : [])
  expect(await corpus.readAnnotations(docId, ANNOTATOR)).toEqual(set)
  return set
}

it('a server killed mid-burst leaves the acknowledged saves, or those plus the one in flight', async () => {
  const { dir, docIds } = await makeCorpus({ 'burst.txt': TEXT })
  const docId = docIds[0] ?? ''
  const home = await tempDir('spanbench-home-')
  const words = [...TEXT.matchAll(/\S+/gu)].map((m) => m.index)
  const map = new OffsetMap(TEXT)
  let serial = 0
  const nextSpan = (): Span => {
    const at = words[serial % words.length] ?? 0
    const start = map.toCodePoint(at)
    serial++
    return spanAt(TEXT, start, start + 1 + (serial % 5), 'ACTOR', `s${serial}`)
  }

  const acked: Span[] = []
  let revision = 0
  for (let round = 0; round < ROUNDS; round++) {
    const server = await startServerProcess(dir, home, ['--annotator', ANNOTATOR])
    // The previous process was killed holding the lock: it must have been taken over.
    expect(server.output).not.toContain('read-only')
    const info = await callApi(server.port, server.token, 'corpus.info', {})
    expect(info).toMatchObject({ ok: true, value: { readOnly: false, annotator: ANNOTATOR } })

    let killed = false
    let inFlight: Span | null = null
    let firstAck = (): void => undefined
    const acknowledged = new Promise<void>((resolve) => (firstAck = resolve))
    const burst = (async (): Promise<void> => {
      while (!killed) {
        const span = nextSpan()
        inFlight = span
        let result
        try {
          result = await callApi(server.port, server.token, 'annotations.apply', {
            docId,
            revision,
            ops: [{ op: 'addSpan', span }],
          })
        } catch {
          return // the server is gone; `span` may or may not have reached the disk
        }
        if (!result.ok) throw new Error(`save refused: ${JSON.stringify(result.error)}`)
        acked.push(span)
        revision = (result.value as { revision: number }).revision
        inFlight = null
        firstAck()
      }
    })()
    await Promise.race([acknowledged, burst])
    // Kill at a random moment of the burst.
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 150))
    killed = true
    await server.kill()
    await burst

    const set = await checkCorpus(dir, docId)
    const ids = (set?.spans ?? []).map((s) => s.id).sort()
    const pending = inFlight as Span | null
    if (set?.revision !== revision) {
      // The save in flight reached the disk before the kill; its reply did not arrive.
      expect(pending).not.toBeNull()
      expect(set?.revision).toBe(revision + 1)
      if (pending) acked.push(pending)
      revision++
    }
    expect(ids).toEqual(acked.map((s) => s.id).sort())
    expect(set?.spans).toEqual([...acked].sort(compareSpans))
  }
  expect(acked.length).toBeGreaterThanOrEqual(ROUNDS)
}, 180_000)
