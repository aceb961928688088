import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const shared = fileURLToPath(new URL('./packages/shared/src/index.ts', import.meta.url));
const alias = { '@fazhi/shared': shared };

/**
 * Four projects: pure unit tests; the API suite on SQLite; the same API suite on PostgreSQL;
 * browser flows in Chromium. PostgreSQL and Chromium projects skip loudly when those are missing.
 */
export default defineConfig({
  resolve: { alias },
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['server/src/**/*.test.ts', 'packages/**/*.test.ts'],
          exclude: ['**/*.api.test.ts', '**/node_modules/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'api-sqlite',
          include: ['server/src/**/*.api.test.ts'],
          env: { FAZHI_TEST_DB: 'sqlite' },
        },
      },
      {
        extends: true,
        test: {
          name: 'api-pg',
          include: ['server/src/**/*.api.test.ts'],
          env: { FAZHI_TEST_DB: 'pg' },
          globalSetup: ['server/src/test/pg-global-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          // Pages load over a real server on a busy 2-core machine: wait for what a person would wait for.
          expect: { poll: { timeout: 15_000, interval: 100 } },
          // In CI a browser flow that fails is run once more and reported as flaky when it then passes:
          // a real break fails both times, a timing slip on a loaded machine does not hold up the change.
          retry: process.env.CI ? 1 : 0,
        },
      },
    ],
  },
});
