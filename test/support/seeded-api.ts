/** An API on a fresh store loaded with the whole demo record (public record and illustrative data), as `npm start` has it. */
import { buildApp } from '../../src/api/app.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import type { TestApi } from './api.ts';
import type { StoreCase } from './stores.ts';

export async function openSeededApi(store: StoreCase): Promise<TestApi> {
  const s = await store.open();
  await seedDemo(s.db, { log: () => undefined });
  const app = await buildApp({ db: s.db });
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
