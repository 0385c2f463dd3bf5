/** Settings, from the environment with sane defaults. The README lists every one. */
import { resolve } from 'node:path';
import type { AuthPolicy } from './auth/policy.ts';
import { authPolicyFromEnv } from './auth/policy-env.ts';

export interface Settings {
  port: number;
  host: string;
  /** Folder of the embedded PGlite store; ignored when databaseUrl is set. */
  dataDir: string;
  /** A PostgreSQL connection URL; when set, the server store is used instead of PGlite. */
  databaseUrl: string | undefined;
  logLevel: string;
  /** The origin line (and log key name) of a new transparency log; an existing log keeps its own. */
  logOrigin: string;
  /** PURL_MASTER_KEY: seals the signing keys; unset means a key file in the data folder. Never logged. */
  masterKey: string | undefined;
  /** Sessions, lockout, rate limits and cookie flags (src/auth/policy-env.ts); unset values keep the defaults. */
  auth: Partial<AuthPolicy>;
  /** PURL_TRUST_PROXY=1: take the client address and scheme from X-Forwarded-* (behind a TLS proxy). */
  trustProxy: boolean;
}

export function loadSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`PORT must be a port number, not '${env.PORT}'`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    dataDir: resolve(env.PURL_DATA ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    logLevel: env.LOG_LEVEL ?? 'info',
    logOrigin: env.PURL_LOG_ORIGIN || 'purl-ledger.local/log',
    masterKey: env.PURL_MASTER_KEY || undefined,
    auth: authPolicyFromEnv(env),
    trustProxy: env.PURL_TRUST_PROXY === '1' || env.PURL_TRUST_PROXY === 'true',
  };
}
