/**
 * Read models of shipments for the API and CLI: one shipment, or a filtered page, with the item
 * shipped, as one caller may see them. A shipment is hidden with its record or its package's; its
 * schedule (dates, quantities, note) is withheld with its `schedule` field; what it carries (line,
 * item, quantities) is withheld with its package's `lines`, which it would otherwise reveal.
 */
import type { Level, WithheldNote } from '../../domain/classification.ts';
import type { Queryable } from '../db.ts';
import type { Clearance } from './clearance.ts';

export interface ShipmentView {
  shipmentId: string;
  packageId: string;
  lineId: string | null;
  item: string | null;
  quantity: string | null;
  shippedOn: string | null;
  /** Null until the recipient confirms receipt (or when withheld). */
  receivedQuantity: string | null;
  receivedOn: string | null;
  note: string | null;
  /** The levels in force on the shipment and on its schedule. */
  classification: { record: Level; schedule: Level };
  withheld: WithheldNote[];
}

interface Row {
  shipment_id: string;
  package_id: string;
  line_id: string;
  item: string | null;
  quantity: bigint;
  shipped_on: string;
  received_quantity: bigint | null;
  received_on: string | null;
  note: string | null;
}

const SELECT = `
  SELECT s.shipment_id, s.package_id, s.line_id, r.item, s.quantity, s.shipped_on::text AS shipped_on,
         s.received_quantity, s.received_on::text AS received_on, s.note
    FROM shipments s LEFT JOIN requirements r ON r.line_id = s.line_id`;

export const canSeeShipment = (c: Clearance, shipmentId: string, packageId: string): boolean => c.canSee('package', packageId) && c.canSee('shipment', shipmentId);

function toView(r: Row, c: Clearance): ShipmentView {
  const schedule = c.withheld('shipment', r.shipment_id, 'schedule');
  const contents = c.withheld('package', r.package_id, 'lines');
  return {
    shipmentId: r.shipment_id,
    packageId: r.package_id,
    lineId: contents ? null : r.line_id,
    item: contents ? null : r.item,
    quantity: contents || schedule ? null : r.quantity.toString(),
    shippedOn: schedule ? null : r.shipped_on,
    receivedQuantity: contents || schedule ? null : (r.received_quantity?.toString() ?? null),
    receivedOn: schedule ? null : r.received_on,
    note: contents || schedule ? null : r.note,
    classification: { record: c.classification('shipment', r.shipment_id, 'record').level, schedule: c.classification('shipment', r.shipment_id, 'schedule').level },
    withheld: [...(schedule ? [schedule] : []), ...(contents ? [contents] : [])],
  };
}

/** One shipment, or undefined when it does not exist or the caller may not see it (the same answer). */
export async function shipmentView(q: Queryable, c: Clearance, shipmentId: string): Promise<ShipmentView | undefined> {
  const rows = await q.query<Row>(`${SELECT} WHERE s.shipment_id = $1`, [shipmentId]);
  return rows[0] && canSeeShipment(c, rows[0].shipment_id, rows[0].package_id) ? toView(rows[0], c) : undefined;
}

export interface ShipmentFilter {
  packageId?: string | undefined;
  /** true: confirmed only; false: awaiting confirmation only; undefined: both. */
  confirmed?: boolean | undefined;
  limit: number;
  offset: number;
}

export async function listShipmentViews(q: Queryable, c: Clearance, f: ShipmentFilter): Promise<{ items: ShipmentView[]; total: number }> {
  const where = `WHERE ($1::text IS NULL OR s.package_id = $1) AND ($2::boolean IS NULL OR (s.received_quantity IS NOT NULL) = $2)`;
  const params = [f.packageId ?? null, f.confirmed ?? null];
  // Ordered by id, not date: the order must not reveal a withheld date. Filtered by clearance, then paged.
  const rows = (await q.query<Row>(`${SELECT} ${where} ORDER BY s.shipment_id`, params)).filter((r) => canSeeShipment(c, r.shipment_id, r.package_id));
  return { items: rows.slice(f.offset, f.offset + f.limit).map((r) => toView(r, c)), total: rows.length };
}
