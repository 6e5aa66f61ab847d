/**
 * Helpers shared by the tests (imported only by `*.test.ts`): real temp
 * folders, real corpora, the `spanbench` command in this process or as a
 * child process, and a raw HTTP client that can send any Host or Origin header.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { Writable } from 'node:stream'
import { fileURLToPath } from 'node:url'
import JSZip from 'jszip'
import { api, type ApiOutput, type Method } from '../../shared/contract/api.ts'
import type { ImportOptions } from '../../shared/contract/import-api.ts'
import type { Span } from '../../shared/contract/model.ts'
import { codePoints, OffsetMap } from '../../shared/text/offsets.ts'
import { defaultSchema } from '../../electron/backend/assets.ts'
import { runCli as runCliInProcess } from '../../electron/cli/cli.ts'
import { Backend } from '../../electron/backend/services/backend.ts'
import { importFiles, RAW_IMPORT } from '../../electron/backend/article-import/import-service.ts'
import { Corpus } from '../../electron/backend/store/corpus.ts'
import { SpanbenchError } from '../../electron/backend/store/errors.ts'

export const ROOT = dirname(dirname(dirname(fileURLToPath(import.meta.url))))
export const CLI = join(ROOT, 'bin', 'spanbench.js')

const cleanups: (() => Promise<void>)[] = []

/** Undoes everything the helpers made (temp folders, child processes, open corpora). */
export async function cleanup(): Promise<void> {
  for (const task of cleanups.splice(0).reverse()) await task()
}

export async function tempDir(prefix = 'spanbench-test-'): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix))
  cleanups.push(() => rm(dir, { recursive: true, force: true }))
  return dir
}

/** A new corpus with the default schema, holding the given .txt files as they are (no cleanup). */
export async function makeCorpus(
  files: Record<string, string> = {},
  options: ImportOptions = RAW_IMPORT,
): Promise<{ dir: string; docIds: string[] }> {
  const dir = join(await tempDir(), 'corpus')
  await Corpus.create(dir, 'Test corpus', await defaultSchema())
  const corpus = await Corpus.open(dir)
  try {
    const results = await importFiles(
      corpus,
      Object.entries(files).map(([name, text]) => ({ name, bytes: Buffer.from(text, 'utf8') })),
      options,
    )
    return { dir, docIds: results.map((r) => r.docId ?? '') }
  } finally {
    corpus.close()
  }
}

/** A Backend over an opened corpus, as both transports build it; closed at cleanup. */
export async function openBackend(dir: string, annotator = 'tester'): Promise<Backend> {
  const corpus = await Corpus.open(dir)
  cleanups.push(() => Promise.resolve(corpus.close()))
  return new Backend({ corpus, annotator, home: await tempDir('spanbench-home-') })
}

/** A backend call that must succeed, with its output checked against the API contract. */
export async function invokeOk<M extends Method>(
  backend: Backend,
  method: M,
  input: unknown,
): Promise<ApiOutput<M>> {
  const result = await backend.invoke(method, input)
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
  return api[method].output.parse(result.value) as ApiOutput<M>
}

/** The `schema.update` input that renames one label of the corpus's schema, in its relation types too. */
export function renameLabel(backend: Backend, from: string, to: string): unknown {
  const schema = backend.ctx.corpus.manifest.schema
  const swap = (l: string): string => (l === from ? to : l)
  return {
    schema: {
      labels: schema.labels.map((l) => (l.id === from ? { ...l, id: to } : l)),
      relationTypes: schema.relationTypes.map((t) => ({
        ...t,
        from: t.from.map(swap),
        to: t.to.map(swap),
      })),
    },
    renames: { labels: { [from]: to } },
  }
}

/** The SpanbenchError `task` fails with (the test fails when it does not). */
export async function spanbenchError(task: Promise<unknown>): Promise<SpanbenchError> {
  const err = await task.then(
    () => null,
    (e: unknown) => e,
  )
  if (!(err instanceof SpanbenchError))
    throw new Error(`expected a SpanbenchError, got ${String(err)}`)
  return err
}

/** A span over code points [start, end) of `text`, quoting exactly what it covers. */
export function spanAt(text: string, start: number, end: number, label: string, id: string): Span {
  return {
    id,
    start: codePoints(start),
    end: codePoints(end),
    label,
    text: new OffsetMap(text).slice(start, end),
  }
}

/** Code point offsets of the first `quote` in `text`. */
export function findCodePoints(text: string, quote: string): [number, number] {
  const at = text.indexOf(quote)
  if (at < 0) throw new Error(`${quote} is not in the text`)
  const map = new OffsetMap(text)
  return [map.toCodePoint(at), map.toCodePoint(at + quote.length)]
}

/** Every file under `dir`, as paths relative to it, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .sort()
}

export interface CliResult {
  code: number | null
  stdout: string
  stderr: string
}

/** A stream that keeps what is written to it, as text. */
class TextSink extends Writable {
  text = ''
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.text += typeof chunk === 'string' ? chunk : chunk.toString('utf8')
    done()
  }
}

/**
 * Runs the CLI in this process, as `spanbench ...args` would with
 * SPANBENCH_HOME set to `home`: its exit code and what it wrote. For tests of
 * what a command does; `runCliProcess` is for the few about the process.
 */
export async function runCli(args: string[], home: string): Promise<CliResult> {
  const stdout = new TextSink()
  const stderr = new TextSink()
  const code = await runCliInProcess(args, { stdout, stderr, home })
  return { code, stdout: stdout.text, stderr: stderr.text }
}

/** Runs `node bin/spanbench.js ...args` to the end, with SPANBENCH_HOME set to `home`. */
export async function runCliProcess(args: string[], home: string): Promise<CliResult> {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, SPANBENCH_HOME: home },
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  child.stdin.end()
  const [code, signal] = (await once(child, 'close')) as [number | null, string | null]
  return { code, stdout, stderr: signal ? `${stderr}(killed by ${signal})` : stderr }
}

/** Runs a program with `input` on its standard input. */
export async function runProgram(
  command: string,
  args: string[],
  input: string,
): Promise<CliResult> {
  const child = spawn(command, args)
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  child.stdin.end(input)
  const [code] = (await once(child, 'close')) as [number | null]
  return { code, stdout, stderr }
}

export interface ServerProcess {
  child: ChildProcess
  port: number
  token: string
  /** Everything the server printed on stdout until it was ready. */
  output: string
  kill(): Promise<void>
}

/** Starts `spanbench web` as a child process and waits for the URL it prints. */
export async function startServerProcess(
  corpusDir: string,
  home: string,
  extraArgs: string[] = [],
): Promise<ServerProcess> {
  const child = spawn(
    process.execPath,
    [CLI, 'web', '--corpus', corpusDir, '--port', '0', '--no-open', ...extraArgs],
    { cwd: ROOT, env: { ...process.env, SPANBENCH_HOME: home } },
  )
  const exited = once(child, 'exit')
  const kill = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    await exited
  }
  cleanups.push(kill)
  let output = ''
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const match = await new Promise<RegExpMatchArray>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const m = /http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+)/.exec(output)
      if (m) resolve(m)
    })
    child.once('exit', (code, signal) =>
      reject(
        new Error(`spanbench web exited (${code ?? signal}) before printing its URL:\n${stderr}`),
      ),
    )
  })
  return { child, port: Number(match[1]), token: match[2] ?? '', output, kill }
}

export interface HttpResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
  /** The body as it came, for binary downloads. */
  bytes: Buffer
}

/** One HTTP request with exactly the given headers (Host and Origin included). */
export function http(options: {
  port: number
  path: string
  method?: string
  headers?: Record<string, string>
  body?: string
  host?: string
}): Promise<HttpResponse> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: options.host ?? '127.0.0.1',
        port: options.port,
        path: options.path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${options.port}`, ...options.headers },
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const bytes = Buffer.concat(chunks)
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers,
            body: bytes.toString('utf8'),
            bytes,
          })
        })
        res.on('error', reject)
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

/** Calls one API method over HTTP with the token header; returns the result envelope. */
export async function callApi(
  port: number,
  token: string,
  method: string,
  input: unknown,
): Promise<{ ok: boolean; value?: unknown; error?: { code: string; message: string } }> {
  const res = await http({
    port,
    path: `/api/${method}`,
    method: 'POST',
    headers: { 'x-spanbench-token': token, 'content-type': 'application/json' },
    body: JSON.stringify(input),
  })
  if (res.status !== 200) throw new Error(`${method}: HTTP ${res.status}: ${res.body}`)
  return JSON.parse(res.body) as { ok: boolean; value?: unknown }
}

/**
 * Browser mode's export as its page runs it: starts an export job over the
 * API, polls it to its end and downloads the result (a .zip) from the job's
 * link. Returns the download and the zip's files by name.
 */
export async function downloadExport(
  port: number,
  token: string,
  input: { format: string; options?: unknown },
): Promise<{ res: HttpResponse; files: Map<string, string> }> {
  const started = await callApi(port, token, 'export.start', { ...input, to: 'download' })
  if (!started.ok) throw new Error(`export.start: ${started.error?.message ?? ''}`)
  const { job } = started.value as { job: string }
  for (;;) {
    const progress = await callApi(port, token, 'export.progress', { job })
    const status = progress.value as { state: string; download?: string; message?: string }
    if (status.state === 'failed') throw new Error(`export failed: ${status.message ?? ''}`)
    if (status.state === 'done') {
      const res = await http({
        port,
        path: `/${status.download ?? ''}`,
        headers: { 'x-spanbench-token': token },
      })
      const files = new Map<string, string>()
      if (res.status !== 200) return { res, files }
      const zip = await JSZip.loadAsync(res.bytes)
      for (const [name, entry] of Object.entries(zip.files))
        if (!entry.dir) files.set(name, await entry.async('string'))
      return { res, files }
    }
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}
