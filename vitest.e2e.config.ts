import { defineConfig } from 'vitest/config'

// End-to-end specs drive real Chromium against browser mode; one file at a
// time, since each starts its own server and browser on a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
})
