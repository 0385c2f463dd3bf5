/**
 * Proves the delivery rules: only a contracted (or delivering) package ships, never more of a line
 * than was contracted; the first shipment starts delivery; a receipt is confirmed once per shipment
 * and never exceeds what it carried; the receipt that completes every line delivers the package and
 * its lines, and a shortfall keeps it delivering.
 */
import { describe, expect, it } from 'vitest';
import { aLine, aPackage, refusal } from '../../test/support/package-fixtures.ts';
import { confirmReceipt, recordShipment, type Shipment } from './delivery.ts';
import type { PackageState } from './events.ts';

const contracted = aPackage({ state: 'contracted', lines: [aLine({ lineId: 'a', quantity: 10n }), aLine({ lineId: 'b', quantity: 5n })] });
const ship = { shipmentId: 'ship-1', lineId: 'a', quantity: 4n, shippedOn: '2025-09-10' };
const shipment: Shipment = { shipmentId: 'ship-1', packageId: 'pkg-1', lineId: 'a', quantity: 4n, shippedOn: '2025-09-10', receivedQuantity: null, receivedOn: null };

describe('recordShipment', () => {
  it('starts delivery with the first shipment', () => {
    const events = recordShipment(contracted, ship);
    expect(events.map((e) => e.type)).toEqual(['ShipmentRecorded', 'PackageStateChanged']);
    expect(events[0]).toMatchObject({ stream: 'shipment:ship-1', payload: { packageId: 'pkg-1', lineId: 'a', quantity: '4' } });
    expect(events[1]!.payload).toMatchObject({ from: 'contracted', to: 'delivering' });
  });

  it('records later shipments without a state change', () => {
    expect(recordShipment({ ...contracted, state: 'delivering' }, ship).map((e) => e.type)).toEqual(['ShipmentRecorded']);
  });

  it('never ships more of a line than was contracted', () => {
    const partly = aPackage({ state: 'delivering', lines: [aLine({ lineId: 'a', quantity: 10n, shipped: 7n })] });
    expect(recordShipment(partly, { ...ship, quantity: 3n })).toHaveLength(1);
    const err = refusal(() => recordShipment(partly, { ...ship, quantity: 4n }));
    expect(err.code).toBe('conflict');
    expect(err.detail.left).toBe('3');
  });

  it('lets the supplier ship again what a short receipt recorded as lost, and no more', () => {
    // 10 contracted, 10 shipped, 7 received: 3 lost, so 3 may ship again.
    const short = aPackage({ state: 'delivering', lines: [aLine({ lineId: 'a', quantity: 10n, shipped: 10n, received: 7n, lost: 3n })] });
    expect(recordShipment(short, { ...ship, quantity: 3n })).toHaveLength(1);
    expect(refusal(() => recordShipment(short, { ...ship, quantity: 4n })).detail.left).toBe('3');
  });

  it('refuses a line the package does not hold', () => {
    expect(refusal(() => recordShipment(contracted, { ...ship, lineId: 'zz' })).code).toBe('not_found');
  });

  it.each<PackageState>(['draft', 'prioritised', 'funding', 'funded', 'delivered', 'closed', 'cancelled'])('refuses a %s package', (state) => {
    expect(refusal(() => recordShipment({ ...contracted, state }, ship)).detail.currentState).toBe(state);
  });
});

describe('confirmReceipt', () => {
  const delivering = { ...contracted, state: 'delivering' as const };
  const receipt = { quantity: 4n, receivedOn: '2025-09-15' };

  it('records a receipt and keeps delivering while lines are incomplete', () => {
    expect(confirmReceipt(delivering, shipment, receipt).map((e) => e.type)).toEqual(['ReceiptConfirmed']);
  });

  it('delivers the package and its lines when the last receipt completes every line', () => {
    const almost = aPackage({ state: 'delivering', lines: [aLine({ lineId: 'a', quantity: 10n, shipped: 10n, received: 6n }), aLine({ lineId: 'b', quantity: 5n, shipped: 5n, received: 5n })] });
    const events = confirmReceipt(almost, shipment, receipt);
    expect(events.map((e) => e.type)).toEqual(['ReceiptConfirmed', 'PackageStateChanged', 'RequirementStatusChanged', 'RequirementStatusChanged']);
    expect(events[1]!.payload).toMatchObject({ from: 'delivering', to: 'delivered' });
    expect(events[2]!.payload).toEqual({ lineId: 'a', from: 'funded', to: 'delivered', packageId: 'pkg-1' });
  });

  it('records a shortfall without delivering', () => {
    const almost = aPackage({ state: 'delivering', lines: [aLine({ lineId: 'a', quantity: 4n, shipped: 4n })] });
    expect(confirmReceipt(almost, shipment, { ...receipt, quantity: 3n }).map((e) => e.type)).toEqual(['ReceiptConfirmed']);
  });

  it('never receives more than the shipment carried', () => {
    expect(refusal(() => confirmReceipt(delivering, shipment, { ...receipt, quantity: 5n })).code).toBe('conflict');
  });

  it('confirms a shipment only once', () => {
    const err = refusal(() => confirmReceipt(delivering, { ...shipment, receivedQuantity: 4n, receivedOn: '2025-09-15' }, receipt));
    expect(err.code).toBe('conflict');
    expect(err.message).toMatch(/already confirmed/);
  });

  it('refuses a receipt dated before the shipment, naming the field', () => {
    const err = refusal(() => confirmReceipt(delivering, shipment, { ...receipt, receivedOn: '2025-09-09' }));
    expect(err.code).toBe('validation');
    expect(err.issues[0]?.field).toBe('receivedOn');
  });
});
