/** Stored checkpoints (signed tree heads) and witness cosignatures. */
import { parseCheckpointBody, parseNote } from '../../ledger/note.ts';
import type { Queryable } from '../db.ts';
import { LogIntegrityError } from './integrity-error.ts';

export interface CheckpointRow {
  number: number;
  treeSize: number;
  rootHash: Buffer;
  /** The signed note: checkpoint text, blank line, the log's signature line. */
  note: string;
}

interface Row {
  number: bigint;
  tree_size: bigint;
  root_hash: Uint8Array;
  note: string;
}

const toRow = (r: Row): CheckpointRow => ({ number: Number(r.number), treeSize: Number(r.tree_size), rootHash: Buffer.from(r.root_hash), note: r.note });

export async function latestCheckpoint(q: Queryable): Promise<CheckpointRow | undefined> {
  return (await q.query<Row>('SELECT * FROM log_checkpoints ORDER BY number DESC LIMIT 1')).map(toRow)[0];
}

export async function checkpointAtSize(q: Queryable, size: number): Promise<CheckpointRow | undefined> {
  return (await q.query<Row>('SELECT * FROM log_checkpoints WHERE tree_size = $1', [size])).map(toRow)[0];
}

export async function listCheckpoints(q: Queryable, fromNumber: number, limit: number): Promise<CheckpointRow[]> {
  return (await q.query<Row>('SELECT * FROM log_checkpoints WHERE number >= $1 ORDER BY number LIMIT $2', [fromNumber, limit])).map(toRow);
}

export async function insertCheckpoint(q: Queryable, c: CheckpointRow): Promise<void> {
  await q.query('INSERT INTO log_checkpoints (number, tree_size, root_hash, note) VALUES ($1, $2, $3, $4)', [c.number, c.treeSize, c.rootHash, c.note]);
}

/** The origin line of a stored checkpoint note. */
export function originOf(c: CheckpointRow): string {
  const body = parseNote(c.note) && parseCheckpointBody(parseNote(c.note)!.text);
  if (!body) throw new LogIntegrityError(`checkpoint ${c.number} holds a malformed note`);
  return body.origin;
}

export interface CosignatureRow {
  treeSize: number;
  keyName: string;
  keyId: string;
  witnessKey: string;
  signedAt: number;
  line: string;
  receivedAt: string;
}

export async function cosignaturesFor(q: Queryable, sizes: readonly number[]): Promise<CosignatureRow[]> {
  if (sizes.length === 0) return [];
  const rows = await q.query<{ tree_size: bigint; key_name: string; key_id: string; witness_key: string; signed_at: bigint; line: string; received_at: Date | string }>(
    'SELECT * FROM log_cosignatures WHERE tree_size = ANY($1::bigint[]) ORDER BY tree_size, received_at, key_name, key_id',
    [sizes],
  );
  return rows.map((r) => ({
    treeSize: Number(r.tree_size),
    keyName: r.key_name,
    keyId: r.key_id,
    witnessKey: r.witness_key,
    signedAt: Number(r.signed_at),
    line: r.line,
    receivedAt: new Date(r.received_at).toISOString(),
  }));
}

/** Stores a cosignature; a repeat from the same witness key for the same checkpoint keeps the first. */
export async function insertCosignature(q: Queryable, c: CosignatureRow): Promise<boolean> {
  const rows = await q.query(
    `INSERT INTO log_cosignatures (tree_size, key_name, key_id, witness_key, signed_at, line, received_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (tree_size, key_name, key_id) DO NOTHING RETURNING 1`,
    [c.treeSize, c.keyName, c.keyId, c.witnessKey, c.signedAt, c.line, c.receivedAt],
  );
  return rows.length > 0;
}
