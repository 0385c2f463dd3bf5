/** Package endpoints: list by state, one package in full, and one write route per package command. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { COMMANDS } from '../../commands/index.ts';
import { idSchema } from '../../commands/schemas.ts';
import { notFound } from '../../domain/errors.ts';
import type { PackageState } from '../../domain/events.ts';
import type { Database } from '../../store/db.ts';
import { listPackageSummaries, packageView } from '../../store/queries/package-views.ts';
import { requireActor } from '../auth.ts';
import { clearanceOf } from '../clearance.ts';
import { commandRoute } from '../command-route.ts';
import { levelOut, moneyOut, pageQuery, readErrors, withheldOut } from '../schemas.ts';
import { allocationOut } from './allocations.ts';
import { shipmentOut } from './deliveries.ts';

const PACKAGE_STATES: [PackageState, ...PackageState[]] = ['draft', 'prioritised', 'funding', 'funded', 'contracted', 'delivering', 'delivered', 'closed', 'cancelled'];

export const packageSummaryOut = z
  .object({
    packageId: z.string(),
    name: z.string(),
    state: z.enum(PACKAGE_STATES),
    stateReason: z.string().nullable(),
    price: moneyOut.describe('USD: the sum of quantity x supplier unit price over the lines'),
    funded: moneyOut.describe('USD value of the live allocations'),
    gap: moneyOut.describe('USD still missing to reach the price (zero once funded)'),
    allowOverFunding: z.boolean(),
    illustrative: z.boolean().describe('true for invented demonstration packages'),
    caseReference: z.string().nullable(),
    lineCount: z.number().int().nullable().describe("Null when the package's lines are withheld from you"),
    createdAt: z.string(),
    fundedAt: z.string().nullable(),
    contractedAt: z.string().nullable(),
    deliveryStartedAt: z.string().nullable(),
    deliveredAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    cancelledAt: z.string().nullable(),
    classification: z.object({ record: levelOut, lines: levelOut }).describe('The levels in force on the package and on its lines'),
    withheld: z.array(withheldOut).describe('Fields withheld from you, and why'),
  })
  .meta({ id: 'PackageSummary' });

export const packageOut = packageSummaryOut
  .extend({
    lines: z.array(
      z.object({
        lineId: z.string(),
        item: z.string().nullable(),
        capabilityArea: z.string().nullable(),
        unit: z.string().nullable(),
        status: z.string().nullable(),
        quantity: z.string(),
        unitPrice: moneyOut,
        total: moneyOut,
        shipped: z.string(),
        received: z.string(),
        lost: z.string().describe('shipped but confirmed not received; the supplier may ship it again'),
      }),
    )
      .nullable()
      .describe('Null when withheld from you (see withheld)'),
    allocations: z.array(allocationOut).describe('Every allocation to the package, released ones flagged'),
    shipments: z.array(shipmentOut),
  })
  .meta({ id: 'Package' });

const packageParams = z.object({ packageId: idSchema });

export function packageRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/packages',
    {
      schema: {
        tags: ['packages'],
        summary: 'List packages with their funding, filtered by state and paginated',
        security: [{ bearer: [] }],
        querystring: pageQuery.extend({ state: z.enum(PACKAGE_STATES).optional() }),
        response: { 200: z.object({ items: z.array(packageSummaryOut), total: z.number().int(), limit: z.number(), offset: z.number() }), ...readErrors },
      },
    },
    async (req) => {
      requireActor(req);
      const page = await listPackageSummaries(db, await clearanceOf(db, req), req.query);
      return { ...page, limit: req.query.limit, offset: req.query.offset };
    },
  );
  r.get(
    '/packages/:packageId',
    {
      schema: {
        tags: ['packages'],
        summary: 'One package: lines (shipped, received), allocations with contributors and USD value, funding gap, shipments',
        security: [{ bearer: [] }],
        params: packageParams,
        response: { 200: packageOut, ...readErrors },
      },
    },
    async (req) => {
      requireActor(req);
      const p = await packageView(db, await clearanceOf(db, req), req.params.packageId);
      if (!p) throw notFound('package', req.params.packageId);
      return p;
    },
  );

  const load = async (_db: Database, events: { payload: unknown }[], _input: unknown, req: FastifyRequest) =>
    packageView(db, await clearanceOf(db, req), (events[0]!.payload as { packageId: string }).packageId);
  const common = { tags: ['packages'], entity: packageOut, load };
  commandRoute(app, db, { ...common, method: 'POST', url: '/packages', command: COMMANDS.createPackage, status: 201 });
  const moves = [
    ['prioritise', COMMANDS.prioritisePackage],
    ['open-funding', COMMANDS.openPackageFunding],
    ['contract', COMMANDS.contractPackage],
    ['close', COMMANDS.closePackage],
    ['cancel', COMMANDS.cancelPackage],
  ] as const;
  for (const [path, command] of moves) {
    commandRoute(app, db, { ...common, method: 'POST', url: `/packages/:packageId/${path}`, params: packageParams, command });
  }
}
