/**
 * `npm run web -- [--corpus DIR] [--port N] [--no-open]`: the CLI's `web`
 * command with a fresh renderer build; the CLI parses and checks the options.
 */
import { run } from '../electron/cli/cli.ts'
import { ensureRenderer } from './ensure-renderer.ts'

await ensureRenderer()
await run(['web', ...process.argv.slice(2)])
