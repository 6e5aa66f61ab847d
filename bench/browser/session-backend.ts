/**
 * Spanbench's backend for one long-document session. Each session gets a
 * fresh copy of the prepared corpus and an empty home, served by a new
 * `spanbench web`: the app remembers the last open document in its home and
 * a session's edits stay in the corpus, so a server kept across sessions
 * would open the next one differently (on the long document, not the note).
 */
import { cp, mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { startServerProcess, type ServerProcess } from '../../tests/support/backend.ts'
import { ANNOTATOR } from './long-fixture.ts'

export class SessionBackend {
  private server: ServerProcess | null = null

  /** `corpusDir` is the prepared corpus, never served itself; copies go under `work`. */
  constructor(
    private readonly corpusDir: string,
    private readonly work: string,
  ) {}

  /** Stops the last session's server and serves a fresh copy; resolves to the app's URL. */
  async fresh(): Promise<string> {
    await this.close()
    const corpus = join(this.work, 'session-corpus')
    const home = join(this.work, 'session-home')
    await rm(corpus, { recursive: true, force: true })
    await rm(home, { recursive: true, force: true })
    await cp(this.corpusDir, corpus, { recursive: true })
    await mkdir(home)
    this.server = await startServerProcess(corpus, home, ['--annotator', ANNOTATOR])
    return `http://127.0.0.1:${this.server.port}/?token=${this.server.token}`
  }

  async close(): Promise<void> {
    await this.server?.kill()
    this.server = null
  }
}
