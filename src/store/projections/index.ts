/**
 * All projections, folded from the log. `project` applies one stored event; `rebuild` empties every
 * projection table and replays the whole log through the same code, so live and rebuilt state agree
 * by construction (and a test checks it after long random command sequences).
 */
import type { EventType, StoredEvent } from '../../domain/events.ts';
import type { Database, Queryable } from '../db.ts';
import { readEvents } from '../event-log.ts';
import { allocationHandlers } from './allocations.ts';
import { classificationHandlers } from './classifications.ts';
import { deliveryHandlers } from './deliveries.ts';
import { guaranteeHandlers } from './guarantees.ts';
import { packageHandlers } from './packages.ts';
import { pledgeHandlers } from './pledges.ts';
import type { Handlers } from './projector.ts';
import { referenceHandlers } from './reference.ts';
import { requirementHandlers } from './requirements.ts';
import { userHandlers } from './users.ts';

const handlers: Handlers<EventType> = {
  ...referenceHandlers,
  ...userHandlers,
  ...requirementHandlers,
  ...packageHandlers,
  ...pledgeHandlers,
  ...allocationHandlers,
  ...deliveryHandlers,
  ...guaranteeHandlers,
  ...classificationHandlers,
};

/** Every table `rebuild` re-derives, in an order safe to empty. */
export const PROJECTION_TABLES = [
  'organizations',
  'users',
  'fx_rates',
  'public_totals',
  'requirements',
  'list_versions',
  'packages',
  'package_lines',
  'pledges',
  'pledge_contributors',
  'pledge_amount_changes',
  'payments',
  'allocations',
  'shipments',
  'guarantee_frameworks',
  'guarantee_framework_parties',
  'guarantee_status_history',
  'guarantee_commitments',
  'guarantee_commitment_guarantors',
  'guarantee_commitment_pillars',
  'guarantee_obligations',
  'guarantee_fulfilments',
  'guarantee_milestones',
  'classifications',
] as const;

export async function project(tx: Queryable, e: StoredEvent): Promise<void> {
  const h = handlers[e.type] as (tx: Queryable, e: StoredEvent) => Promise<void>;
  await h(tx, e);
}

/** Re-derives every projection from the log, in one transaction under the writer lock. */
export async function rebuild(db: Database): Promise<{ events: number }> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7402)');
    for (const t of PROJECTION_TABLES) await tx.query(`DELETE FROM ${t}`);
    let after = 0;
    let count = 0;
    for (;;) {
      const batch = await readEvents(tx, { afterSeq: after, limit: 2000 });
      if (batch.length === 0) break;
      for (const e of batch) await project(tx, e);
      after = batch[batch.length - 1]!.seq;
      count += batch.length;
    }
    return { events: count };
  });
}

/** A deterministic dump of every projection table, for comparing live and rebuilt state. */
export async function snapshotProjections(q: Queryable): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of PROJECTION_TABLES) {
    const rows = await q.query(`SELECT to_jsonb(x) AS j FROM ${t} x`);
    out[t] = rows.map((r) => JSON.stringify((r as { j: unknown }).j)).sort();
  }
  return out;
}
