/**
 * The append-only event log. Appends happen only inside a writer transaction that holds the writer
 * lock (see src/commands/dispatch.ts), so sequence numbers are gap-free and in commit order.
 */
import type { DomainEvent, NewEvent, StoredEvent } from '../domain/events.ts';
import type { Queryable } from './db.ts';

export interface AppendMeta {
  actorOrg: string;
  actorUser: string;
  recordedAt: Date;
  command: string;
  idempotencyKey: string | null;
  requestHash: string | null;
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
    const row: StoredEvent = {
      ...e,
      seq,
      actorOrg: meta.actorOrg,
      actorUser: meta.actorUser,
      recordedAt: meta.recordedAt.toISOString(),
      command: meta.command,
      idempotencyKey: meta.idempotencyKey,
    } as StoredEvent;
    await tx.query(
      `INSERT INTO events (seq, type, stream, actor_org, actor_user, recorded_at, command, idempotency_key, request_hash, payload)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [seq, e.type, e.stream, meta.actorOrg, meta.actorUser, row.recordedAt, meta.command, meta.idempotencyKey, meta.requestHash, JSON.stringify(e.payload)],
    );
    stored.push(row);
  }
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
