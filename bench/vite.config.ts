import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'

const pages = fileURLToPath(new URL('pages/', import.meta.url))

/** The baseline pages the benchmark measures beside the app, built into bench/results/pages. */
export default defineConfig({
  root: pages,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('results/pages/', import.meta.url)),
    emptyOutDir: true,
    target: 'chrome120',
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: {
        'plain-dom': `${pages}plain-dom.html`,
        'text-annotator': `${pages}text-annotator.html`,
      },
    },
  },
})
