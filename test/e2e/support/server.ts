/**
 * The app under test: the real server (API and built web app) in this process, on a free port, on a
 * fresh store of the given kind seeded with the demo record, exactly as `npm start` serves it.
 */
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../src/api/app.ts';
import { seedDemo } from '../../../src/demo/seed.ts';
import { afterAll, beforeAll } from 'vitest';
import type { StoreCase } from '../../support/stores.ts';
import { launch, type BrowserSession } from './browser.ts';

export interface RunningApp {
  url: string;
  app: FastifyInstance;
  close(): Promise<void>;
}

export async function startApp(store: StoreCase): Promise<RunningApp> {
  const s = await store.open();
  await seedDemo(s.db, { log: () => undefined });
  const app = await buildApp({ db: s.db });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    app,
    async close() {
      await app.close();
      await s.close();
    },
  };
}

/**
 * For a describe block: the demo app and a browser, started before its tests when `ready` (else
 * nothing starts and the tests skip), closed after. Read `env.server` and `env.browser` in tests.
 */
export function appAndBrowser(store: StoreCase, ready: boolean): { server: RunningApp; browser: BrowserSession } {
  const env = {} as { server: RunningApp; browser: BrowserSession };
  beforeAll(async () => {
    if (!ready) return;
    env.server = await startApp(store);
    env.browser = await launch();
  }, 120_000);
  afterAll(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

