/**
 * Deliveries: the supplier ships a contracted package line by line; the recipient confirms what
 * arrived, once per shipment. Pure rules only.
 *
 * Nothing is shipped beyond what was contracted (per line) and nothing is received beyond what was
 * shipped (per shipment). A shipment confirmed short leaves the shortfall recorded as lost, and the
 * supplier may ship that quantity again: what is still to ship is the contracted quantity less what
 * was shipped and not lost. The first shipment moves the package from contracted to delivering; the
 * receipt that completes every line moves it to delivered, and its requirement lines with it.
 */
import { badTransition, conflict, invalid, notFound } from './errors.ts';
import type { NewEvent } from './events.ts';
import { moveEvents, type Package } from './package.ts';
import { shipmentStream } from './streams.ts';

export interface Shipment {
  shipmentId: string;
  packageId: string;
  lineId: string;
  quantity: bigint;
  shippedOn: string;
  receivedQuantity: bigint | null;
  receivedOn: string | null;
}

export interface NewShipment {
  shipmentId: string;
  lineId: string;
  quantity: bigint;
  shippedOn: string;
}

export function recordShipment(pkg: Package, s: NewShipment): NewEvent[] {
  if (pkg.state !== 'contracted' && pkg.state !== 'delivering') {
    throw badTransition('package', pkg.packageId, pkg.state, 'ship against it (only a contracted package ships)');
  }
  const line = pkg.lines.find((l) => l.lineId === s.lineId);
  if (!line) throw notFound('package line', `${pkg.packageId}/${s.lineId}`);
  if (s.quantity <= 0n) throw invalid('quantity', 'must be more than zero');
  const left = line.quantity - (line.shipped - line.lost);
  if (s.quantity > left) {
    throw conflict(`line '${s.lineId}' of package '${pkg.packageId}' has only ${left} left to ship`, {
      contracted: line.quantity.toString(),
      shipped: line.shipped.toString(),
      lost: line.lost.toString(),
      left: left.toString(),
    });
  }
  const events: NewEvent[] = [
    {
      type: 'ShipmentRecorded',
      stream: shipmentStream(s.shipmentId),
      payload: { shipmentId: s.shipmentId, packageId: pkg.packageId, lineId: s.lineId, quantity: s.quantity.toString(), shippedOn: s.shippedOn },
    },
  ];
  if (pkg.state === 'contracted') events.push(...moveEvents(pkg, 'delivering'));
  return events;
}

export interface Receipt {
  quantity: bigint;
  receivedOn: string;
  note?: string | undefined;
}

/**
 * The recipient confirms a shipment, once. A shortfall (fewer received than shipped, zero for a lost
 * shipment) is recorded as such; the package is delivered only when every line has all it contracted.
 */
export function confirmReceipt(pkg: Package, s: Shipment, r: Receipt): NewEvent[] {
  if (r.quantity < 0n) throw invalid('quantity', 'must not be negative');
  if (r.receivedOn < s.shippedOn) throw invalid('receivedOn', `must not be before the shipment date ${s.shippedOn}`);
  if (s.receivedQuantity !== null) {
    throw conflict(`shipment '${s.shipmentId}' was already confirmed (${s.receivedQuantity} received on ${s.receivedOn})`, {
      receivedQuantity: s.receivedQuantity.toString(),
    });
  }
  if (pkg.state !== 'delivering') throw badTransition('package', pkg.packageId, pkg.state, 'confirm receipt against it');
  if (r.quantity > s.quantity) {
    throw conflict(`shipment '${s.shipmentId}' carried ${s.quantity}; ${r.quantity} cannot have been received`, { shipped: s.quantity.toString() });
  }
  const events: NewEvent[] = [
    {
      type: 'ReceiptConfirmed',
      stream: shipmentStream(s.shipmentId),
      payload: { shipmentId: s.shipmentId, quantity: r.quantity.toString(), receivedOn: r.receivedOn, note: r.note },
    },
  ];
  const complete = pkg.lines.every((l) => l.received + (l.lineId === s.lineId ? r.quantity : 0n) === l.quantity);
  if (complete) events.push(...moveEvents(pkg, 'delivered'));
  return events;
}
