import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Generous: some tests run the real CLI several times, and CI shares two cores between suites.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Two test files at a time: Vitest's default on two cores is one, and most suites wait on child
    // processes or PostgreSQL (each suite works in its own store or schema). The browser tests, which
    // wait on Chromium more, run three at a time (package.json "test"); the other suites ran slower
    // with three than with two (566 s against 518 s on this machine).
    maxWorkers: 2,
    // The browser tests need the built web app (dist/web); this builds it only when missing or stale.
    // Every in-memory PGlite store starts from one migrated database saved once per run.
    globalSetup: ['test/support/build-web.ts', 'test/support/pglite-template.ts'],
  },
});
