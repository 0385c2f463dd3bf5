/** record-shipment: the US supplier ships part (or all) of one line of a contracted package. */
import { z } from 'zod';
import { recordShipment as decideShipment } from '../../domain/delivery.ts';
import { conflict, invalid } from '../../domain/errors.ts';
import { getPackage } from '../../store/repositories/packages.ts';
import { shipmentExists } from '../../store/repositories/shipments.ts';
import { defineCommand } from '../command.ts';
import { idSchema, isoDay, quantitySchema } from '../schemas.ts';

export const recordShipment = defineCommand({
  name: 'record-shipment',
  summary: 'Record a shipment of one package line; never more than was contracted',
  input: z.object({
    shipmentId: idSchema.optional(),
    packageId: idSchema,
    lineId: idSchema,
    quantity: quantitySchema,
    shippedOn: isoDay,
  }),
  roles: ['supplier'],
  async load(tx, i) {
    return { pkg: await getPackage(tx, i.packageId), idTaken: i.shipmentId !== undefined && (await shipmentExists(tx, i.shipmentId)) };
  },
  decide({ pkg, idTaken }, i, ctx) {
    if (i.shippedOn > ctx.now.slice(0, 10)) throw invalid('shippedOn', 'must not be in the future');
    if (idTaken) throw conflict(`shipment '${i.shipmentId}' already exists`);
    return decideShipment(pkg, { shipmentId: i.shipmentId ?? ctx.newId('ship'), lineId: i.lineId, quantity: BigInt(i.quantity), shippedOn: i.shippedOn });
  },
});
