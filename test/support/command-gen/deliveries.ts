/** Generators for deliveries: shipments of contracted package lines and their confirmed receipt. */
import { pick, share, type Family } from './world.ts';

export const deliveryFamily: Family = {
  name: 'deliveries',
  weight: 3,
  builders: {
    recordShipment: {
      weight: 3,
      async build(w, s) {
        const packageId = await w.target(
          s,
          `SELECT DISTINCT p.package_id AS id FROM packages p JOIN package_lines l ON l.package_id = p.package_id
            WHERE p.state IN ('contracted', 'delivering') AND l.shipped - l.lost < l.quantity ORDER BY id`,
          'SELECT package_id AS id FROM packages ORDER BY package_id',
        );
        if (packageId === null) return w.delegate('contractPackage', s);
        // A line with something left to ship, or (now and then) any line, so over-shipping is tried too.
        const lines = await w.db.query<{ line_id: string; left: bigint }>(
          'SELECT line_id, quantity - (shipped - lost) AS left FROM package_lines WHERE package_id = $1 AND (shipped - lost < quantity OR $2) ORDER BY line_id',
          [packageId, s.percent > 90],
        );
        const line = pick(lines, s.picks[1]);
        const left = line && line.left > 0n ? line.left : 1n;
        const quantity = s.flag ? left : share(left, s.percent);
        return {
          cmd: 'recordShipment',
          actor: await w.actor('supplier'),
          input: { shipmentId: w.fresh('ship'), packageId, lineId: line?.line_id ?? 'missing-record', quantity: quantity.toString(), shippedOn: w.today() },
        };
      },
    },
    confirmReceipt: {
      weight: 3,
      async build(w, s) {
        const shipmentId = await w.target(s, 'SELECT shipment_id AS id FROM shipments WHERE received_quantity IS NULL ORDER BY shipment_id', 'SELECT shipment_id AS id FROM shipments ORDER BY shipment_id');
        if (shipmentId === null) return w.delegate('recordShipment', s);
        const shipped = (await w.db.query<{ q: bigint }>('SELECT quantity AS q FROM shipments WHERE shipment_id = $1', [shipmentId]))[0]?.q ?? 1n;
        // Mostly all of it arrived; sometimes a shortfall, now and then one more than was shipped (refused).
        const quantity = s.percent > 97 ? shipped + 1n : s.percent > 90 ? (shipped * BigInt(s.picks[1] % 100)) / 100n : shipped;
        return { cmd: 'confirmReceipt', actor: await w.actor('recipient'), input: { shipmentId, quantity: quantity.toString(), receivedOn: w.today() } };
      },
    },
  },
};
