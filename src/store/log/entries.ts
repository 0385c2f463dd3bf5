/** Log entries as verifiers read them: each event row with its leaf (signer, signature, leaf hash) and the salts of its commitments. */
import type { LogEvent } from '../../ledger/leaf.ts';
import type { Queryable } from '../db.ts';
import { rowToEvent } from '../event-log.ts';

export interface LogEntry {
  event: LogEvent;
  signer: string;
  signature: Buffer;
  leafHash: Buffer;
  salts: Map<string, Buffer>;
}

type EventRow = Parameters<typeof rowToEvent>[0];
type Row = EventRow & {
  leaf_seq: bigint | null;
  leaf_hash: Uint8Array | null;
  signer: string | null;
  signature: Uint8Array | null;
  salts: { path: string; salt: string }[] | null;
};

export interface RawEntry {
  /** The event row, or undefined when a leaf has no event. */
  event?: LogEvent;
  seq: number;
  leaf?: { signer: string; signature: Buffer; leafHash: Buffer };
  /** The salts stored for this seq (whatever rows there are, with or without an event or leaf). */
  salts: Map<string, Buffer>;
}

/**
 * Every event and every leaf with seq in [start, end], matched by seq, so that a missing event or a
 * missing leaf shows as a hole rather than disappearing.
 */
export async function readRawEntries(q: Queryable, start: number, end: number): Promise<RawEntry[]> {
  const rows = await q.query<Row>(
    `SELECT e.*, l.seq AS leaf_seq, l.leaf_hash, l.signer, l.signature,
        (SELECT jsonb_agg(jsonb_build_object('path', s.path, 'salt', encode(s.salt, 'base64')) ORDER BY s.path)
           FROM log_salts s WHERE s.seq = coalesce(e.seq, l.seq)) AS salts
       FROM (SELECT * FROM events WHERE seq BETWEEN $1 AND $2) e
       FULL JOIN (SELECT * FROM log_leaves WHERE seq BETWEEN $1 AND $2) l ON l.seq = e.seq
      ORDER BY coalesce(e.seq, l.seq)`,
    [start, end],
  );
  return rows.map((r) => ({
    seq: Number(r.seq ?? r.leaf_seq),
    ...(r.seq !== null && r.seq !== undefined ? { event: { ...rowToEvent(r), requestHash: r.request_hash } as LogEvent } : {}),
    ...(r.leaf_seq !== null ? { leaf: { signer: r.signer!, signature: Buffer.from(r.signature!), leafHash: Buffer.from(r.leaf_hash!) } } : {}),
    salts: new Map((r.salts ?? []).map((x) => [x.path, Buffer.from(x.salt, 'base64')])),
  }));
}

/** Entries [start, end] of a healthy log, for the API; holes are skipped. */
export async function readEntries(q: Queryable, start: number, end: number): Promise<LogEntry[]> {
  return (await readRawEntries(q, start, end)).flatMap((r) => (r.event && r.leaf ? [{ event: r.event, ...r.leaf, salts: r.salts }] : []));
}
