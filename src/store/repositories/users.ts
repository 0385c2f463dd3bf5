/** Reads users into domain shape, for commands (under the writer lock) and for authentication. */
import type { User, UserStatus } from '../../domain/users.ts';
import type { Queryable } from '../db.ts';

export async function findUser(q: Queryable, userId: string): Promise<User | undefined> {
  const rows = await q.query<{ user_id: string; org_id: string; display_name: string; status: UserStatus }>(
    'SELECT user_id, org_id, display_name, status FROM users WHERE user_id = $1',
    [userId],
  );
  const r = rows[0];
  return r ? { userId: r.user_id, orgId: r.org_id, displayName: r.display_name, status: r.status } : undefined;
}
