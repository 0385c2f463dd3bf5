/**
 * Classification: POST /classifications (the classify command: who may read a record or one of its
 * sensitive fields), GET /classifications (the levels set on records the caller may see), and
 * GET /access-log (every read of restricted data the caller's organization owns: who, what, when).
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { COMMANDS } from '../../commands/index.ts';
import { CLASSIFIED_KINDS, LEVELS } from '../../domain/classification.ts';
import type { Database } from '../../store/db.ts';
import { loadClassificationState, ownersOf } from '../../store/repositories/classifications.ts';
import { accessLogFor } from '../../store/queries/access-log.ts';
import { requireActor } from '../auth.ts';
import { clearanceOf } from '../clearance.ts';
import { commandRoute } from '../command-route.ts';
import { pageQuery, readErrors } from '../schemas.ts';

const classificationOut = z
  .object({
    kind: z.enum(CLASSIFIED_KINDS),
    id: z.string(),
    field: z.string(),
    level: z.enum(LEVELS),
    reason: z.string().nullable(),
    discloseOn: z.string().nullable(),
    readers: z.array(z.string()).nullable().describe("The organizations named as readers (restricted only); null unless you are one of the record's owners, who may change them"),
  })
  .meta({ id: 'Classification' });

interface Row {
  kind: (typeof CLASSIFIED_KINDS)[number];
  id: string;
  field: string;
  level: (typeof LEVELS)[number];
  reason: string | null;
  disclose_on: string | null;
  readers: string[];
}

export function classificationRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const rows = async () =>
    db.query<Row>("SELECT kind, id, field, level, reason, to_char(disclose_on, 'YYYY-MM-DD') AS disclose_on, readers FROM classifications ORDER BY kind, id, field");
  const out = (x: Row, owner: boolean) => ({ kind: x.kind, id: x.id, field: x.field, level: x.level, reason: x.reason, discloseOn: x.disclose_on, readers: owner ? x.readers : null });
  r.get(
    '/classifications',
    {
      schema: {
        tags: ['classification'],
        summary: 'Levels set on records you may see (records with none set have the default: public for sourced pledges, else coalition)',
        security: [{ bearer: [] }],
        querystring: z.object({ kind: z.enum(CLASSIFIED_KINDS).optional() }),
        response: { 200: z.object({ items: z.array(classificationOut) }), ...readErrors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const c = await clearanceOf(db, req);
      const state = await loadClassificationState(db);
      return {
        items: (await rows())
          .filter((x) => (!req.query.kind || x.kind === req.query.kind) && c.canSee(x.kind, x.id))
          .map((x) => out(x, ownersOf(state, x.kind, x.id).includes(actor.orgId))),
      };
    },
  );
  commandRoute(app, db, {
    method: 'POST',
    url: '/classifications',
    command: COMMANDS.classify,
    tags: ['classification'],
    entity: classificationOut,
    // The classifier is an owner: it sees the readers it named.
    load: async (_db, events) => {
      const p = events[0]!.payload as { kind: Row['kind']; id: string; field: string };
      const x = (await rows()).find((y) => y.kind === p.kind && y.id === p.id && y.field === p.field);
      return x ? out(x, true) : null;
    },
  });
  r.get(
    '/access-log',
    {
      schema: {
        tags: ['classification'],
        summary: "Reads of restricted data your organization owns: who read what, when, through which route (newest first)",
        security: [{ bearer: [] }],
        querystring: pageQuery,
        response: {
          200: z.object({
            items: z.array(
              z.object({ at: z.string(), viewerOrg: z.string(), viewerUser: z.string(), kind: z.enum(CLASSIFIED_KINDS), recordId: z.string(), field: z.string(), route: z.string() }),
            ),
            total: z.number().int(),
            limit: z.number(),
            offset: z.number(),
          }),
          ...readErrors,
        },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      return { ...(await accessLogFor(db, actor.orgId, req.query)), limit: req.query.limit, offset: req.query.offset };
    },
  );
}
