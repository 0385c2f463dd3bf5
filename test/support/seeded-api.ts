/** An API on a fresh store loaded with the whole demo record (public record and illustrative data), as `npm start` has it. */
import { seedDemo } from '../../src/demo/seed.ts';
import { openApiWith, type TestApi } from './api.ts';
import type { StoreCase } from './stores.ts';

export const openSeededApi = (store: StoreCase): Promise<TestApi> =>
  openApiWith(store, async (db) => {
    await seedDemo(db, { log: () => undefined });
  });
