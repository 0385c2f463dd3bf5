/**
 * What the log needs from the environment, attached to an open store: the origin that names a new
 * log, and the master key that seals the signing keys. openStore attaches it from the settings; a
 * store opened directly (tests, benchmarks) gets the default origin and a per-process master key.
 */
import type { KeyObject } from 'node:crypto';
import type { Database } from '../db.ts';
import { loadMasterKey } from '../../ledger/master-key.ts';

export const DEFAULT_ORIGIN = 'purl-ledger.local/log';

export interface LedgerConfig {
  /** The origin line of a new log; an existing log keeps the origin of its checkpoints. */
  origin: string;
  masterKey: Buffer;
  /**
   * Unsealed private keys, by their sealed bytes (unique per key row): parsing a PKCS#8 key costs
   * far more than signing, so each is parsed once per process. A changed or deleted row misses.
   */
  keyCache?: Map<string, KeyObject>;
}

const CONFIG = Symbol('purl.ledger');
type WithConfig = Database & { [CONFIG]?: LedgerConfig };

export function attachLedgerConfig(db: Database, config: LedgerConfig): Database {
  (db as WithConfig)[CONFIG] = config;
  return db;
}

export function ledgerConfig(db: Database): LedgerConfig {
  const own = (db as WithConfig)[CONFIG];
  if (own) return own;
  const config = { origin: DEFAULT_ORIGIN, masterKey: loadMasterKey({}) };
  (db as WithConfig)[CONFIG] = config;
  return config;
}

/** Checks an origin from the settings: non-empty, no spaces, no '+', as C2SP key names need. */
export function validOrigin(origin: string): boolean {
  return /^[^\s+]{1,200}$/u.test(origin);
}
