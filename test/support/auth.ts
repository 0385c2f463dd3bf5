/**
 * An API for authentication tests: the demo organizations and tokens, a few users with passwords
 * (hashed at the demo cost, to keep tests fast), an injected clock that tests move, and a policy
 * of the test's choosing. Helpers sign in, read the session cookie, and count what a refusal could
 * have written (events, sessions, credentials), so tests can show it wrote only the audit row.
 */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/api/app.ts';
import type { LoggerSetting } from '../../src/api/logging.ts';
import { setPassword } from '../../src/auth/credentials.ts';
import { DEMO_COST } from '../../src/auth/password.ts';
import type { AuthPolicy } from '../../src/auth/policy.ts';
import { COMMANDS } from '../../src/commands/index.ts';
import { dispatch } from '../../src/commands/dispatch.ts';
import { SYSTEM_ACTOR } from '../../src/domain/actors.ts';
import { issueDemoTokens, registerOrganizations } from '../../src/demo/seed.ts';
import { lastSeq } from '../../src/store/event-log.ts';
import type { StoreCase, TestStore } from './stores.ts';

export const PASSWORD = 'correct horse battery staple';

/** The users every auth test starts with. */
export const USERS = {
  planner: { userId: 'planner@ua-mod', orgId: 'ua-mod', displayName: 'Planner' },
  coordinator: { userId: 'coordinator@nato', orgId: 'nato', displayName: 'Coordinator' },
  nl: { userId: 'desk@nl', orgId: 'nl', displayName: 'Dutch desk' },
  auditor: { userId: 'auditor@audit', orgId: 'audit', displayName: 'Auditor' },
} as const;

export interface Clock {
  at: Date;
  advance(ms: number): void;
}

export interface AuthApi {
  app: FastifyInstance;
  store: TestStore;
  clock: Clock;
  inject(opts: { method: string; url: string; headers?: Record<string, string>; payload?: unknown; remoteAddress?: string }): Promise<LightMyRequestResponse>;
  signIn(username: string, password?: string, extra?: Record<string, unknown>, remoteAddress?: string): Promise<LightMyRequestResponse>;
  /** Signs in and answers the cookie header to send back and the CSRF token. */
  session(username: string): Promise<{ cookie: string; csrf: string }>;
  /** What a refusal must not change: the log, sessions, credentials (but not the audit). */
  footprint(): Promise<{ events: number; sessions: number; credentials: string }>;
  audit(): Promise<{ principal: string; outcome: string }[]>;
  close(): Promise<void>;
}

export const cookieOf = (res: LightMyRequestResponse): string => String(res.headers['set-cookie'] ?? '').split(';')[0]!;

export async function openAuthApi(store: StoreCase, opts: { policy?: Partial<AuthPolicy>; logger?: LoggerSetting; trustProxy?: boolean } = {}): Promise<AuthApi> {
  const s = await store.open();
  await registerOrganizations(s.db);
  await issueDemoTokens(s.db);
  for (const u of Object.values(USERS)) await dispatch(s.db, COMMANDS.registerUser, { actor: SYSTEM_ACTOR, input: u });
  for (const u of Object.values(USERS)) await setPassword(s.db, u.userId, PASSWORD, { cost: DEMO_COST });
  const clock: Clock = {
    at: new Date('2025-10-01T09:00:00Z'),
    advance(ms) {
      this.at = new Date(this.at.getTime() + ms);
    },
  };
  const app = await buildApp({ db: s.db, auth: { ...opts.policy, now: () => clock.at }, logger: opts.logger, trustProxy: opts.trustProxy });
  const inject: AuthApi['inject'] = (o) =>
    app.inject({
      method: o.method as 'GET',
      url: o.url,
      headers: o.headers ?? {},
      ...(o.payload !== undefined ? { payload: o.payload as object } : {}),
      ...(o.remoteAddress ? { remoteAddress: o.remoteAddress } : {}),
    });
  const signIn: AuthApi['signIn'] = (username, password = PASSWORD, extra = {}, remoteAddress) =>
    inject({ method: 'POST', url: '/auth/sign-in', payload: { username, password, ...extra }, remoteAddress });
  return {
    app,
    store: s,
    clock,
    inject,
    signIn,
    async session(username) {
      const res = await signIn(username);
      if (res.statusCode !== 200) throw new Error(`sign-in as ${username} failed: ${res.body}`);
      return { cookie: cookieOf(res), csrf: res.json().csrfToken as string };
    },
    async footprint() {
      const sessions = await s.db.query<{ n: bigint }>('SELECT count(*)::bigint AS n FROM sessions');
      const creds = await s.db.query<{ j: string }>(
        `SELECT coalesce(string_agg(user_id || ':' || password_hash || ':' || coalesce(encode(totp_secret, 'hex'), '-'), ',' ORDER BY user_id), '') AS j FROM user_credentials`,
      );
      return { events: await lastSeq(s.db), sessions: Number(sessions[0]!.n), credentials: creds[0]!.j };
    },
    async audit() {
      return s.db.query<{ principal: string; outcome: string }>('SELECT principal, outcome FROM auth_audit ORDER BY id');
    },
    async close() {
      await app.close();
      await s.close();
    },
  };
}
