/**
 * The stores every store-touching suite runs against: embedded PGlite always (each a copy of one
 * migrated database saved by the global setup), and the PostgreSQL server when DATABASE_URL is set
 * (each suite in its own fresh schema, dropped afterwards). Use `describe.each(STORES)` so the same
 * assertions hold on both.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { openPglite, openPostgres, type Database } from '../../src/store/db.ts';
import { migrate } from '../../src/store/migrate.ts';

export interface StoreCase {
  name: 'pglite' | 'postgres';
  /** False when the store is not configured: the suite is then reported as skipped. */
  available: boolean;
  open(): Promise<TestStore>;
}

export interface TestStore {
  db: Database;
  close(): Promise<void>;
}

const url = process.env.DATABASE_URL;

export const STORES: StoreCase[] = [
  {
    name: 'pglite',
    available: true,
    async open() {
      // From the migrated copy the global setup saved (test/support/pglite-template.ts).
      const db = await openPglite(undefined, new Blob([readFileSync(inject('pgliteTemplate'))]));
      await migrate(db);
      return { db, close: () => db.close() };
    },
  },
  {
    name: 'postgres',
    available: !!url,
    async open() {
      if (!url) throw new Error('DATABASE_URL is not set');
      const schema = `t_${randomBytes(6).toString('hex')}`;
      const db = await openPostgres({ connectionString: url, schema });
      await migrate(db);
      return {
        db,
        async close() {
          await db.query(`DROP SCHEMA ${schema} CASCADE`);
          await db.close();
        },
      };
    },
  },
];

if (!url) {
  console.warn('PostgreSQL suites skipped: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/test) to run them.');
}

/** `describe.each(storeCases())` rows; unavailable stores are skipped by the caller with skipIf. */
export const storeCases = (): StoreCase[] => STORES;
