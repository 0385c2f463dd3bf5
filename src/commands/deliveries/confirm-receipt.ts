/**
 * confirm-receipt: the recipient confirms what one shipment delivered, once. Zero is allowed: a lost
 * shipment is recorded as such. The receipt that completes every line delivers the package.
 */
import { z } from 'zod';
import { confirmReceipt as decideReceipt } from '../../domain/delivery.ts';
import { invalid } from '../../domain/errors.ts';
import { getPackage } from '../../store/repositories/packages.ts';
import { getShipment } from '../../store/repositories/shipments.ts';
import { defineCommand } from '../command.ts';
import { idSchema, isoDay } from '../schemas.ts';

export const confirmReceipt = defineCommand({
  name: 'confirm-receipt',
  summary: 'Confirm the receipt of a shipment (the quantity that arrived, at most what was shipped)',
  input: z.object({
    shipmentId: idSchema,
    quantity: z.string().regex(/^\d{1,15}$/, 'must be a whole number (0 or more), as a string of digits'),
    receivedOn: isoDay,
    note: z.string().trim().max(2000).optional(),
  }),
  roles: ['recipient'],
  async load(tx, i) {
    const shipment = await getShipment(tx, i.shipmentId);
    return { shipment, pkg: await getPackage(tx, shipment.packageId) };
  },
  decide({ shipment, pkg }, i, ctx) {
    if (i.receivedOn > ctx.now.slice(0, 10)) throw invalid('receivedOn', 'must not be in the future');
    return decideReceipt(pkg, shipment, { quantity: BigInt(i.quantity), receivedOn: i.receivedOn, note: i.note });
  },
});
