/**
 * `purl verify` on a database: reads the events, leaves, stored tree nodes, checkpoints and keys
 * directly (never trusting one to vouch for another), checks them with the LogVerifier, compares
 * every stored node with the recomputed tree, and compares the projections with a replay of the log.
 */
import type { Database } from '../../store/db.ts';
import { eventProblem } from '../../store/import.ts';
import { cosignaturesFor } from '../../store/log/checkpoints.ts';
import { readRawEntries } from '../../store/log/entries.ts';
import { keyDirectory } from '../../store/log/key-store.ts';
import { snapshotProjections } from '../../store/projections/index.ts';
import { nodeKey } from '../subtrees.ts';
import type { StoredNode } from '../tree-append.ts';
import { checkCosignatures } from './cosignatures.ts';
import { compareProjections, replayProjections, type Snapshot } from './replay.ts';
import { LogVerifier, VerifyFailure, type CheckpointInput, type VerifySummary } from './verifier.ts';

export interface VerifyOptions {
  trustedLogKeys?: readonly string[];
  trustedWitnesses?: readonly string[];
  /** Compare (or, for a bundle or server, apply) the projections by replaying the log; default true. */
  replay?: boolean;
  batchSize?: number;
  /**
   * Replays already made, by verified root: a root commits to every event, so a log with the same
   * root replays to the same projections (lets a caller verify one log many times cheaply).
   */
  replayCache?: Map<string, Snapshot>;
}

export interface VerifyReport extends VerifySummary {
  cosignatures: number;
  projections: 'equal to a replay' | 'replayed' | 'not checked';
  /** Entries whose values were not all opened to this reader (from a server): no replay then. */
  unreadable?: number;
}

const covers = (n: StoredNode | { level: number; index: number }): string => {
  const size = 2 ** n.level;
  return `entries ${n.index * size + 1}-${(n.index + 1) * size}`;
};

async function compareNodes(db: Database, from: number, to: number, computed: readonly StoredNode[]): Promise<void> {
  const rows = await db.query<{ level: number; idx: bigint; hash: Uint8Array }>(
    `SELECT level, idx, hash FROM merkle_nodes
      WHERE level BETWEEN 1 AND 62 AND idx >= 0 AND ((idx + 1) << level::int) > $1 AND ((idx + 1) << level::int) <= $2`,
    [from, to],
  );
  const stored = new Map(rows.map((r) => [nodeKey({ level: Number(r.level), index: Number(r.idx) }), Buffer.from(r.hash)]));
  for (const n of computed) {
    const s = stored.get(nodeKey(n));
    if (!s) throw new VerifyFailure(`node ${nodeKey(n)}`, `the stored tree lacks the node over ${covers(n)}`);
    if (!s.equals(Buffer.from(n.hash))) throw new VerifyFailure(`node ${nodeKey(n)}`, `the stored node over ${covers(n)} is not the hash of those entries`);
    stored.delete(nodeKey(n));
  }
  const extra = [...stored.keys()][0];
  if (extra) throw new VerifyFailure(`node ${extra}`, 'is stored but is not a node of the tree');
}

async function strays(db: Database, size: number): Promise<void> {
  const node = await db.query<{ level: number; idx: bigint }>(
    'SELECT level, idx FROM merkle_nodes WHERE level < 1 OR level > 62 OR idx < 0 OR ((idx + 1) << level::int) > $1 ORDER BY level, idx LIMIT 1',
    [size],
  );
  if (node[0]) throw new VerifyFailure(`node ${node[0].level}:${node[0].idx}`, `is stored but is not a node of the tree of ${size} entries`);
  const low = await db.query<{ seq: bigint }>('SELECT seq FROM events WHERE seq < 1 UNION ALL SELECT seq FROM log_leaves WHERE seq < 1 LIMIT 1');
  if (low[0]) throw new VerifyFailure(`entry ${low[0].seq}`, 'has a sequence number below 1');
  const salt = await db.query<{ seq: bigint; path: string }>('SELECT seq, path FROM log_salts WHERE seq < 1 OR seq > $1 ORDER BY seq LIMIT 1', [size]);
  if (salt[0]) throw new VerifyFailure(`entry ${salt[0].seq}`, `has a salt (for ${salt[0].path}) but is not in the log`);
}

export async function verifyStore(db: Database, opts: VerifyOptions = {}): Promise<VerifyReport> {
  const batch = opts.batchSize ?? 1000;
  const keys = await keyDirectory(db);
  const cpRows = await db.query<{ number: bigint; tree_size: bigint; root_hash: Uint8Array; note: string }>('SELECT * FROM log_checkpoints ORDER BY number');
  const checkpoints: CheckpointInput[] = cpRows.map((r) => ({ number: Number(r.number), treeSize: Number(r.tree_size), rootHash: Buffer.from(r.root_hash), note: r.note }));
  const verifier = new LogVerifier(keys, checkpoints, { checkEvent: (e) => eventProblem(e, e.seq - 1), trustedLogKeys: opts.trustedLogKeys });
  const top = Number(
    (await db.query<{ n: bigint }>('SELECT greatest((SELECT max(seq) FROM events), (SELECT max(seq) FROM log_leaves), 0) AS n'))[0]!.n,
  );
  for (let start = 1; start <= top; start += batch) {
    const before = verifier.size;
    const made: StoredNode[] = [];
    for (const raw of await readRawEntries(db, start, Math.min(top, start + batch - 1))) {
      if (!raw.leaf && raw.event) throw new VerifyFailure(`entry ${raw.seq}`, 'has no leaf: the event is not in the log');
      if (!raw.event) throw new VerifyFailure(`entry ${raw.seq}`, 'has a leaf but its event row is missing');
      made.push(...verifier.entry({ event: raw.event, salts: raw.salts, ...raw.leaf! }).nodes);
    }
    await compareNodes(db, before, verifier.size, made);
  }
  const summary = verifier.finish();
  await strays(db, summary.entries);
  const notes = new Map(checkpoints.map((c) => [c.treeSize, c.note]));
  const cosignatures = checkCosignatures(notes, await cosignaturesFor(db, [...notes.keys()]), opts.trustedWitnesses);
  if (opts.replay === false) return { ...summary, cosignatures, projections: 'not checked' };
  const cacheKey = `${summary.entries}:${summary.root}`;
  const replay =
    opts.replayCache?.get(cacheKey) ??
    (await replayProjections(async (take) => {
      for (let start = 1; start <= summary.entries; start += batch) {
        await take((await readRawEntries(db, start, Math.min(summary.entries, start + batch - 1))).map((r) => r.event!));
      }
    }));
  opts.replayCache?.set(cacheKey, replay);
  compareProjections(await snapshotProjections(db), replay);
  return { ...summary, cosignatures, projections: 'equal to a replay' };
}
