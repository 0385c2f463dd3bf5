/**
 * The transparency log's costs, each against a baseline measured in the same run and store:
 * - append: events appended with the log (RFC 8785 bytes, an Ed25519 signature per event, leaf and
 *   node hashes, stored nodes, one signed checkpoint per batch) against plain INSERTs of the same
 *   event rows into a copy of the events table, in batches of 100 and of 1 event per transaction;
 * - proofs: inclusion and consistency proofs from stored subtrees at 10^4 and 10^5 entries (10^6
 *   with --full; the tree is built directly, not by dispatching commands), against a primary-key
 *   lookup of one leaf;
 * - verification: `verifyStore` without the replay on a log of signed events, against reading the
 *   same rows; the time is scaled to 10^5 entries (measured on 2*10^4, or 10^5 with --full).
 */
import { randomInt } from 'node:crypto';
import type { NewEvent } from '../src/domain/events.ts';
import { GrowingTree } from '../src/ledger/tree-append.ts';
import { hashLeaf } from '../src/ledger/merkle.ts';
import { verifyStore } from '../src/ledger/verify/from-store.ts';
import { openPglite, openPostgres, type Database } from '../src/store/db.ts';
import { appendEvents } from '../src/store/event-log.ts';
import { ledgerConfig } from '../src/store/log/ledger-config.ts';
import { consistencyProof, inclusionProof } from '../src/store/log/proofs.ts';
import { migrate } from '../src/store/migrate.ts';
import { median, timeMs, type Benchmark, type BenchResult } from './harness.ts';

const FULL = process.argv.includes('--full');
type Kind = 'pglite' | 'postgres';

async function fresh(kind: Kind): Promise<{ db: Database; drop: () => Promise<void> }> {
  if (kind === 'pglite') {
    const db = await openPglite();
    await migrate(db);
    return { db, drop: () => db.close() };
  }
  const schema = `bench_log_${process.pid}_${Date.now()}`;
  const db = await openPostgres({ connectionString: process.env.DATABASE_URL!, schema });
  await migrate(db);
  return {
    db,
    drop: async () => {
      await db.query(`DROP SCHEMA ${schema} CASCADE`);
      await db.close();
    },
  };
}

const pledgeEvent = (i: number): NewEvent => ({
  type: 'PledgeAnnounced',
  stream: `pledge:b-${i}`,
  payload: {
    pledgeId: `b-${i}`,
    contributors: [{ orgId: 'nl' }],
    amount: { minor: String(50_000_000_000 + i), currency: 'EUR' },
    qualifier: 'exact',
    earmark: { kind: 'none' },
    announcedOn: { value: '2025-08-04', precision: 'day' },
    sources: [{ url: 'https://example.org/source', tier: 'A' }],
  },
});

const meta = (db: Database) => ({ actorOrg: 'nl', actorUser: 'bench', recordedAt: new Date('2025-08-04T12:00:00Z'), command: 'announce-pledge', idempotencyKey: null, requestHash: null, ledger: ledgerConfig(db) });

async function plainInsert(db: Database, events: NewEvent[], from: number): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO bench_events (seq, type, stream, actor_org, actor_user, recorded_at, command, idempotency_key, request_hash, payload)
       SELECT s, t, st, 'nl', 'bench', '2025-08-04T12:00:00Z', 'announce-pledge', NULL, NULL, p::jsonb FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[]) AS x(s, t, st, p)`,
      [events.map((_, i) => from + i), events.map((e) => e.type), events.map((e) => e.stream), events.map((e) => JSON.stringify(e.payload))],
    );
  });
}

async function appendThroughput(kind: Kind, batch: number, batches: number): Promise<BenchResult> {
  const { db, drop } = await fresh(kind);
  await db.query('CREATE TABLE bench_events (LIKE events INCLUDING ALL)');
  const logged: number[] = [];
  const plain: number[] = [];
  let n = 0;
  for (let r = 0; r < batches; r++) {
    const events = Array.from({ length: batch }, (_, i) => pledgeEvent(n + i));
    logged.push(await timeMs(() => db.transaction((tx) => appendEvents(tx, events, meta(db)))));
    plain.push(await timeMs(() => plainInsert(db, events, n + 1)));
    n += batch;
  }
  await drop();
  // Skip the first rounds: they warm up the key cache of the store and the JIT.
  const warm = Math.min(3, batches - 1);
  const subject = (batch / median(logged.slice(warm))) * 1000;
  const baseline = (batch / median(plain.slice(warm))) * 1000;
  return { name: `append, ${batch} event(s)/transaction (${kind})`, unit: 'events/s', subject, baseline, ratio: subject / baseline, note: 'log (sign, hash, nodes, checkpoint) vs plain INSERT' };
}

/** Builds a log of `size` leaves directly: leaf hashes and every complete subtree, bulk-inserted. */
async function buildTree(db: Database, size: number): Promise<void> {
  const tree = new GrowingTree();
  const chunk = 20_000;
  const sig = Buffer.alloc(64);
  for (let start = 0; start < size; start += chunk) {
    const leaves: Buffer[] = [];
    const levels: number[] = [];
    const idx: number[] = [];
    const hashes: Buffer[] = [];
    for (let i = start; i < Math.min(size, start + chunk); i++) {
      const leaf = Buffer.from(hashLeaf(Buffer.from(`entry ${i}`)));
      leaves.push(leaf);
      for (const node of tree.push(leaf)) {
        levels.push(node.level);
        idx.push(node.index);
        hashes.push(Buffer.from(node.hash));
      }
    }
    await db.query(`INSERT INTO log_leaves (seq, leaf_hash, signer, signature) SELECT s, h, 'bench', $3 FROM unnest($1::bigint[], $2::bytea[]) AS x(s, h)`, [
      leaves.map((_, i) => start + i + 1),
      leaves,
      sig,
    ]);
    await db.query('INSERT INTO merkle_nodes (level, idx, hash) SELECT * FROM unnest($1::smallint[], $2::bigint[], $3::bytea[])', [levels, idx, hashes]);
  }
  await db.query('ANALYZE log_leaves');
  await db.query('ANALYZE merkle_nodes');
}

async function proofLatency(kind: Kind, size: number): Promise<BenchResult[]> {
  const { db, drop } = await fresh(kind);
  await buildTree(db, size);
  const samples = 200;
  const time = async (fn: () => Promise<unknown>) => {
    const xs: number[] = [];
    for (let i = 0; i < samples; i++) xs.push(await timeMs(fn));
    return median(xs.slice(20));
  };
  const lookup = await time(() => db.query('SELECT leaf_hash FROM log_leaves WHERE seq = $1', [randomInt(1, size + 1)]));
  const incl = await time(() => inclusionProof(db, randomInt(0, size), size));
  const cons = await time(() => consistencyProof(db, randomInt(1, size), size));
  await drop();
  const label = `10^${Math.round(Math.log10(size))}`;
  return [
    { name: `inclusion proof at ${label} entries (${kind})`, unit: 'ms per proof vs ms per leaf lookup', subject: incl, baseline: lookup, ratio: incl / lookup, note: `${incl.toFixed(3)} ms` },
    { name: `consistency proof at ${label} entries (${kind})`, unit: 'ms per proof vs ms per leaf lookup', subject: cons, baseline: lookup, ratio: cons / lookup, note: `${cons.toFixed(3)} ms` },
  ];
}

async function verification(kind: Kind, entries: number): Promise<BenchResult> {
  const { db, drop } = await fresh(kind);
  for (let n = 0; n < entries; n += 1000) await db.transaction((tx) => appendEvents(tx, Array.from({ length: 1000 }, (_, i) => pledgeEvent(n + i)), meta(db)));
  const read = await timeMs(async () => {
    for (let s = 1; s <= entries; s += 1000) await db.query('SELECT * FROM events e JOIN log_leaves l USING (seq) WHERE seq BETWEEN $1 AND $2', [s, s + 999]);
  });
  const verify = await timeMs(() => verifyStore(db, { replay: false }));
  await drop();
  const scale = 100_000 / entries;
  return {
    name: `full verification per 10^5 entries (${kind})`,
    unit: 's per 10^5 entries, verify vs read',
    subject: (verify * scale) / 1000,
    baseline: (read * scale) / 1000,
    ratio: verify / read,
    note: `measured on ${entries} entries; signatures, leaves, nodes, checkpoints; replay not included`,
  };
}

export const ledgerBench: Benchmark = {
  name: 'transparency log',
  async run() {
    const kinds: Kind[] = ['pglite', ...(process.env.DATABASE_URL ? (['postgres'] as const) : [])];
    const out: BenchResult[] = [];
    for (const kind of kinds) {
      out.push(await appendThroughput(kind, 100, 20));
      out.push(await appendThroughput(kind, 1, 200));
      for (const size of FULL ? [10_000, 100_000, 1_000_000] : [10_000, 100_000]) out.push(...(await proofLatency(kind, size)));
      out.push(await verification(kind, FULL ? 100_000 : 20_000));
    }
    return out;
  },
};
