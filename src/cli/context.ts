/** What every CLI command shares: settings and opening the store (closed again when done). */
import { loadSettings, type Settings } from '../config.ts';
import type { Database } from '../store/db.ts';
import { openStore } from '../store/open.ts';

export async function withStore<T>(fn: (db: Database, settings: Settings) => Promise<T>): Promise<T> {
  const settings = loadSettings();
  const db = await openStore(settings);
  try {
    return await fn(db, settings);
  } finally {
    await db.close();
  }
}
