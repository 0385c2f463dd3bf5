/**
 * A command may act only on records its actor may see: an input that names a record withheld from
 * the actor, or an event that speaks of one (src/domain/event-classification.ts), is refused as not
 * found, the same answer as for a record that does not exist, so a refusal reveals nothing either.
 * Only a restricted level can hide a record from a signed-in organization, so while none is set
 * this costs one small query.
 */
import type { Actor } from '../domain/actors.ts';
import { CLASSIFIED_KINDS, viewerOf, type ClassifiedKind } from '../domain/classification.ts';
import { notFound } from '../domain/errors.ts';
import { eventParts, type EventRefs } from '../domain/event-classification.ts';
import type { NewEvent } from '../domain/events.ts';
import type { Queryable } from '../store/db.ts';
import { loadClearance } from '../store/queries/clearance.ts';
import { loadEventRefs } from '../store/queries/event-views.ts';

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

export interface VisibilityGuard {
  /** Before a command loads anything: every record its input names must be visible to the actor. */
  checkInput(input: unknown): void;
  /** After it decides: every record its events speak of must be visible too. */
  checkEvents(events: readonly NewEvent[]): void;
}

/**
 * The guard for one command, loaded once (the actor's clearance and the allocation and shipment
 * references); null while no restricted level is set, when every record is visible to every
 * signed-in organization. Either check answers not found before any other rule could answer
 * differently for a hidden record.
 */
export async function visibilityGuard(tx: Queryable, actor: Actor, now: Date): Promise<VisibilityGuard | null> {
  const restricted = await tx.query("SELECT 1 FROM classifications WHERE level = 'restricted' LIMIT 1");
  if (restricted.length === 0) return null;
  const [c, refs] = [await loadClearance(tx, viewerOf(actor), now), await loadEventRefs(tx)];
  const check = (records: readonly { kind: ClassifiedKind; id: string }[]) => {
    for (const r of records) if (!c.canSee(r.kind, r.id)) throw notFound(r.kind, r.id);
  };
  return {
    checkInput: (input) => check(namedRecords(input, refs)),
    checkEvents: (events) => {
      for (const e of events) check(eventParts(e.type, e.payload as Record<string, unknown>, refs).records);
    },
  };
}
