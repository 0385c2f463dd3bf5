/** disable-user: a person may no longer act for their organization; their sessions stop at once. */
import { z } from 'zod';
import { ROLES } from '../../domain/actors.ts';
import { notFound } from '../../domain/errors.ts';
import { assertActive, assertMayManageUsers, orgOfUserId } from '../../domain/users.ts';
import { findUser } from '../../store/repositories/users.ts';
import { defineCommand } from '../command.ts';
import { reasonSchema } from '../schemas.ts';
import { userIdSchema } from './register-user.ts';

export const disableUser = defineCommand({
  name: 'disable-user',
  summary: 'Disable a user (the coordinator for anyone, an organization for its own), with a reason',
  input: z.object({ userId: userIdSchema, reason: reasonSchema }),
  roles: ROLES,
  load: (tx, i) => findUser(tx, i.userId),
  decide(user, i, ctx) {
    // Whose user it is follows from the id itself, so a stranger learns nothing from not_found.
    assertMayManageUsers(ctx.actor, user?.orgId ?? orgOfUserId(i.userId), 'disable its users');
    if (!user) throw notFound('user', i.userId);
    assertActive(user, 'disable it');
    return [{ type: 'UserDisabled', stream: `user:${user.userId}`, payload: { userId: user.userId, reason: i.reason } }];
  },
});
