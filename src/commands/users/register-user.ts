/**
 * register-user: a person joins an organization. The coordinator may register anyone; every other
 * organization registers only its own people. No password travels with the command (its input is
 * hashed into the log's request hash): credentials are set beside the log (src/store/credentials).
 */
import { z } from 'zod';
import { ROLES } from '../../domain/actors.ts';
import { conflict, notFound } from '../../domain/errors.ts';
import { assertMayManageUsers, assertUserIdNamesOrg, USER_ID_PATTERN } from '../../domain/users.ts';
import { organizationExists } from '../../store/repositories/pledges.ts';
import { findUser } from '../../store/repositories/users.ts';
import { defineCommand } from '../command.ts';
import { idSchema } from '../schemas.ts';

export const userIdSchema = z
  .string()
  .regex(USER_ID_PATTERN, "must be name@organization: a lower-case name (letters, digits, '.', '-', '_') and the organization id, e.g. planner@ua-mod");

export const registerUser = defineCommand({
  name: 'register-user',
  summary: 'Register a person as a user of an organization (the coordinator for anyone, an organization for its own)',
  input: z.object({
    userId: userIdSchema,
    orgId: idSchema,
    displayName: z.string().trim().min(2).max(200),
  }),
  roles: ROLES,
  load: async (tx, i) => ({ orgExists: await organizationExists(tx, i.orgId), existing: await findUser(tx, i.userId) }),
  decide(s, i, ctx) {
    assertUserIdNamesOrg(i.userId, i.orgId);
    assertMayManageUsers(ctx.actor, i.orgId, 'register its users');
    if (!s.orgExists) throw notFound('organization', i.orgId);
    if (s.existing) throw conflict(`user '${i.userId}' already exists`);
    return [{ type: 'UserRegistered', stream: `user:${i.userId}`, payload: i }];
  },
});
