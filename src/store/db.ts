/**
 * One interface over the two stores: embedded PGlite (a data folder, zero set-up) and a PostgreSQL
 * server (when DATABASE_URL is set). Both speak the same SQL; bigint columns come back as bigint.
 * Each driver is loaded when a store of its kind is opened (PGlite alone takes a fifth of a second),
 * so a command that opens none, or one kind, does not pay for both.
 */
import type { PGlite } from '@electric-sql/pglite';
import type pg from 'pg';

export interface Queryable {
  query<T = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<T[]>;
}

export interface Database extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction; commits when it resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const toBigInt = (v: string): bigint => BigInt(v);

/**
 * A PGlite database in `dataDir` (in memory without one). `from`, a data folder saved by PGlite's
 * dumpDataDir, starts it as a copy of that instead of creating the database afresh (which takes
 * seconds: tests start each store from one migrated copy).
 */
export async function createPglite(dataDir?: string, from?: Blob): Promise<PGlite> {
  const { PGlite, types } = await import('@electric-sql/pglite');
  return PGlite.create(dataDir ?? 'memory://', {
    parsers: { [types.INT8]: toBigInt },
    ...(from ? { loadDataDir: from } : {}),
  });
}

/** The store interface over an open PGlite database. */
export function pgliteDatabase(db: PGlite): Database {
  const run = async <T>(q: Pick<PGlite, 'query'>, sql: string, params?: readonly unknown[]): Promise<T[]> =>
    (await q.query<T>(sql, params ? [...params] : undefined)).rows;
  return {
    kind: 'pglite',
    query: (sql, params) => run(db, sql, params),
    transaction: (fn) => db.transaction((tx) => fn({ query: (sql, params) => run(tx, sql, params) })),
    close: () => db.close(),
  };
}

export async function openPglite(dataDir?: string, from?: Blob): Promise<Database> {
  return pgliteDatabase(await createPglite(dataDir, from));
}

export interface PostgresOptions {
  connectionString: string;
  /** A schema to work in (created if missing); tests use one per suite to stay apart. */
  schema?: string;
}

export async function openPostgres(opts: PostgresOptions): Promise<Database> {
  const { default: pg } = await import('pg');
  const typeParser = {
    getTypeParser: (oid: number, format?: 'text' | 'binary') =>
      oid === 20 ? toBigInt : pg.types.getTypeParser(oid, format ?? 'text'),
  };
  const pool = new pg.Pool({
    connectionString: opts.connectionString,
    types: typeParser as pg.CustomTypesConfig,
    max: 10,
    ...(opts.schema ? { options: `-c search_path=${opts.schema}` } : {}),
  });
  if (opts.schema) {
    if (!/^[a-z_][a-z0-9_]*$/.test(opts.schema)) throw new Error(`unsafe schema name ${opts.schema}`);
    await pool.query(`CREATE SCHEMA IF NOT EXISTS ${opts.schema}`);
  }
  const run = async <T>(c: pg.Pool | pg.PoolClient, sql: string, params?: readonly unknown[]): Promise<T[]> =>
    (await c.query(sql, params ? [...params] : undefined)).rows as T[];
  return {
    kind: 'postgres',
    query: (sql, params) => run(pool, sql, params),
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn({ query: (sql, params) => run(client, sql, params) });
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Opens the store the settings name: PostgreSQL when a URL is given, else PGlite in `dataDir`. */
export function openDatabase(settings: { databaseUrl?: string | undefined; dataDir?: string | undefined }): Promise<Database> {
  return settings.databaseUrl
    ? openPostgres({ connectionString: settings.databaseUrl })
    : openPglite(settings.dataDir);
}
