/** Read models of shipments for the API and CLI: one shipment, or a filtered page, with the item shipped. */
import type { Queryable } from '../db.ts';

export interface ShipmentView {
  shipmentId: string;
  packageId: string;
  lineId: string;
  item: string | null;
  quantity: string;
  shippedOn: string;
  /** Null until the recipient confirms receipt. */
  receivedQuantity: string | null;
  receivedOn: string | null;
  note: string | null;
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

const toView = (r: Row): ShipmentView => ({
  shipmentId: r.shipment_id,
  packageId: r.package_id,
  lineId: r.line_id,
  item: r.item,
  quantity: r.quantity.toString(),
  shippedOn: r.shipped_on,
  receivedQuantity: r.received_quantity?.toString() ?? null,
  receivedOn: r.received_on,
  note: r.note,
});

export async function shipmentView(q: Queryable, shipmentId: string): Promise<ShipmentView | undefined> {
  const rows = await q.query<Row>(`${SELECT} WHERE s.shipment_id = $1`, [shipmentId]);
  return rows[0] ? toView(rows[0]) : undefined;
}

export interface ShipmentFilter {
  packageId?: string | undefined;
  /** true: confirmed only; false: awaiting confirmation only; undefined: both. */
  confirmed?: boolean | undefined;
  limit: number;
  offset: number;
}

export async function listShipmentViews(q: Queryable, f: ShipmentFilter): Promise<{ items: ShipmentView[]; total: number }> {
  const where = `WHERE ($1::text IS NULL OR s.package_id = $1) AND ($2::boolean IS NULL OR (s.received_quantity IS NOT NULL) = $2)`;
  const params = [f.packageId ?? null, f.confirmed ?? null];
  const rows = await q.query<Row>(`${SELECT} ${where} ORDER BY s.shipped_on, s.shipment_id LIMIT $3 OFFSET $4`, [...params, f.limit, f.offset]);
  const total = await q.query<{ n: bigint }>(`SELECT count(*)::bigint AS n FROM shipments s ${where}`, params);
  return { items: rows.map(toView), total: Number(total[0]?.n ?? 0n) };
}
