/**
 * Puts events into the transparency log, inside the writer transaction that appended them: each
 * event's classified values are replaced by salted commitments (src/ledger/commitments.ts; the salts
 * kept in log_salts), that form is signed by its acting organization's key and becomes a leaf, the tree's new complete
 * subtrees are stored, and the batch ends with one checkpoint signed by the log key. While no
 * checkpoint exists yet, events already in `events` (a store created before the log existed, or an
 * import of an export that carried no log) are taken in first, so the log covers the whole table.
 */
import { randomBytes } from 'node:crypto';
import { committedPatterns } from '../../domain/event-classification.ts';
import { concretePaths } from '../../domain/json-paths.ts';
import { commitEnvelope } from '../../ledger/commitments.ts';
import { eventBytes, leafHashOf, type LogEvent } from '../../ledger/leaf.ts';
import { signEd25519 } from '../../ledger/ed25519.ts';
import { formatCheckpointBody, formatNote, signNoteText } from '../../ledger/note.ts';
import { appendLeaves, frontierRefs } from '../../ledger/tree-append.ts';
import { nodeKey } from '../../ledger/subtrees.ts';
import type { Queryable } from '../db.ts';
import { rowToEvent } from '../event-log.ts';
import { insertCheckpoint, latestCheckpoint, originOf, type CheckpointRow } from './checkpoints.ts';
import type { LedgerConfig } from './ledger-config.ts';
import { logSigningKey, orgSigningKey, type SigningKey } from './key-store.ts';
import { LogIntegrityError } from './integrity-error.ts';
import { fetchNodes, insertNodes } from './nodes.ts';

type EventRow = Parameters<typeof rowToEvent>[0];

/** The tables of the transparency log: part of the log, not projections (rebuild leaves them alone). */
export const LOG_TABLES = ['log_keys', 'log_leaves', 'log_salts', 'merkle_nodes', 'log_checkpoints', 'log_cosignatures'] as const;

/** Events after `afterSeq`, up to `uptoSeq`, as log events (with their request hashes). */
export async function readLogEvents(q: Queryable, afterSeq: number, uptoSeq: number): Promise<LogEvent[]> {
  const rows = await q.query<EventRow>('SELECT * FROM events WHERE seq > $1 AND seq <= $2 ORDER BY seq', [afterSeq, uptoSeq]);
  return rows.map((r) => ({ ...rowToEvent(r), requestHash: r.request_hash }) as LogEvent);
}

export interface LeafRow {
  seq: number;
  leafHash: Buffer;
  signer: string;
  signature: Buffer;
  /** The salts of the values the leaf commits to, by envelope path. */
  salts: ReadonlyMap<string, Uint8Array>;
}

/** Fresh salts for every value of the event its leaf commits to (src/domain/event-classification.ts). */
export function saltsFor(e: LogEvent): Map<string, Uint8Array> {
  return new Map(concretePaths(e, committedPatterns(e.type, e.payload as Record<string, unknown>)).map((p) => [p, randomBytes(16)]));
}

export async function insertLeaves(q: Queryable, leaves: readonly LeafRow[]): Promise<void> {
  for (let i = 0; i < leaves.length; i += 2000) {
    const c = leaves.slice(i, i + 2000);
    await q.query('INSERT INTO log_leaves (seq, leaf_hash, signer, signature) SELECT * FROM unnest($1::bigint[], $2::bytea[], $3::text[], $4::bytea[])', [
      c.map((l) => l.seq),
      c.map((l) => l.leafHash),
      c.map((l) => l.signer),
      c.map((l) => l.signature),
    ]);
    const salts = c.flatMap((l) => [...l.salts].map(([path, salt]) => ({ seq: l.seq, path, salt: Buffer.from(salt) })));
    if (salts.length === 0) continue;
    await q.query('INSERT INTO log_salts (seq, path, salt) SELECT * FROM unnest($1::bigint[], $2::text[], $3::bytea[])', [
      salts.map((x) => x.seq),
      salts.map((x) => x.path),
      salts.map((x) => x.salt),
    ]);
  }
}

/** Extends the stored tree from `size` by these leaves; returns the new root. */
export async function growTree(q: Queryable, size: number, leafHashes: readonly Buffer[]): Promise<Buffer> {
  const refs = frontierRefs(size);
  const known = await fetchNodes(q, refs);
  const frontier = refs.map((r) => ({ ...r, hash: known.get(nodeKey(r))! }));
  const grown = appendLeaves(size, frontier, leafHashes);
  await insertNodes(q, grown.nodes);
  return Buffer.from(grown.root);
}

/** Signs and stores one checkpoint at `size` with root `root`. */
export async function signCheckpoint(q: Queryable, key: SigningKey, origin: string, number: number, size: number, root: Buffer): Promise<CheckpointRow> {
  const text = formatCheckpointBody(origin, size, root);
  const row = { number, treeSize: size, rootHash: root, note: formatNote(text, [signNoteText(text, key.name, key.publicKey, key.privateKey)]) };
  await insertCheckpoint(q, row);
  return row;
}

/**
 * Logs `fresh` (just appended, in seq order) and any earlier events not yet logged, then signs a
 * checkpoint. `now` dates keys made on the way. Returns the checkpoint, or undefined when there was
 * nothing to log.
 */
export async function recordInLog(tx: Queryable, cfg: LedgerConfig, fresh: readonly LogEvent[], now: Date): Promise<CheckpointRow | undefined> {
  const last = await latestCheckpoint(tx);
  const logged = last?.treeSize ?? 0;
  const firstFresh = fresh[0]?.seq ?? Number.POSITIVE_INFINITY;
  const upto = fresh.length > 0 ? fresh[fresh.length - 1]!.seq : Number((await tx.query<{ n: bigint | null }>('SELECT max(seq) AS n FROM events'))[0]?.n ?? 0);
  // Events not yet logged are taken in only while no checkpoint exists (a store from before the log,
  // an import of an export without one). Once the log has begun, an event row outside it can only
  // have been written around the log, so the append is refused rather than the row laundered.
  if (last && firstFresh - 1 > logged) {
    throw new LogIntegrityError(`the log covers ${logged} events but the events table holds more`);
  }
  const backlog = firstFresh - 1 > logged ? await readLogEvents(tx, logged, Math.min(firstFresh - 1, upto)) : [];
  if (firstFresh <= logged) throw new LogIntegrityError(`event ${firstFresh} is already in the log, which covers ${logged} events`);
  const events = [...backlog, ...fresh];
  if (events.length === 0) return undefined;
  events.forEach((e, i) => {
    if (e.seq !== logged + i + 1) throw new LogIntegrityError(`the log covers ${logged} events but event ${e.seq} comes next`);
  });

  const origin = last ? originOf(last) : cfg.origin;
  const keys = new Map<string, SigningKey>();
  const keyFor = async (orgId: string): Promise<SigningKey> => {
    let k = keys.get(orgId);
    if (!k) keys.set(orgId, (k = await orgSigningKey(tx, cfg, origin, orgId, now)));
    return k;
  };
  const leaves: LeafRow[] = [];
  for (const e of events) {
    const key = await keyFor(e.actorOrg);
    // The leaf holds classified values only as salted commitments; the organization signs that form.
    const salts = saltsFor(e);
    const committed = commitEnvelope(e, salts);
    const bytes = eventBytes(committed);
    const signature = signEd25519(key.privateKey, bytes);
    leaves.push({ seq: e.seq, leafHash: Buffer.from(leafHashOf({ event: committed, signer: key.vkey, signature }, bytes)), signer: key.vkey, signature, salts });
    // A newly registered organization gets its key at once, so the directory lists it before it acts.
    if (e.type === 'OrganizationRegistered') await keyFor((e.payload as { orgId: string }).orgId);
  }
  await insertLeaves(tx, leaves);
  const size = logged + events.length;
  const root = await growTree(tx, logged, leaves.map((l) => l.leafHash));
  return signCheckpoint(tx, await logSigningKey(tx, cfg, origin, now), origin, (last?.number ?? 0) + 1, size, root);
}
