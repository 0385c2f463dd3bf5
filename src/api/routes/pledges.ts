/** Pledge endpoints: list, read, and one write route per pledge command. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { COMMANDS } from '../../commands/index.ts';
import { idSchema } from '../../commands/schemas.ts';
import { notFound } from '../../domain/errors.ts';
import type { Database } from '../../store/db.ts';
import { listPledgeViews, pledgeView } from '../../store/queries/pledge-views.ts';
import { requireActor } from '../auth.ts';
import { commandRoute } from '../command-route.ts';
import { clearanceOf } from '../clearance.ts';
import { levelOut, moneyOut, pageQuery, readErrors, sourceOut, withheldOut } from '../schemas.ts';


export const pledgeOut = z
  .object({
    pledgeId: z.string(),
    contributors: z.array(z.object({ orgId: z.string(), share: moneyOut.optional() })),
    amount: moneyOut.nullable(),
    amountMissingReason: z.string().nullable(),
    qualifier: z.string(),
    statedEquivalent: moneyOut.nullable(),
    earmark: z.record(z.string(), z.unknown()),
    announcedOn: z.object({ value: z.string(), precision: z.string() }),
    contents: z.string().nullable(),
    packageNumberClaim: z.string().nullable(),
    sources: z.array(sourceOut),
    note: z.string().nullable(),
    figureBasis: z.string().nullable().describe('Which figure the ledger uses for this pledge and why, where the record offers several'),
    state: z.string(),
    stateReason: z.string().nullable(),
    paid: moneyOut.nullable(),
    allocated: moneyOut.nullable(),
    duplicateOf: z.string().nullable(),
    duplicateReason: z.string().nullable(),
    counts: z.boolean(),
    recordedAt: z.string(),
    classification: z.object({ record: levelOut, amount: levelOut }).describe('The levels in force on the record and on its amount'),
    withheld: z.array(withheldOut).describe('Fields this caller may not read (their values are null or left out), and why'),
  })
  .meta({ id: 'Pledge' });

const pledgeParams = z.object({ pledgeId: idSchema });

export function pledgeRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/pledges',
    {
      schema: {
        tags: ['pledges'],
        summary: 'List pledges, filtered and paginated',
        security: [{ bearer: [] }],
        querystring: pageQuery.extend({
          contributor: idSchema.optional(),
          state: z.enum(['announced', 'pledged', 'committed', 'paid', 'withdrawn', 'lapsed', 'cancelled']).optional(),
          currency: z.string().length(3).optional(),
          includeDuplicates: z.enum(['true', 'false']).default('true'),
        }),
        response: { 200: z.object({ items: z.array(pledgeOut), total: z.number().int(), limit: z.number(), offset: z.number() }), ...readErrors },
      },
    },
    async (req) => {
      requireActor(req);
      const q = req.query;
      const page = await listPledgeViews(db, await clearanceOf(db, req), { ...q, includeDuplicates: q.includeDuplicates === 'true' });
      return { ...page, limit: q.limit, offset: q.offset };
    },
  );
  r.get(
    '/pledges/:pledgeId',
    {
      schema: {
        tags: ['pledges'],
        summary: 'One pledge with contributors, sources, payments and allocations so far',
        security: [{ bearer: [] }],
        params: pledgeParams,
        response: { 200: pledgeOut, ...readErrors },
      },
    },
    async (req) => {
      requireActor(req);
      const p = await pledgeView(db, await clearanceOf(db, req), req.params.pledgeId);
      if (!p) throw notFound('pledge', req.params.pledgeId);
      return p;
    },
  );

  const loadPledge = async (_db: Database, events: { payload: unknown }[], _input: unknown, req: FastifyRequest) =>
    pledgeView(db, await clearanceOf(db, req), (events[0]!.payload as { pledgeId: string }).pledgeId);
  const common = { tags: ['pledges'], entity: pledgeOut, load: loadPledge };
  commandRoute(app, db, { ...common, method: 'POST', url: '/pledges', command: COMMANDS.announcePledge, status: 201 });
  const moves = [
    ['confirm', COMMANDS.confirmPledge],
    ['commit', COMMANDS.commitPledge],
    ['withdraw', COMMANDS.withdrawPledge],
    ['lapse', COMMANDS.lapsePledge],
    ['cancel', COMMANDS.cancelPledge],
    ['payments', COMMANDS.recordPayment],
    ['amount', COMMANDS.changePledgeAmount],
    ['duplicate', COMMANDS.markPledgeDuplicate],
  ] as const;
  for (const [path, command] of moves) {
    commandRoute(app, db, { ...common, method: 'POST', url: `/pledges/:pledgeId/${path}`, params: pledgeParams, command });
  }
}
