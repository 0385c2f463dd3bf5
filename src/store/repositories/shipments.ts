/** Reads shipments into domain shape, for commands (under the writer lock). */
import type { Shipment } from '../../domain/delivery.ts';
import { notFound } from '../../domain/errors.ts';
import type { Queryable } from '../db.ts';

export async function getShipment(q: Queryable, shipmentId: string): Promise<Shipment> {
  const rows = await q.query<{
    shipment_id: string;
    package_id: string;
    line_id: string;
    quantity: bigint;
    shipped_on: string;
    received_quantity: bigint | null;
    received_on: string | null;
  }>(
    `SELECT shipment_id, package_id, line_id, quantity, shipped_on::text AS shipped_on, received_quantity, received_on::text AS received_on
       FROM shipments WHERE shipment_id = $1`,
    [shipmentId],
  );
  const r = rows[0];
  if (!r) throw notFound('shipment', shipmentId);
  return {
    shipmentId: r.shipment_id,
    packageId: r.package_id,
    lineId: r.line_id,
    quantity: r.quantity,
    shippedOn: r.shipped_on,
    receivedQuantity: r.received_quantity,
    receivedOn: r.received_on,
  };
}

export async function shipmentExists(q: Queryable, shipmentId: string): Promise<boolean> {
  return (await q.query('SELECT 1 FROM shipments WHERE shipment_id = $1', [shipmentId])).length > 0;
}
