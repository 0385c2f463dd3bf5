/** Allocation endpoints: list (by pledge or package), read, allocate and release. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { COMMANDS } from '../../commands/index.ts';
import { idSchema } from '../../commands/schemas.ts';
import { notFound } from '../../domain/errors.ts';
import { CURRENCIES, type Currency } from '../../domain/money.ts';
import type { Database } from '../../store/db.ts';
import { allocationView, listAllocationViews } from '../../store/queries/allocation-views.ts';
import { requireActor } from '../auth.ts';
import { clearanceOf } from '../clearance.ts';
import { commandRoute } from '../command-route.ts';
import { moneyOut, pageQuery, readErrors } from '../schemas.ts';

const currency = z.enum(CURRENCIES as [Currency, ...Currency[]]);

export const allocationOut = z
  .object({
    allocationId: z.string(),
    pledgeId: z.string(),
    packageId: z.string(),
    packageName: z.string().nullable(),
    contributors: z.array(z.string()).describe("The pledge's contributors"),
    amount: moneyOut.describe("In the pledge's currency"),
    usdValue: moneyOut,
    fx: z
      .array(z.object({ date: z.string(), base: currency, quote: currency, rate: z.string() }))
      .describe('The rates that valued the amount in USD: none for USD, one direct, or two through EUR'),
    released: z.boolean(),
    releasedReason: z.string().nullable(),
    allocatedAt: z.string(),
  })
  .meta({ id: 'Allocation' });

const allocationParams = z.object({ allocationId: idSchema });

export function allocationRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/allocations',
    {
      schema: {
        tags: ['allocations'],
        summary: 'List allocations, by pledge or package; live ones only unless includeReleased=true',
        security: [{ bearer: [] }],
        querystring: pageQuery.extend({
          pledgeId: idSchema.optional(),
          packageId: idSchema.optional(),
          includeReleased: z.enum(['true', 'false']).default('false'),
        }),
        response: { 200: z.object({ items: z.array(allocationOut), total: z.number().int(), limit: z.number(), offset: z.number() }), ...readErrors },
      },
    },
    async (req) => {
      requireActor(req);
      const q = req.query;
      const page = await listAllocationViews(db, await clearanceOf(db, req), { ...q, includeReleased: q.includeReleased === 'true' });
      return { ...page, limit: q.limit, offset: q.offset };
    },
  );
  r.get(
    '/allocations/:allocationId',
    {
      schema: {
        tags: ['allocations'],
        summary: 'One allocation',
        security: [{ bearer: [] }],
        params: allocationParams,
        response: { 200: allocationOut, ...readErrors },
      },
    },
    async (req) => {
      requireActor(req);
      const a = await allocationView(db, await clearanceOf(db, req), req.params.allocationId);
      if (!a) throw notFound('allocation', req.params.allocationId);
      return a;
    },
  );

  const load = async (_db: Database, events: { payload: unknown }[], _input: unknown, req: FastifyRequest) =>
    allocationView(db, await clearanceOf(db, req), (events[0]!.payload as { allocationId: string }).allocationId);
  const common = { tags: ['allocations'], entity: allocationOut, load };
  commandRoute(app, db, { ...common, method: 'POST', url: '/allocations', command: COMMANDS.allocateFunds, status: 201 });
  commandRoute(app, db, { ...common, method: 'POST', url: '/allocations/:allocationId/release', params: allocationParams, command: COMMANDS.releaseAllocation });
}
