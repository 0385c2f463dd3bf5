/** Projections of shipments and their confirmed receipt, with running totals on each package line. */
import type { Handlers } from './projector.ts';

export const deliveryHandlers: Handlers<'ShipmentRecorded' | 'ReceiptConfirmed'> = {
  async ShipmentRecorded(tx, e) {
    const p = e.payload;
    await tx.query('INSERT INTO shipments (shipment_id, package_id, line_id, quantity, shipped_on) VALUES ($1, $2, $3, $4, $5)', [
      p.shipmentId,
      p.packageId,
      p.lineId,
      p.quantity,
      p.shippedOn,
    ]);
    await tx.query('UPDATE package_lines SET shipped = shipped + $3 WHERE package_id = $1 AND line_id = $2', [p.packageId, p.lineId, p.quantity]);
  },
  async ReceiptConfirmed(tx, e) {
    const p = e.payload;
    await tx.query('UPDATE shipments SET received_quantity = $2, received_on = $3, note = $4 WHERE shipment_id = $1', [
      p.shipmentId,
      p.quantity,
      p.receivedOn,
      p.note ?? null,
    ]);
    // The line is found through the shipment row the ShipmentRecorded event wrote, so replay order suffices.
    await tx.query(
      `UPDATE package_lines pl SET received = pl.received + $2, lost = pl.lost + (s.quantity - $2)
         FROM shipments s WHERE s.shipment_id = $1 AND pl.package_id = s.package_id AND pl.line_id = s.line_id`,
      [p.shipmentId, p.quantity],
    );
  },
};
