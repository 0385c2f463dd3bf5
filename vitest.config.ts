import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // The browser tests need the built web app (dist/web); this builds it only when missing or stale.
    globalSetup: ['test/support/build-web.ts'],
  },
});
