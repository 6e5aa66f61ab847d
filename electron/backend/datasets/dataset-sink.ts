/**
 * Where an export goes: one stream (stdout, an HTTP download), one file, or
 * a folder of stream files and whole files. Files and folders are written
 * under a temporary name and moved into place only when the export is
 * complete, so a failed export never leaves half a dataset where the user
 * asked for one. Stream files are written through back-pressure: the writer
 * waits for the disk, and memory holds one document at a time.
 */
import { createWriteStream, type WriteStream } from 'node:fs'
import { once } from 'node:events'
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { Writable } from 'node:stream'
import { SpanbenchError } from '../store/errors.ts'

export interface DatasetSink {
  /** Appends to the stream file `name` (a path relative to the export). */
  append(name: string, text: string): Promise<void>
  /** Writes a whole file, relative to the export. */
  writeFile(path: string, content: string): Promise<void>
  /** Ends every stream and moves the export into place. */
  commit(): Promise<void>
  /** Removes whatever was written. */
  abort(): Promise<void>
}

/** Bytes a file stream buffers before the export waits for the disk: fewer waits, still flat memory. */
const STREAM_BUFFER = 1 << 20

async function write(stream: Writable, text: string): Promise<void> {
  if (text && !stream.write(text)) await once(stream, 'drain')
}

async function end(stream: WriteStream): Promise<void> {
  stream.end()
  await once(stream, 'finish')
}

/** Every append goes to one stream that belongs to someone else (it is not ended). */
export class StreamSink implements DatasetSink {
  constructor(private readonly out: Writable) {}
  append(_name: string, text: string): Promise<void> {
    return write(this.out, text)
  }
  writeFile(path: string): Promise<void> {
    return Promise.reject(new SpanbenchError('bad_request', `${path}: this export needs a folder`))
  }
  commit(): Promise<void> {
    return Promise.resolve()
  }
  abort(): Promise<void> {
    return Promise.resolve()
  }
}

/** One file, replaced atomically when the export completes. */
export class FileSink implements DatasetSink {
  private readonly tmp: string
  private readonly stream: WriteStream

  constructor(readonly path: string) {
    this.tmp = `${path}.${process.pid}.partial`
    this.stream = createWriteStream(this.tmp, { highWaterMark: STREAM_BUFFER })
  }
  append(_name: string, text: string): Promise<void> {
    return write(this.stream, text)
  }
  writeFile(path: string): Promise<void> {
    return Promise.reject(new SpanbenchError('bad_request', `${path}: this export needs a folder`))
  }
  async commit(): Promise<void> {
    await end(this.stream)
    await rename(this.tmp, this.path)
  }
  async abort(): Promise<void> {
    this.stream.destroy()
    await rm(this.tmp, { force: true })
  }
}

/** A sign that a folder holds an earlier export (its card), so it may be replaced. */
const CARD_MARK = 'Exported by Spanbench'

/**
 * A folder, built beside the target and renamed into place. An existing
 * target is replaced only when it is empty or an earlier Spanbench export.
 */
export class FolderSink implements DatasetSink {
  private readonly tmp: string
  private readonly streams = new Map<string, WriteStream>()
  private readonly dirs = new Set<string>()

  private constructor(readonly path: string) {
    this.tmp = `${path}.${process.pid}.partial`
  }

  static async create(path: string): Promise<FolderSink> {
    await checkReplaceable(path)
    const sink = new FolderSink(path)
    await rm(sink.tmp, { recursive: true, force: true })
    await mkdir(sink.tmp, { recursive: true })
    return sink
  }

  private async dirFor(path: string): Promise<string> {
    const full = join(this.tmp, path)
    const dir = dirname(full)
    if (!this.dirs.has(dir)) {
      await mkdir(dir, { recursive: true })
      this.dirs.add(dir)
    }
    return full
  }

  async append(name: string, text: string): Promise<void> {
    let stream = this.streams.get(name)
    if (!stream) {
      stream = createWriteStream(await this.dirFor(name), { highWaterMark: STREAM_BUFFER })
      this.streams.set(name, stream)
    }
    await write(stream, text)
  }

  async writeFile(path: string, content: string): Promise<void> {
    await writeFile(await this.dirFor(path), content)
  }

  async commit(): Promise<void> {
    for (const stream of this.streams.values()) await end(stream)
    const old = `${this.path}.${process.pid}.old`
    const existed = await stat(this.path).then(
      () => true,
      () => false,
    )
    if (existed) await rename(this.path, old)
    await rename(this.tmp, this.path)
    if (existed) await rm(old, { recursive: true, force: true })
  }

  async abort(): Promise<void> {
    for (const stream of this.streams.values()) stream.destroy()
    await rm(this.tmp, { recursive: true, force: true })
  }
}

async function checkReplaceable(path: string): Promise<void> {
  const info = await stat(path).catch(() => null)
  if (!info) return
  if (!info.isDirectory())
    throw new SpanbenchError('conflict', `${path} is a file; this format is written as a folder`)
  const entries = await readdir(path)
  if (entries.length === 0) return
  const card = await readFile(join(path, 'README.md'), 'utf8').catch(() => '')
  if (!card.includes(CARD_MARK))
    throw new SpanbenchError(
      'conflict',
      `${path} is a folder that holds other files; export into a new or empty folder`,
    )
}
