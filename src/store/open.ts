/**
 * Opens the configured store, brings its schema up to date, and readies the transparency log: the
 * origin and master key are attached, and events from before the log existed are logged now.
 */
import { mkdirSync } from 'node:fs';
import type { Settings } from '../config.ts';
import { loadMasterKey } from '../ledger/master-key.ts';
import { openDatabase, type Database } from './db.ts';
import { migrate } from './migrate.ts';
import { logBacklog } from './log/backlog.ts';
import { attachLedgerConfig, DEFAULT_ORIGIN, validOrigin } from './log/ledger-config.ts';

export interface OpenOptions {
  /** Where notices go (a master key file created); the CLI's stderr by default. */
  log?: (line: string) => void;
}

export async function openStore(
  settings: Pick<Settings, 'databaseUrl' | 'dataDir'> & Partial<Pick<Settings, 'logOrigin' | 'masterKey'>>,
  opts: OpenOptions = {},
): Promise<Database> {
  const origin = settings.logOrigin ?? DEFAULT_ORIGIN;
  if (!validOrigin(origin)) throw new Error(`PURL_LOG_ORIGIN must be 1-200 characters without spaces or '+', not '${origin}'`);
  mkdirSync(settings.dataDir, { recursive: true });
  const db = await openDatabase(settings);
  try {
    await migrate(db);
    const log = opts.log ?? ((line: string) => console.error(`purl: ${line}`));
    attachLedgerConfig(db, { origin, masterKey: loadMasterKey({ env: settings.masterKey, dataDir: settings.dataDir, log }) });
    await logBacklog(db);
  } catch (err) {
    await db.close();
    throw err;
  }
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
