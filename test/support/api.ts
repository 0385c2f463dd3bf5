/** An API on a fresh store with the demo organizations and their demo tokens, for API tests. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp, type AppOptions } from '../../src/api/app.ts';
import { issueDemoTokens, registerOrganizations } from '../../src/demo/seed.ts';
import type { Database } from '../../src/store/db.ts';
import type { StoreCase, TestStore } from './stores.ts';

export interface TestApi {
  app: FastifyInstance;
  store: TestStore;
  /** Sends a request as the holder of `token` (or anonymously when token is null). */
  call(method: string, url: string, token: string | null, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export const TOKENS = {
  recipient: 'demo-recipient-ua-mod',
  coordinator: 'demo-coordinator-nato',
  supplier: 'demo-supplier-us-dod',
  auditor: 'demo-auditor-audit',
  nl: 'demo-ally-nl',
  de: 'demo-ally-de',
  no: 'demo-ally-no',
  se: 'demo-ally-se',
  dk: 'demo-ally-dk',
} as const;

export async function openTestApi(store: StoreCase, options: Omit<AppOptions, 'db'> = {}): Promise<TestApi> {
  return openApiWith(
    store,
    async (db) => {
      await registerOrganizations(db);
      await issueDemoTokens(db);
    },
    options,
  );
}

/** An API on a fresh store that `prepare` fills first; the one place test APIs are built. */
export async function openApiWith(store: StoreCase, prepare: (db: Database) => Promise<void>, options: Omit<AppOptions, 'db'> = {}): Promise<TestApi> {
  const s = await store.open();
  await prepare(s.db);
  const app = await buildApp({ ...options, db: s.db });
  return {
    app,
    store: s,
    call: (method, url, token, body, headers = {}) =>
      app.inject({
        method: method as 'GET',
        url,
        headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...headers },
        ...(body !== undefined ? { payload: body as object } : {}),
      }),
    async close() {
      await app.close();
      await s.close();
    },
  };
}
