/** `spanbench web`: serves the workbench on 127.0.0.1 until SIGINT or SIGTERM. */
import { annotatorFlag, parseCommand, type CliCommand } from './context.ts'
import { corpusToOpen, openWorkspace } from '../backend/open-corpus.ts'
import { rememberLastCorpus } from '../backend/settings.ts'
import { openBrowser, rendererDir } from '../backend/paths.ts'
import { Backend } from '../backend/services/backend.ts'
import { SpanbenchError } from '../backend/store/errors.ts'
import { startWebServer } from '../server/web-server.ts'

export const command: CliCommand = {
  help: `Usage: spanbench web [--corpus DIR] [--port N] [--no-open] [--annotator NAME]

Serves the workbench on 127.0.0.1 and prints http://127.0.0.1:N/?token=...
The token is new at every start; requests without it are refused.
Without --corpus, opens the last corpus used, or the sample corpus.`,
  async run(args, io) {
    const { values } = parseCommand(args, {
      port: { type: 'string' },
      'no-open': { type: 'boolean' },
    })
    const annotator = annotatorFlag(values)
    const port = values.port === undefined ? 0 : Number(values.port)
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new SpanbenchError(
        'bad_request',
        `--port ${values.port}: a port number from 0 to 65535`,
      )
    const dir = values.corpus
    const ctx = await openWorkspace(dir ?? (await corpusToOpen(io.home)), {
      create: dir !== undefined,
      home: io.home,
      ...(annotator ? { annotator } : {}),
    })
    // Browser mode is the app in another window: like the desktop app, it opens this corpus next time.
    await rememberLastCorpus(ctx.corpus.dir, io.home)
    const server = await startWebServer({
      backend: new Backend(ctx),
      staticDir: rendererDir(),
      port,
    })
    if (ctx.corpus.readOnlyReason) io.stdout.write(`note: ${ctx.corpus.readOnlyReason}\n`)
    io.stdout.write(`Spanbench is serving ${ctx.corpus.dir} at ${server.url}\n`)
    if (!values['no-open']) openBrowser(server.url)
    await new Promise<void>((done) => {
      const stop = (): void => {
        void server.close().then(() => {
          ctx.corpus.close()
          done()
        })
      }
      process.once('SIGINT', stop)
      process.once('SIGTERM', stop)
    })
    return 0
  },
}
