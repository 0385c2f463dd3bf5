/**
 * The event log as one caller may read it (GET /events): an event about a record the caller may not
 * see is left out (its sequence number stays taken, so the caller sees that something happened, as
 * the public transparency log shows anyway); the payload values of fields it may not read are
 * withheld (null), and the event says which and why.
 */
import type { WithheldNote } from '../../domain/classification.ts';
import { eventParts, withholdPaths, type EventRefs } from '../../domain/event-classification.ts';
import type { StoredEvent } from '../../domain/events.ts';
import type { Queryable } from '../db.ts';
import { readEvents, type EventFilter } from '../event-log.ts';
import type { Clearance } from './clearance.ts';

export type EventView = StoredEvent & { withheld?: WithheldNote[] };

export async function loadEventRefs(q: Queryable): Promise<EventRefs> {
  // One query after another: `q` may be a transaction's client (a command's visibility guard).
  const allocations = await q.query<{ allocation_id: string; pledge_id: string; package_id: string }>('SELECT allocation_id, pledge_id, package_id FROM allocations');
  const shipments = await q.query<{ shipment_id: string; package_id: string }>('SELECT shipment_id, package_id FROM shipments');
  const a = new Map(allocations.map((r) => [r.allocation_id, { pledgeId: r.pledge_id, packageId: r.package_id }]));
  const s = new Map(shipments.map((r) => [r.shipment_id, r.package_id]));
  return { allocation: (id) => a.get(id), shipmentPackage: (id) => s.get(id) };
}

/** The event as `c` may see it, or null when it may not see it at all. */
export function eventFor(e: StoredEvent, c: Clearance, refs: EventRefs): EventView | null {
  const parts = eventParts(e.type, e.payload as Record<string, unknown>, refs);
  if (!parts.records.every((r) => c.canSee(r.kind, r.id))) return null;
  const withheld: WithheldNote[] = [];
  let payload = e.payload as Record<string, unknown>;
  for (const f of parts.fields) {
    const note = c.withheld(f.kind, f.id, f.field);
    if (!note) continue;
    payload = withholdPaths(payload, f.paths);
    withheld.push(note);
  }
  return withheld.length === 0 ? e : ({ ...e, payload, withheld } as EventView);
}

export async function visibleEvents(q: Queryable, c: Clearance, f: EventFilter & { limit: number }): Promise<EventView[]> {
  const refs = await loadEventRefs(q);
  const out: EventView[] = [];
  let after = f.afterSeq ?? 0;
  for (;;) {
    const batch = await readEvents(q, { ...f, afterSeq: after, limit: f.limit });
    for (const e of batch) {
      const v = eventFor(e, c, refs);
      if (v) out.push(v);
      if (out.length === f.limit) return out;
    }
    if (batch.length < f.limit) return out;
    after = batch.at(-1)!.seq;
  }
}
