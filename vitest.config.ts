import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Generous: some tests run the real CLI several times, and CI shares two cores between suites.
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Three test files at a time on two cores: Vitest's default there is one, and most suites wait on
    // child processes, PostgreSQL or the browser (each suite works in its own store or schema), which
    // left a quarter of the CPU idle with two.
    maxWorkers: 3,
    // The browser tests need the built web app (dist/web); this builds it only when missing or stale.
    globalSetup: ['test/support/build-web.ts'],
  },
});
