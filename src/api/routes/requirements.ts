/** Requirement endpoints: the ranked list, one line with its history, and one write route per line command. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { COMMANDS } from '../../commands/index.ts';
import { capabilityAreaSchema } from '../../commands/requirements/propose-requirement.ts';
import { idSchema } from '../../commands/schemas.ts';
import { notFound } from '../../domain/errors.ts';
import { REQUIREMENT_STATUSES } from '../../domain/requirement.ts';
import type { Database } from '../../store/db.ts';
import { listRequirementViews, rankingView, requirementHistory, requirementView } from '../../store/queries/requirement-views.ts';
import { requireActor } from '../auth.ts';
import { commandRoute } from '../command-route.ts';
import { eventOut, moneyOut, pageQuery, readErrors } from '../schemas.ts';

export const requirementOut = z
  .object({
    lineId: z.string(),
    capabilityArea: z.string(),
    item: z.string(),
    quantity: z.string(),
    unit: z.string(),
    estimatedUnitPrice: moneyOut,
    estimatedTotal: moneyOut,
    unitPrice: moneyOut.nullable(),
    pricedTotal: moneyOut.nullable(),
    availability: z.string().nullable(),
    neededBy: z.string(),
    partialAllowed: z.boolean(),
    rank: z.number().int().nullable().describe('1 = most urgent; null once the line has left the ranking'),
    status: z.enum(REQUIREMENT_STATUSES),
    statusReason: z.string().nullable(),
    packageId: z.string().nullable(),
    illustrative: z.boolean().describe('true for invented demonstration lines'),
    proposedAt: z.string(),
    validatedAt: z.string().nullable(),
    pricedAt: z.string().nullable(),
    fundedAt: z.string().nullable(),
    deliveredAt: z.string().nullable(),
  })
  .meta({ id: 'Requirement' });

const requirementDetailOut = requirementOut.extend({ history: z.array(eventOut) }).meta({ id: 'RequirementWithHistory' });
const rankingOut = z.object({ items: z.array(requirementOut) }).meta({ id: 'Ranking', description: 'The active lines, most urgent first' });
const lineParams = z.object({ lineId: idSchema });

export function requirementRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/requirements',
    {
      schema: {
        tags: ['requirements'],
        summary: 'List requirement lines by rank (then id), filtered and paginated',
        security: [{ bearer: [] }],
        querystring: pageQuery.extend({
          status: z.enum([...REQUIREMENT_STATUSES, 'active']).optional().describe('A status, or `active` for every ranked line'),
          capabilityArea: capabilityAreaSchema.optional(),
        }),
        response: { 200: z.object({ items: z.array(requirementOut), total: z.number().int(), limit: z.number(), offset: z.number() }), ...readErrors },
      },
    },
    async (req) => {
      requireActor(req);
      const page = await listRequirementViews(db, req.query);
      return { ...page, limit: req.query.limit, offset: req.query.offset };
    },
  );
  r.get(
    '/requirements/:lineId',
    {
      schema: {
        tags: ['requirements'],
        summary: 'One requirement line with the history of its events',
        security: [{ bearer: [] }],
        params: lineParams,
        response: { 200: requirementDetailOut, ...readErrors },
      },
    },
    async (req) => {
      requireActor(req);
      const line = await requirementView(db, req.params.lineId);
      if (!line) throw notFound('requirement', req.params.lineId);
      return { ...line, history: await requirementHistory(db, line.lineId) };
    },
  );

  const loadLine = async (_db: Database, events: { payload: unknown }[]) => requirementView(db, (events[0]!.payload as { lineId: string }).lineId);
  const common = { tags: ['requirements'], entity: requirementOut, load: loadLine };
  commandRoute(app, db, { ...common, method: 'POST', url: '/requirements', command: COMMANDS.proposeRequirement, status: 201 });
  commandRoute(app, db, {
    method: 'POST',
    url: '/requirements/rerank',
    command: COMMANDS.rerankRequirements,
    tags: ['requirements'],
    entity: rankingOut,
    load: async () => ({ items: await rankingView(db) }),
  });
  const moves = [
    ['validate', COMMANDS.validateRequirement],
    ['reject', COMMANDS.rejectRequirement],
    ['price', COMMANDS.priceRequirement],
    ['withdraw', COMMANDS.withdrawRequirement],
  ] as const;
  for (const [path, command] of moves) {
    commandRoute(app, db, { ...common, method: 'POST', url: `/requirements/:lineId/${path}`, params: lineParams, command });
  }
}
