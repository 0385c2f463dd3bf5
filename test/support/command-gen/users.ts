/** Generators for people: registering users (by their organization or the coordinator) and disabling them. */
import type { Actor, Role } from '../../../src/domain/actors.ts';
import { pick, type Family, type World } from './world.ts';

/** Most of the time the organization itself; sometimes the coordinator; rarely a stranger (refused). */
async function managerOf(w: World, orgId: string, percent: number, n: number): Promise<Actor> {
  if (percent <= 30) return w.actor('coordinator');
  const org = await w.db.query<{ role: Role }>('SELECT role FROM organizations WHERE org_id = $1', [orgId]);
  if (percent > 97 || !org[0]) {
    const others = await w.ids(`SELECT org_id AS id FROM organizations WHERE org_id <> $1 AND role <> 'coordinator' ORDER BY org_id`, [orgId]);
    const other = pick(others, n) ?? 'nobody';
    const role = (await w.db.query<{ role: Role }>('SELECT role FROM organizations WHERE org_id = $1', [other]))[0]?.role ?? 'ally';
    return { orgId: other, role, userId: 'generator' };
  }
  return { orgId, role: org[0].role, userId: 'generator' };
}

export const userFamily: Family = {
  name: 'users',
  weight: 2,
  builders: {
    registerUser: {
      weight: 3,
      async build(w, s) {
        const orgs = await w.ids('SELECT org_id AS id FROM organizations ORDER BY org_id');
        const taken = s.percent <= 5 ? pick(await w.ids('SELECT user_id AS id FROM users ORDER BY user_id'), s.picks[1]) : undefined;
        const orgId = taken ? taken.slice(taken.lastIndexOf('@') + 1) : (pick(orgs, s.picks[0]) ?? 'nato');
        // Now and then an id already taken (conflict), or one naming another organization (validation).
        const userId = taken ?? (s.percent <= 8 ? `${w.fresh('person')}@elsewhere` : `${w.fresh('person')}@${orgId}`);
        return {
          cmd: 'registerUser',
          actor: await managerOf(w, orgId, s.percent, s.picks[2]),
          input: { userId, orgId, displayName: `Person ${userId}` },
        };
      },
    },
    disableUser: {
      weight: 2,
      async build(w, s) {
        const target = await w.target(s, `SELECT user_id AS id FROM users WHERE status = 'active' ORDER BY user_id`, 'SELECT user_id AS id FROM users ORDER BY user_id');
        if (target === null) return w.delegate('registerUser', s);
        // No user at all: a well-formed id nobody has (refused as not found, not as malformed input).
        const userId = target.includes('@') ? target : `${target}@nl`;
        const orgId = userId.slice(userId.lastIndexOf('@') + 1);
        return { cmd: 'disableUser', actor: await managerOf(w, orgId, s.percent, s.picks[2]), input: { userId, reason: 'left the organization' } };
      },
    },
  },
};
