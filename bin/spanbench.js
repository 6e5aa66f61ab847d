#!/usr/bin/env node
// The `spanbench` command: runs the TypeScript CLI through tsx's loader.
import { register } from 'tsx/esm/api'

register()
const { run } = await import('../electron/cli.ts')
await run(process.argv.slice(2))
