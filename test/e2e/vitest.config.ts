import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: a real Chromium (Debian's /usr/bin/chromium) drives browser mode served by the
 * real CLI. Run with `npm run test:e2e` after `npm run build`. Kept out of the default test run.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    fileParallelism: false,
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
