/** Opens the configured store and brings its schema up to date. */
import { mkdirSync } from 'node:fs';
import type { Settings } from '../config.ts';
import { openDatabase, type Database } from './db.ts';
import { migrate } from './migrate.ts';

export async function openStore(settings: Pick<Settings, 'databaseUrl' | 'dataDir'>): Promise<Database> {
  if (!settings.databaseUrl) mkdirSync(settings.dataDir, { recursive: true });
  const db = await openDatabase(settings);
  await migrate(db);
  return db;
}

/** Where the store lives, for messages (never prints credentials). */
export function describeStore(settings: Pick<Settings, 'databaseUrl' | 'dataDir'>): string {
  if (!settings.databaseUrl) return `PGlite in ${settings.dataDir}`;
  try {
    const u = new URL(settings.databaseUrl);
    return `PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'PostgreSQL (DATABASE_URL)';
  }
}
