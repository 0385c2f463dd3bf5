/**
 * Replays a log into a fresh in-memory store (events and projections only, through the same
 * projection code as live appends) and compares its projections with a database's: the projections
 * must be a pure fold of the log, so any difference is a changed, missing or extra projection row.
 */
import { openPglite } from '../../store/db.ts';
import { migrate } from '../../store/migrate.ts';
import { project, PROJECTION_TABLES, snapshotProjections } from '../../store/projections/index.ts';
import type { StoredEvent } from '../../domain/events.ts';
import type { LogEvent } from '../leaf.ts';
import { VerifyFailure } from './verifier.ts';

export type Snapshot = Record<string, unknown[]>;

/** Feeds batches of events (in seq order) from `source` into a fresh store; returns its projections. */
export async function replayProjections(source: (take: (batch: readonly LogEvent[]) => Promise<void>) => Promise<void>): Promise<Snapshot> {
  const db = await openPglite();
  try {
    await migrate(db);
    await db.transaction(async (tx) => {
      await source(async (batch) => {
        for (const e of batch) {
          try {
            await tx.query(
              `INSERT INTO events (seq, type, stream, actor_org, actor_user, recorded_at, command, idempotency_key, request_hash, payload)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
              [e.seq, e.type, e.stream, e.actorOrg, e.actorUser, e.recordedAt, e.command, e.idempotencyKey, e.requestHash, JSON.stringify(e.payload)],
            );
            await project(tx, e as unknown as StoredEvent);
          } catch (err) {
            throw new VerifyFailure(`entry ${e.seq}`, `cannot be replayed into the projections: ${(err as Error).message}`);
          }
        }
      });
    });
    return await snapshotProjections(db);
  } finally {
    await db.close();
  }
}

const clip = (s: string): string => (s.length > 240 ? `${s.slice(0, 240)}...` : s);

/** Throws at the first projection row that differs between a database and the replay. */
export function compareProjections(store: Snapshot, replay: Snapshot): void {
  for (const table of PROJECTION_TABLES) {
    const mine = new Set((store[table] ?? []).map(String));
    const theirs = new Set((replay[table] ?? []).map(String));
    for (const row of mine) if (!theirs.has(row)) throw new VerifyFailure(`projection ${table}`, `the database has a row that a replay of the log does not: ${clip(row)}`);
    for (const row of theirs) if (!mine.has(row)) throw new VerifyFailure(`projection ${table}`, `a replay of the log has a row that the database lacks: ${clip(row)}`);
    if ((store[table] ?? []).length !== (replay[table] ?? []).length) {
      throw new VerifyFailure(`projection ${table}`, `holds ${(store[table] ?? []).length} rows where a replay of the log has ${(replay[table] ?? []).length}`);
    }
  }
}
