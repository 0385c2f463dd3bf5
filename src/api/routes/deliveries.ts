/** Shipment endpoints: list, read, record a shipment (supplier) and confirm its receipt (recipient). */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { COMMANDS } from '../../commands/index.ts';
import { idSchema } from '../../commands/schemas.ts';
import { notFound } from '../../domain/errors.ts';
import type { Database } from '../../store/db.ts';
import { listShipmentViews, shipmentView } from '../../store/queries/shipment-views.ts';
import { requireActor } from '../auth.ts';
import { commandRoute } from '../command-route.ts';
import { clearanceOf } from '../clearance.ts';
import { levelOut, pageQuery, readErrors, withheldOut } from '../schemas.ts';

export const shipmentOut = z
  .object({
    shipmentId: z.string(),
    packageId: z.string(),
    lineId: z.string().nullable().describe("Null when the package's lines are withheld from you"),
    item: z.string().nullable(),
    quantity: z.string().nullable(),
    shippedOn: z.string().nullable().describe("Null when the shipment's schedule is withheld from you"),
    receivedQuantity: z.string().nullable().describe('Null until the recipient confirms receipt'),
    receivedOn: z.string().nullable(),
    note: z.string().nullable(),
    classification: z.object({ record: levelOut, schedule: levelOut }).describe('The levels in force on the shipment and on its schedule'),
    withheld: z.array(withheldOut).describe('Fields withheld from you, and why'),
  })
  .meta({ id: 'Shipment' });

const shipmentParams = z.object({ shipmentId: idSchema });

export function deliveryRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/shipments',
    {
      schema: {
        tags: ['deliveries'],
        summary: 'List shipments, by package and by whether receipt is confirmed',
        security: [{ bearer: [] }],
        querystring: pageQuery.extend({ packageId: idSchema.optional(), confirmed: z.enum(['true', 'false']).optional() }),
        response: { 200: z.object({ items: z.array(shipmentOut), total: z.number().int(), limit: z.number(), offset: z.number() }), ...readErrors },
      },
    },
    async (req) => {
      requireActor(req);
      const q = req.query;
      const page = await listShipmentViews(db, await clearanceOf(db, req), { ...q, confirmed: q.confirmed === undefined ? undefined : q.confirmed === 'true' });
      return { ...page, limit: q.limit, offset: q.offset };
    },
  );
  r.get(
    '/shipments/:shipmentId',
    {
      schema: { tags: ['deliveries'], summary: 'One shipment', security: [{ bearer: [] }], params: shipmentParams, response: { 200: shipmentOut, ...readErrors } },
    },
    async (req) => {
      requireActor(req);
      const s = await shipmentView(db, await clearanceOf(db, req), req.params.shipmentId);
      if (!s) throw notFound('shipment', req.params.shipmentId);
      return s;
    },
  );

  const load = async (_db: Database, events: { payload: unknown }[], _input: unknown, req: FastifyRequest) =>
    shipmentView(db, await clearanceOf(db, req), (events[0]!.payload as { shipmentId: string }).shipmentId);
  const common = { tags: ['deliveries'], entity: shipmentOut, load };
  commandRoute(app, db, { ...common, method: 'POST', url: '/shipments', command: COMMANDS.recordShipment, status: 201 });
  commandRoute(app, db, { ...common, method: 'POST', url: '/shipments/:shipmentId/confirm', params: shipmentParams, command: COMMANDS.confirmReceipt });
}
