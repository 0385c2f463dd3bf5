/**
 * The demo's people: one or two users in every demo organization, all with the same published
 * password, so that anyone can sign in to the web app as each role. Demo only: `npm start` prints
 * the password. Registered through the dispatcher (UserRegistered is in the log like everything
 * else); their passwords are hashed at a low cost (DEMO_COST), since the password is public anyway.
 */
import { setPassword } from '../auth/credentials.ts';
import { DEMO_COST } from '../auth/password.ts';
import { COMMANDS } from '../commands/index.ts';
import { dispatch } from '../commands/dispatch.ts';
import { SYSTEM_ACTOR } from '../domain/actors.ts';
import type { Database } from '../store/db.ts';
import { ALLY_ORGS } from './organizations.ts';

export const DEMO_PASSWORD = 'purl-demo-password';

export interface DemoUser {
  userId: string;
  orgId: string;
  displayName: string;
}

export const DEMO_USERS: DemoUser[] = [
  { userId: 'planner@ua-mod', orgId: 'ua-mod', displayName: 'Defence planner, Ministry of Defence of Ukraine (demo)' },
  { userId: 'logistics@ua-mod', orgId: 'ua-mod', displayName: 'Receiving officer, Ministry of Defence of Ukraine (demo)' },
  { userId: 'coordinator@nato', orgId: 'nato', displayName: 'PURL coordinator, NSATU (demo)' },
  { userId: 'analyst@nato', orgId: 'nato', displayName: 'Funding analyst, SHAPE (demo)' },
  { userId: 'supplier@us-dod', orgId: 'us-dod', displayName: 'Case manager, US Department of Defense (demo)' },
  { userId: 'auditor@audit', orgId: 'audit', displayName: 'Auditor, joint audit office (demo)' },
  ...ALLY_ORGS.map((o) => ({ userId: `desk@${o.orgId}`, orgId: o.orgId, displayName: `PURL desk, ${o.name} (demo)` })),
];

export async function registerDemoUsers(db: Database, at = new Date('2025-07-14T12:00:00Z')): Promise<void> {
  for (const u of DEMO_USERS) await dispatch(db, COMMANDS.registerUser, { actor: SYSTEM_ACTOR, input: u }, { now: () => at });
  // Hashing runs in the thread pool, so the users' hashes are computed side by side.
  await Promise.all(DEMO_USERS.map((u) => setPassword(db, u.userId, DEMO_PASSWORD, { cost: DEMO_COST, now: at, by: 'demo seed' })));
}
