/** Monthly list-version endpoints: list, read with approvals and history, propose, approve. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { COMMANDS } from '../../commands/index.ts';
import { idSchema, isoMonth } from '../../commands/schemas.ts';
import { ROLES } from '../../domain/actors.ts';
import { notFound } from '../../domain/errors.ts';
import { LIST_VERSION_STATUSES } from '../../domain/list-version.ts';
import type { Database } from '../../store/db.ts';
import { listListVersionViews, listVersionHistory, listVersionView } from '../../store/queries/list-version-views.ts';
import { requireActor } from '../auth.ts';
import { commandRoute } from '../command-route.ts';
import { eventOut, pageQuery, readErrors } from '../schemas.ts';

export const listVersionOut = z
  .object({
    versionId: z.string(),
    month: z.string(),
    status: z.enum(LIST_VERSION_STATUSES),
    lines: z.array(z.object({ lineId: z.string(), rank: z.number().int() })),
    approvals: z.array(z.object({ role: z.enum(ROLES), orgId: z.string(), approvedAt: z.string() })),
    pendingRoles: z.array(z.enum(ROLES)).describe('Roles whose approval is still missing'),
    proposedAt: z.string(),
    approvedAt: z.string().nullable(),
  })
  .meta({ id: 'ListVersion' });

const listVersionDetailOut = listVersionOut.extend({ history: z.array(eventOut) }).meta({ id: 'ListVersionWithHistory' });
const versionParams = z.object({ versionId: idSchema });

export function listVersionRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/list-versions',
    {
      schema: {
        tags: ['requirements'],
        summary: 'Monthly versions of the list, newest month first',
        security: [{ bearer: [] }],
        querystring: pageQuery.extend({ month: isoMonth.optional(), status: z.enum(LIST_VERSION_STATUSES).optional() }),
        response: { 200: z.object({ items: z.array(listVersionOut), total: z.number().int(), limit: z.number(), offset: z.number() }), ...readErrors },
      },
    },
    async (req) => {
      requireActor(req);
      const page = await listListVersionViews(db, req.query);
      return { ...page, limit: req.query.limit, offset: req.query.offset };
    },
  );
  r.get(
    '/list-versions/:versionId',
    {
      schema: {
        tags: ['requirements'],
        summary: 'One list version with its ranked lines, approvals and history',
        security: [{ bearer: [] }],
        params: versionParams,
        response: { 200: listVersionDetailOut, ...readErrors },
      },
    },
    async (req) => {
      requireActor(req);
      const v = await listVersionView(db, req.params.versionId);
      if (!v) throw notFound('list version', req.params.versionId);
      return { ...v, history: await listVersionHistory(db, v.versionId) };
    },
  );

  const loadVersion = async (_db: Database, events: { payload: unknown }[]) =>
    listVersionView(db, (events[0]!.payload as { versionId: string }).versionId);
  const common = { tags: ['requirements'], entity: listVersionOut, load: loadVersion };
  commandRoute(app, db, { ...common, method: 'POST', url: '/list-versions', command: COMMANDS.proposeListVersion, status: 201 });
  commandRoute(app, db, {
    ...common,
    method: 'POST',
    url: '/list-versions/:versionId/approve',
    params: versionParams,
    command: COMMANDS.approveListVersion,
  });
}
