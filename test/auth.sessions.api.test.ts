/**
 * Proves password sign-in and cookie sessions on both stores: sign-in sets an HttpOnly,
 * SameSite=Strict cookie (Secure over HTTPS) and answers a CSRF token; /me and the API work with
 * the cookie as with a bearer token; wrong passwords, forged, expired and idle cookies are refused
 * with 401 problem+json; a cookie write without the right X-CSRF-Token is refused with 403 while a
 * bearer write needs none; sign-out, a disabled user and a password reset end sessions. Every
 * refusal writes an audit row and nothing else (no event, no session, no credential).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/api/app.ts';
import { setPassword } from '../src/auth/credentials.ts';
import { DEMO_COST } from '../src/auth/password.ts';
import { COMMANDS } from '../src/commands/index.ts';
import { dispatch } from '../src/commands/dispatch.ts';
import { SYSTEM_ACTOR } from '../src/domain/actors.ts';
import { cookieOf, openAuthApi, PASSWORD, type AuthApi } from './support/auth.ts';
import { TOKENS } from './support/api.ts';
import { STORES } from './support/stores.ts';

const HOUR = 3_600_000;
const line = { capabilityArea: 'air_defence', item: 'Interceptors', quantity: '10', unit: 'missiles', estimatedUnitPrice: { minor: '100000000', currency: 'USD' }, neededBy: '2026-01' };

describe.each(STORES)('sign-in and sessions on $name', (store) => {
  let api: AuthApi;
  beforeAll(async () => {
    if (store.available) api = await openAuthApi(store, { policy: { sessionTtlMs: 12 * HOUR, sessionIdleMs: HOUR / 2 } });
  });
  afterAll(async () => api?.close());

  const problem = (res: { statusCode: number; headers: Record<string, unknown>; json(): { code: string } }, status: number, code: string) => {
    expect(res.statusCode).toBe(status);
    expect(String(res.headers['content-type'])).toContain('application/problem+json');
    expect(res.json().code).toBe(code);
  };

  it.skipIf(!store.available)('signs in with a password: an HttpOnly, SameSite=Strict cookie, a CSRF token, and /me as the user', async () => {
    const res = await api.signIn('planner@ua-mod');
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^purl_session=[A-Za-z0-9_-]{43}; /);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/');
    expect(setCookie).not.toContain('Secure'); // plain http, as on http://localhost
    expect(res.json()).toMatchObject({ actor: { orgId: 'ua-mod', role: 'recipient', userId: 'planner@ua-mod' }, idleTimeoutSeconds: 1800 });
    expect(res.json().csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const me = await api.inject({ method: 'GET', url: '/me', headers: { cookie: cookieOf(res) } });
    expect(me.json()).toMatchObject({ orgId: 'ua-mod', role: 'recipient', userId: 'planner@ua-mod' });
    const again = await api.inject({ method: 'GET', url: '/auth/session', headers: { cookie: cookieOf(res) } });
    expect(again.json().csrfToken).toBe(res.json().csrfToken);

    // The name alone with the organization beside it works too, in any case.
    expect((await api.signIn('Planner', PASSWORD, { orgId: 'ua-mod' })).statusCode).toBe(200);
    expect((await api.inject({ method: 'GET', url: '/me', headers: { authorization: `Bearer ${TOKENS.recipient}` } })).json().orgId).toBe('ua-mod');
  });

  it.skipIf(!store.available)('refuses a wrong password or an unknown user with the same 401, and writes only the audit row', async () => {
    const before = await api.footprint();
    const auditBefore = (await api.audit()).length;
    const wrong = await api.signIn('planner@ua-mod', 'not the password at all');
    const unknown = await api.signIn('nobody@ua-mod', 'not the password at all');
    problem(wrong, 401, 'unauthenticated');
    problem(unknown, 401, 'unauthenticated');
    expect(wrong.json().detail).toBe(unknown.json().detail);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    expect(await api.footprint()).toEqual(before);
    expect((await api.audit()).slice(auditBefore)).toEqual([
      { principal: 'planner@ua-mod', outcome: 'bad_password' },
      { principal: 'nobody@ua-mod', outcome: 'unknown_user' },
    ]);
    // Bad input is a 400 naming the field, and no attempt at all.
    const bad = await api.inject({ method: 'POST', url: '/auth/sign-in', payload: { username: 'planner@ua-mod' } });
    problem(bad, 400, 'validation');
    expect(bad.json().errors[0].field).toBe('body.password');
  });

  it.skipIf(!store.available)('refuses forged, expired and idle cookies with 401 and clears the cookie', async () => {
    const forged = await api.inject({ method: 'GET', url: '/me', headers: { cookie: `purl_session=${'A'.repeat(43)}` } });
    problem(forged, 401, 'unauthenticated');
    expect(String(forged.headers['set-cookie'])).toContain('Max-Age=0');
    problem(await api.inject({ method: 'GET', url: '/me', headers: { cookie: 'purl_session=not-even-the-right-shape' } }), 401, 'unauthenticated');

    // Idle: used every 20 minutes it stays alive; left alone for more than 30 it ends.
    const { cookie } = await api.session('coordinator@nato');
    for (let i = 0; i < 3; i++) {
      api.clock.advance(20 * 60_000);
      expect((await api.inject({ method: 'GET', url: '/me', headers: { cookie } })).statusCode).toBe(200);
    }
    api.clock.advance(31 * 60_000);
    problem(await api.inject({ method: 'GET', url: '/me', headers: { cookie } }), 401, 'unauthenticated');

    // Absolute: however active, a session ends 12 hours after sign-in.
    const second = await api.session('coordinator@nato');
    for (let i = 0; i < 30; i++) {
      api.clock.advance(25 * 60_000);
      const res = await api.inject({ method: 'GET', url: '/me', headers: { cookie: second.cookie } });
      expect(res.statusCode, `after ${(i + 1) * 25} minutes`).toBe((i + 1) * 25 < 12 * 60 ? 200 : 401);
    }
    const outcomes = (await api.audit()).filter((a) => a.outcome === 'bad_session');
    expect(outcomes.length).toBeGreaterThanOrEqual(4);
  });

  it.skipIf(!store.available)('refuses a cookie write without the right CSRF token (403, nothing written); a bearer write needs none', async () => {
    const { cookie, csrf } = await api.session('planner@ua-mod');
    const before = await api.footprint();
    const auditBefore = (await api.audit()).length;
    problem(await api.inject({ method: 'POST', url: '/requirements', headers: { cookie }, payload: line }), 403, 'forbidden');
    problem(await api.inject({ method: 'POST', url: '/requirements', headers: { cookie, 'x-csrf-token': csrf.slice(0, -1) + (csrf.endsWith('A') ? 'B' : 'A') }, payload: line }), 403, 'forbidden');
    const other = await api.session('coordinator@nato');
    problem(await api.inject({ method: 'POST', url: '/requirements', headers: { cookie, 'x-csrf-token': other.csrf }, payload: line }), 403, 'forbidden');
    const after = await api.footprint();
    expect(after.events).toBe(before.events);
    expect((await api.audit()).slice(auditBefore).filter((a) => a.outcome === 'csrf_refused')).toHaveLength(3);

    const ok = await api.inject({ method: 'POST', url: '/requirements', headers: { cookie, 'x-csrf-token': csrf }, payload: line });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().events[0].actorUser).toBe('planner@ua-mod');
    const bearer = await api.inject({ method: 'POST', url: '/requirements', headers: { authorization: `Bearer ${TOKENS.recipient}` }, payload: line });
    expect(bearer.statusCode).toBe(201);
    // A read needs no CSRF token.
    expect((await api.inject({ method: 'GET', url: '/requirements', headers: { cookie } })).statusCode).toBe(200);
  });

  it.skipIf(!store.available)('signs out: the session ends, its cookie is refused, and the cookie is cleared', async () => {
    const { cookie } = await api.session('desk@nl');
    const out = await api.inject({ method: 'POST', url: '/auth/sign-out', headers: { cookie } });
    expect(out.json()).toEqual({ signedOut: true });
    expect(String(out.headers['set-cookie'])).toContain('Max-Age=0');
    expect((await api.inject({ method: 'GET', url: '/me', headers: { cookie } })).statusCode).toBe(401);
    expect((await api.inject({ method: 'POST', url: '/auth/sign-out', headers: { cookie } })).json()).toEqual({ signedOut: false });
  });

  it.skipIf(!store.available)('ends the sessions of a disabled user at once, and refuses them sign-in', async () => {
    await dispatch(api.store.db, COMMANDS.registerUser, { actor: SYSTEM_ACTOR, input: { userId: 'leaver@nl', orgId: 'nl', displayName: 'Leaver' } });
    await setPassword(api.store.db, 'leaver@nl', PASSWORD, { cost: DEMO_COST });
    const { cookie } = await api.session('leaver@nl');
    const disable = await api.inject({ method: 'POST', url: '/users/leaver@nl/disable', headers: { authorization: `Bearer ${TOKENS.nl}` }, payload: { reason: 'moved to another ministry' } });
    expect(disable.statusCode, disable.body).toBe(200);
    expect((await api.inject({ method: 'GET', url: '/me', headers: { cookie } })).statusCode).toBe(401);
    problem(await api.signIn('leaver@nl'), 401, 'unauthenticated');
    expect((await api.audit()).at(-1)).toEqual({ principal: 'leaver@nl', outcome: 'disabled' });
  });

  it.skipIf(!store.available)('marks the cookie Secure when the request came over HTTPS (through a trusted proxy)', async () => {
    const proxied = await buildApp({ db: api.store.db, trustProxy: true, auth: { now: () => api.clock.at } });
    try {
      const res = await proxied.inject({ method: 'POST', url: '/auth/sign-in', headers: { 'x-forwarded-proto': 'https' }, payload: { username: 'planner@ua-mod', password: PASSWORD } });
      expect(res.statusCode).toBe(200);
      expect(String(res.headers['set-cookie'])).toMatch(/; Secure$/);
    } finally {
      await proxied.close();
    }
  });

  it.skipIf(!store.available)('ends every session of a user whose password is reset', async () => {
    const a = await api.session('auditor@audit');
    const b = await api.session('auditor@audit');
    const r = await setPassword(api.store.db, 'auditor@audit', 'a brand new passphrase', { cost: DEMO_COST, now: api.clock.at });
    expect(r.sessionsEnded).toBe(2);
    for (const s of [a, b]) expect((await api.inject({ method: 'GET', url: '/me', headers: { cookie: s.cookie } })).statusCode).toBe(401);
    expect((await api.signIn('auditor@audit')).statusCode).toBe(401);
    expect((await api.signIn('auditor@audit', 'a brand new passphrase')).statusCode).toBe(200);
  });
});
