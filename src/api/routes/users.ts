/**
 * People: GET /users (an organization sees its own; the coordinator and auditors see all), and the
 * two commands POST /users (register-user) and POST /users/{userId}/disable (disable-user). Passwords
 * are set beside the log with `purl users add|reset-password`, never through a command.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { COMMANDS } from '../../commands/index.ts';
import { idSchema } from '../../commands/schemas.ts';
import { userIdSchema } from '../../commands/users/register-user.ts';
import type { Actor } from '../../domain/actors.ts';
import { forbidden } from '../../domain/errors.ts';
import type { Database } from '../../store/db.ts';
import { listUsers } from '../../store/queries/user-views.ts';
import { requireActor } from '../auth.ts';
import { commandRoute } from '../command-route.ts';
import { readErrors } from '../schemas.ts';

export const userOut = z
  .object({
    userId: z.string(),
    orgId: z.string(),
    displayName: z.string(),
    status: z.enum(['active', 'disabled']),
    registeredAt: z.string(),
    disabledAt: z.string().nullable(),
    disabledReason: z.string().nullable(),
    hasPassword: z.boolean().describe('a password is set, so the user can sign in'),
    totpEnabled: z.boolean().describe('sign-in also needs a one-time code'),
  })
  .meta({ id: 'User' });

const seesEveryone = (a: Actor): boolean => a.role === 'coordinator' || a.role === 'auditor';

export function userRoutes(app: FastifyInstance, db: Database): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/users',
    {
      schema: {
        tags: ['users'],
        summary: "Users: your organization's (the coordinator and auditors see every organization's)",
        security: [{ bearer: [] }],
        querystring: z.object({ orgId: idSchema.optional() }),
        response: { 200: z.object({ items: z.array(userOut) }), ...readErrors },
      },
    },
    async (req) => {
      const actor = requireActor(req);
      const orgId = req.query.orgId ?? (seesEveryone(actor) ? undefined : actor.orgId);
      if (orgId !== actor.orgId && !seesEveryone(actor)) throw forbidden(`you may list only the users of '${actor.orgId}'`);
      return { items: await listUsers(db, { orgId }) };
    },
  );
  const loadUser = async (_db: Database, _e: unknown, input: Record<string, unknown>) => (await listUsers(db, { userId: input.userId as string }))[0];
  commandRoute(app, db, { method: 'POST', url: '/users', command: COMMANDS.registerUser, tags: ['users'], entity: userOut, status: 201, load: loadUser });
  commandRoute(app, db, {
    method: 'POST',
    url: '/users/:userId/disable',
    command: COMMANDS.disableUser,
    tags: ['users'],
    params: z.object({ userId: userIdSchema }),
    entity: userOut,
    load: loadUser,
  });
}
