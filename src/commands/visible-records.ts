/**
 * A command may act only on records its actor may see: an input that names a record withheld from
 * the actor, or an event that speaks of one (src/domain/event-classification.ts), is refused as not
 * found, the same answer as for a record that does not exist, so a refusal reveals nothing either. Only a restricted level can
 * hide a record from a signed-in organization, so while none is set this costs one small query.
 */
import type { Actor } from '../domain/actors.ts';
import { CLASSIFIED_KINDS, viewerOf, type ClassifiedKind } from '../domain/classification.ts';
import { notFound } from '../domain/errors.ts';
import { eventParts, type EventRefs } from '../domain/event-classification.ts';
import type { NewEvent } from '../domain/events.ts';
import type { Queryable } from '../store/db.ts';
import { loadClearance } from '../store/queries/clearance.ts';
import { loadEventRefs } from '../store/queries/event-views.ts';

const NEEDS_REFS = new Set(['AllocationReleased', 'ReceiptConfirmed']);
const NO_REFS = { allocation: () => undefined, shipmentPackage: () => undefined };

/** The classified records an input names, at any depth: by id field, or as {kind, id} (classify). */
function namedRecords(input: unknown, refs: EventRefs, out: { kind: ClassifiedKind; id: string }[] = []): { kind: ClassifiedKind; id: string }[] {
  if (Array.isArray(input)) input.forEach((x) => namedRecords(x, refs, out));
  else if (input !== null && typeof input === 'object') {
    const o = input as Record<string, unknown>;
    const str = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : undefined);
    for (const [key, kind] of [['pledgeId', 'pledge'], ['duplicateOf', 'pledge'], ['packageId', 'package'], ['shipmentId', 'shipment']] as const) {
      const id = str(key);
      if (id) out.push({ kind, id });
    }
    const allocation = str('allocationId') && refs.allocation(str('allocationId')!);
    if (allocation) out.push({ kind: 'pledge', id: allocation.pledgeId }, { kind: 'package', id: allocation.packageId });
    const shipmentPackage = str('shipmentId') && refs.shipmentPackage(str('shipmentId')!);
    if (shipmentPackage) out.push({ kind: 'package', id: shipmentPackage });
    if ((CLASSIFIED_KINDS as readonly unknown[]).includes(o.kind) && str('id')) out.push({ kind: o.kind as ClassifiedKind, id: str('id')! });
    for (const v of Object.values(o)) if (v !== null && typeof v === 'object') namedRecords(v, refs, out);
  }
  return out;
}

/**
 * Before a command loads anything: every record its input names must be visible to the actor, or
 * the answer is not found, before any other rule could answer differently for a hidden record.
 */
export async function assertNamesVisibleRecords(tx: Queryable, actor: Actor, input: unknown, now: Date): Promise<void> {
  const restricted = await tx.query("SELECT 1 FROM classifications WHERE level = 'restricted' LIMIT 1");
  if (restricted.length === 0) return;
  const c = await loadClearance(tx, viewerOf(actor), now);
  for (const r of namedRecords(input, await loadEventRefs(tx))) if (!c.canSee(r.kind, r.id)) throw notFound(r.kind, r.id);
}

export async function assertActsOnVisibleRecords(tx: Queryable, actor: Actor, events: readonly NewEvent[], now: Date): Promise<void> {
  const restricted = await tx.query("SELECT 1 FROM classifications WHERE level = 'restricted' LIMIT 1");
  if (restricted.length === 0) return;
  const c = await loadClearance(tx, viewerOf(actor), now);
  const refs = events.some((e) => NEEDS_REFS.has(e.type)) ? await loadEventRefs(tx) : NO_REFS;
  for (const e of events) {
    for (const r of eventParts(e.type, e.payload as Record<string, unknown>, refs).records) {
      if (!c.canSee(r.kind, r.id)) throw notFound(r.kind, r.id);
    }
  }
}
