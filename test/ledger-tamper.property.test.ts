/**
 * Proves, on both stores, that `purl verify` (its library function, verifyStore) catches any single
 * tampering with the database and names where: on a random history of commands (drawn from every
 * command, as in the rebuild property test), each of change (one column of one row), delete (one
 * row), insert (a copy of one row under a new key) and reorder (two rows' positions swapped) is
 * applied to each table of the log (events, log_leaves, log_salts, merkle_nodes, log_checkpoints) and each
 * projection table, at random rows and columns; every case must fail verification, naming the entry
 * (events and leaves), the checkpoint, the tree node, or the projection table. The untouched store
 * verifies. The seed is printed; replay with PURL_SEED, widen with PURL_TAMPER_RUNS.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyStore } from '../src/ledger/verify/from-store.ts';
import type { Snapshot } from '../src/ledger/verify/replay.ts';
import { VerifyFailure } from '../src/ledger/verify/verifier.ts';
import type { Database } from '../src/store/db.ts';
import { lastSeq } from '../src/store/event-log.ts';
import { PROJECTION_TABLES } from '../src/store/projections/index.ts';
import { anyStep } from './support/command-gen/families.ts';
import { runStep, startRun, type Tally } from './support/command-gen/run.ts';
import { STORES, type TestStore } from './support/stores.ts';

const SEED = Number(process.env.PURL_SEED ?? Math.floor(Math.random() * 2 ** 31));
const RUNS = Number(process.env.PURL_TAMPER_RUNS ?? 1);
const STEPS = 150;

const LOG = ['events', 'log_leaves', 'log_salts', 'merkle_nodes', 'log_checkpoints'] as const;
const OPS = ['change', 'delete', 'insert', 'reorder'] as const;
type Op = (typeof OPS)[number];

interface Column {
  name: string;
  type: string;
}

async function columns(db: Database, table: string): Promise<Column[]> {
  return db.query<Column>(
    `SELECT column_name AS name, data_type AS type FROM information_schema.columns
      WHERE table_name = $1 AND table_schema = current_schema() ORDER BY ordinal_position`,
    [table],
  );
}

async function uniqueColumns(db: Database, table: string): Promise<string[]> {
  const rows = await db.query<{ name: string }>(
    `SELECT a.attname AS name FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
      WHERE i.indrelid = $1::regclass AND i.indisunique`,
    [table],
  );
  return rows.map((r) => r.name);
}

const q = (ident: string) => `"${ident.replace(/"/g, '""')}"`;
const isInt = (t: string) => ['bigint', 'integer', 'smallint'].includes(t);

/** Ways to give a column a different value, tried in order until one satisfies the table's constraints. */
function changes(c: Column): string[] {
  const col = q(c.name);
  if (isInt(c.type)) return [`coalesce(${col}, 0) + 1000003`, `coalesce(${col}, 0) + 7`, `coalesce(${col}, 0) - 1`];
  if (c.type === 'numeric') return [`coalesce(${col}, 0) + 1`];
  if (c.type === 'text' || c.type === 'character varying') return [`coalesce(${col}, '') || '~'`, `left(coalesce(${col}, 'x'), -1)`];
  if (c.type === 'bytea') return [`decode(md5(coalesce(${col}, ''::bytea)::text), 'hex')`];
  if (c.type === 'jsonb') return [`CASE jsonb_typeof(${col}) WHEN 'array' THEN ${col} || '["~"]'::jsonb WHEN 'object' THEN ${col} || '{"~": 1}'::jsonb ELSE '"~"'::jsonb END`];
  if (c.type === 'boolean') return [`NOT coalesce(${col}, false)`];
  if (c.type.startsWith('timestamp')) return [`coalesce(${col}, now()) + interval '1 second'`];
  if (c.type === 'date') return [`coalesce(${col}, current_date) + 1`];
  return [];
}

async function attempt(db: Database, sql: string, params: unknown[] = []): Promise<boolean> {
  try {
    await db.query(sql, params);
    return true;
  } catch {
    return false;
  }
}

interface Tamper {
  op: Op;
  row: number;
  other: number;
  column: number;
}

/** Applies one tampering; false when it is not applicable here (an empty table, every variant refused by a constraint). */
async function tamper(db: Database, table: string, t: Tamper): Promise<string | false> {
  const rows = (await db.query<{ id: string }>(`SELECT ctid::text AS id FROM ${q(table)} ORDER BY ctid`)).map((r) => r.id);
  if (rows.length === 0) return false;
  const id = rows[t.row % rows.length]!;
  const cols = await columns(db, table);
  const pk = await uniqueColumns(db, table);
  if (t.op === 'delete') return (await attempt(db, `DELETE FROM ${q(table)} WHERE ctid = $1::tid`, [id])) && `deleted row ${id}`;
  if (t.op === 'change') {
    const candidates = cols.filter((c) => changes(c).length > 0);
    const c = candidates[t.column % candidates.length]!;
    for (const expr of changes(c)) {
      if (await attempt(db, `UPDATE ${q(table)} SET ${q(c.name)} = ${expr} WHERE ctid = $1::tid`, [id])) return `changed ${c.name} of row ${id}`;
    }
    return false;
  }
  if (t.op === 'insert') {
    const select = cols.map((c) => {
      if (!pk.includes(c.name)) return q(c.name);
      if (isInt(c.type)) return `(SELECT max(${q(c.name)}) FROM ${q(table)}) + 1`;
      return changes(c)[0] ?? q(c.name);
    });
    return (await attempt(db, `INSERT INTO ${q(table)} SELECT ${select.join(', ')} FROM ${q(table)} WHERE ctid = $1::tid`, [id])) && `inserted a copy of row ${id}`;
  }
  // reorder: swap two rows' places in the log (their keys), or for the tree two nodes' hashes.
  if (rows.length < 2) return false;
  const other = rows[(t.row + 1 + (t.other % (rows.length - 1))) % rows.length]!;
  const key = table === 'merkle_nodes' ? 'hash' : table === 'log_checkpoints' ? 'number' : 'seq';
  const [a, b] = await Promise.all([id, other].map(async (r) => (await db.query<{ v: unknown }>(`SELECT ${key} AS v FROM ${q(table)} WHERE ctid = $1::tid`, [r]))[0]!.v));
  if (Buffer.isBuffer(a) || a instanceof Uint8Array ? Buffer.from(a as Uint8Array).equals(Buffer.from(b as Uint8Array)) : a === b) return false;
  if (key === 'hash') {
    await db.query(`UPDATE merkle_nodes SET hash = CASE WHEN ctid = $1::tid THEN $3::bytea ELSE $2::bytea END WHERE ctid IN ($1::tid, $4::tid)`, [id, a, b, other]);
  } else {
    await db.query(`UPDATE ${q(table)} SET ${key} = -1 WHERE ${key} = $1`, [a]);
    await db.query(`UPDATE ${q(table)} SET ${key} = $1 WHERE ${key} = $2`, [a, b]);
    await db.query(`UPDATE ${q(table)} SET ${key} = $1 WHERE ${key} = -1`, [b]);
  }
  return `swapped ${key} ${String(a)} and ${String(b)}`;
}

/** What the failure must name for a tampering of this table. */
function expectedAt(table: string): RegExp {
  if (table === 'events' || table === 'log_leaves' || table === 'log_salts') return /^entry \d+$/;
  if (table === 'merkle_nodes') return /^node \d+:-?\d+$/;
  if (table === 'log_checkpoints') return /^(checkpoint \d+( \(size \d+\))?|entry \d+)$/;
  return new RegExp(`^projection ${table}$`);
}

const tamperArb = (op: Op) => fc.record({ op: fc.constant(op), row: fc.nat(), other: fc.nat(), column: fc.nat() });

describe.each(STORES)('tamper detection on $name', (store) => {
  let s: TestStore;
  const cache = new Map<string, Snapshot>();
  beforeAll(async () => {
    if (!store.available) return;
    s = await store.open();
    const tally: Tally = new Map();
    const run = await startRun(s.db, tally);
    const [steps] = fc.sample(fc.array(anyStep, { minLength: STEPS, maxLength: STEPS }), { seed: SEED, numRuns: 1 });
    for (const step of steps!) await runStep(run, step);
    await s.db.query('DROP TABLE IF EXISTS tamper_backup');
  }, 300_000);
  afterAll(async () => s?.close());

  it.skipIf(!store.available)('verifies the untouched store, history and projections', async () => {
    console.log(`tamper property on ${store.name}: seed ${SEED} (replay with PURL_SEED=${SEED}), ${await lastSeq(s.db)} events`);
    const r = await verifyStore(s.db, { replayCache: cache });
    expect(r.entries).toBe(await lastSeq(s.db));
    expect(r.checkpoints).toBeGreaterThan(10);
    expect(r.projections).toBe('equal to a replay');
  });

  const cases = [...LOG, ...PROJECTION_TABLES].flatMap((table) => OPS.filter((op) => op !== 'reorder' || LOG.includes(table as never)).map((op) => ({ table, op })));

  it.skipIf(!store.available).each(cases)('catches $op on $table and names it', async ({ table, op }) => {
    let applied = 0;
    await fc.assert(
      fc.asyncProperty(tamperArb(op), async (t) => {
        await s.db.query(`CREATE TABLE tamper_backup AS SELECT * FROM ${q(table)}`);
        try {
          const what = await tamper(s.db, table, t);
          if (!what) return;
          applied += 1;
          let caught: unknown;
          try {
            await verifyStore(s.db, { replayCache: cache });
          } catch (err) {
            caught = err;
          }
          expect(caught, `${table}: ${what} went unnoticed`).toBeInstanceOf(VerifyFailure);
          expect((caught as VerifyFailure).at, `${table}: ${what}: ${(caught as Error).message}`).toMatch(expectedAt(table));
        } finally {
          await s.db.query(`DELETE FROM ${q(table)}`);
          await s.db.query(`INSERT INTO ${q(table)} SELECT * FROM tamper_backup`);
          await s.db.query('DROP TABLE tamper_backup');
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    // A table the history left empty cannot be tampered with; every log table always can.
    if (LOG.includes(table as never)) expect(applied, `no ${op} could be applied to ${table}`).toBeGreaterThan(0);
    if (applied === 0) console.log(`tamper property on ${store.name}: ${table} is empty in this history; ${op} not tried`);
  });
});
