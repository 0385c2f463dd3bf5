/** Health, the acting organization, organizations and the event log read. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { COMMANDS } from '../../commands/index.ts';
import { ROLES } from '../../domain/actors.ts';
import type { Database } from '../../store/db.ts';
import { lastSeq } from '../../store/event-log.ts';
import { visibleEvents } from '../../store/queries/event-views.ts';
import { clearanceOf } from '../clearance.ts';
import { requireActor } from '../auth.ts';
import { commandRoute } from '../command-route.ts';
import { eventOut, readErrors } from '../schemas.ts';

const orgOut = z.object({ orgId: z.string(), name: z.string(), role: z.enum(ROLES), country: z.string().nullable() }).meta({ id: 'Organization' });

async function listOrgs(db: Database) {
  return db.query<{ orgId: string; name: string; role: (typeof ROLES)[number]; country: string | null }>(
    'SELECT org_id AS "orgId", name, role, country FROM organizations ORDER BY role, org_id',
  );
}

export function metaRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/health',
    { schema: { tags: ['meta'], summary: 'Liveness and the store in use', response: { 200: z.object({ ok: z.boolean(), store: z.string(), events: z.number() }) } } },
    async () => ({ ok: true, store: db.kind, events: await lastSeq(db) }),
  );
  r.get(
    '/me',
    {
      schema: {
        tags: ['meta'],
        summary: 'Who the token speaks for',
        security: [{ bearer: [] }],
        response: { 200: z.object({ orgId: z.string(), role: z.enum(ROLES), userId: z.string(), organization: orgOut.nullable() }), ...readErrors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const org = (await listOrgs(db)).find((o) => o.orgId === actor.orgId) ?? null;
      return { ...actor, organization: org };
    },
  );
  r.get(
    '/organizations',
    { schema: { tags: ['meta'], summary: 'Participating organizations and their roles', response: { 200: z.object({ items: z.array(orgOut) }) } } },
    async () => ({ items: await listOrgs(db) }),
  );
  commandRoute(app, db, {
    method: 'POST',
    url: '/organizations',
    command: COMMANDS.registerOrganization,
    tags: ['meta'],
    entity: orgOut,
    status: 201,
    load: async (_db, events) => (await listOrgs(db)).find((o) => o.orgId === (events[0]!.payload as { orgId: string }).orgId),
  });
  r.get(
    '/events',
    {
      schema: {
        tags: ['log'],
        summary: 'The event log, in order, as you may read it: events about records hidden from you are left out, withheld fields are null; page with afterSeq',
        security: [{ bearer: [] }],
        querystring: z.object({
          afterSeq: z.coerce.number().int().min(0).default(0),
          limit: z.coerce.number().int().min(1).max(1000).default(100),
          type: z.string().max(60).optional(),
          stream: z.string().max(120).optional(),
        }),
        response: { 200: z.object({ items: z.array(eventOut), lastSeq: z.number() }), ...readErrors },
      },
    },
    async (req) => {
      requireActor(req);
      const items = await visibleEvents(db, await clearanceOf(db, req), req.query);
      return { items, lastSeq: await lastSeq(db) };
    },
  );
}
