/**
 * The append-only event log. Appends happen only inside a writer transaction that holds the writer
 * lock (see src/commands/dispatch.ts), so sequence numbers are gap-free and in commit order. Every
 * append also enters the transparency log in the same transaction (src/store/log/record.ts): each
 * event signed and hashed into the Merkle tree, and the batch closed by one signed checkpoint.
 */
import type { DomainEvent, NewEvent, StoredEvent } from '../domain/events.ts';
import type { Queryable } from './db.ts';
import type { LedgerConfig } from './log/ledger-config.ts';
import { recordInLog } from './log/record.ts';

export interface AppendMeta {
  actorOrg: string;
  actorUser: string;
  recordedAt: Date;
  command: string;
  idempotencyKey: string | null;
  requestHash: string | null;
  /** The log's origin and master key (src/store/log/ledger-config.ts). */
  ledger: LedgerConfig;
}

interface EventRow {
  seq: bigint;
  type: string;
  stream: string;
  actor_org: string;
  actor_user: string;
  recorded_at: Date | string;
  command: string;
  idempotency_key: string | null;
  request_hash: string | null;
  payload: unknown;
}

export async function lastSeq(q: Queryable): Promise<number> {
  const rows = await q.query<{ seq: bigint | null }>('SELECT max(seq) AS seq FROM events');
  return Number(rows[0]?.seq ?? 0n);
}

export async function appendEvents(tx: Queryable, events: readonly NewEvent[], meta: AppendMeta): Promise<StoredEvent[]> {
  let seq = await lastSeq(tx);
  const stored: StoredEvent[] = [];
  for (const e of events) {
    seq += 1;
    stored.push({
      ...e,
      seq,
      actorOrg: meta.actorOrg,
      actorUser: meta.actorUser,
      recordedAt: meta.recordedAt.toISOString(),
      command: meta.command,
      idempotencyKey: meta.idempotencyKey,
    } as StoredEvent);
  }
  // One statement per batch: the rows go in as parallel arrays.
  await tx.query(
    `INSERT INTO events (seq, type, stream, actor_org, actor_user, recorded_at, command, idempotency_key, request_hash, payload)
     SELECT s, t, st, $4, $5, $6, $7, $8, $9, p::jsonb FROM unnest($1::bigint[], $2::text[], $3::text[], $10::text[]) AS x(s, t, st, p)`,
    [
      stored.map((e) => e.seq),
      stored.map((e) => e.type),
      stored.map((e) => e.stream),
      meta.actorOrg,
      meta.actorUser,
      meta.recordedAt.toISOString(),
      meta.command,
      meta.idempotencyKey,
      meta.requestHash,
      stored.map((e) => JSON.stringify(e.payload)),
    ],
  );
  await recordInLog(
    tx,
    meta.ledger,
    stored.map((e) => ({ ...e, requestHash: meta.requestHash })),
    meta.recordedAt,
  );
  return stored;
}

export function rowToEvent(r: EventRow): StoredEvent {
  const recordedAt = r.recorded_at instanceof Date ? r.recorded_at.toISOString() : new Date(r.recorded_at).toISOString();
  return {
    seq: Number(r.seq),
    type: r.type,
    stream: r.stream,
    actorOrg: r.actor_org,
    actorUser: r.actor_user,
    recordedAt,
    command: r.command,
    idempotencyKey: r.idempotency_key,
    payload: (typeof r.payload === 'string' ? JSON.parse(r.payload) : r.payload) as DomainEvent['payload'],
  } as StoredEvent;
}

export interface EventFilter {
  afterSeq?: number | undefined;
  limit?: number | undefined;
  type?: string | undefined;
  stream?: string | undefined;
}

export async function readEvents(q: Queryable, f: EventFilter = {}): Promise<StoredEvent[]> {
  const rows = await q.query<EventRow>(
    `SELECT * FROM events
      WHERE seq > $1 AND ($2::text IS NULL OR type = $2) AND ($3::text IS NULL OR stream = $3)
      ORDER BY seq LIMIT $4`,
    [f.afterSeq ?? 0, f.type ?? null, f.stream ?? null, f.limit ?? 1000],
  );
  return rows.map(rowToEvent);
}

export async function findByIdempotencyKey(
  q: Queryable,
  actorOrg: string,
  key: string,
): Promise<{ events: StoredEvent[]; requestHash: string | null }> {
  const rows = await q.query<EventRow>(
    'SELECT * FROM events WHERE actor_org = $1 AND idempotency_key = $2 ORDER BY seq',
    [actorOrg, key],
  );
  return { events: rows.map(rowToEvent), requestHash: rows[0]?.request_hash ?? null };
}
