/**
 * Proves the defences against repeated attempts, on both stores: after N failed sign-ins in a row
 * an account is locked for a period (even to the right password) and unlocks when it ends, each
 * failure writing one audit row and nothing else; sign-in is rate-limited per client address and
 * per account, writes per token, and refused credentials per address, each with a 429 problem+json
 * and Retry-After. A few dozen requests each, against the in-process app; no timing assertions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAuthApi, PASSWORD, type AuthApi } from './support/auth.ts';
import { TOKENS } from './support/api.ts';
import { STORES } from './support/stores.ts';

const MINUTE = 60_000;

describe.each(STORES)('lockout and rate limits on $name', (store) => {
  let api: AuthApi;
  beforeAll(async () => {
    if (store.available) {
      api = await openAuthApi(store, {
        policy: { lockoutAttempts: 3, lockoutMs: 15 * MINUTE, signInPerIp: 8, signInPerAccount: 10, writesPerActor: 5, failuresPerIp: 6 },
      });
    }
  });
  afterAll(async () => api?.close());

  it.skipIf(!store.available)('locks an account after 3 failures in a row, refuses even the right password, and unlocks after 15 minutes', async () => {
    const ip = '10.0.0.1';
    const before = await api.footprint();
    const auditBefore = (await api.audit()).length;
    for (let i = 0; i < 3; i++) expect((await api.signIn('desk@nl', `wrong password ${i}`, {}, ip)).statusCode).toBe(401);
    const locked = await api.signIn('desk@nl', PASSWORD, {}, ip);
    expect(locked.statusCode).toBe(401);
    expect(locked.headers['set-cookie']).toBeUndefined();
    expect(await api.footprint()).toEqual(before);
    expect((await api.audit()).slice(auditBefore).map((a) => a.outcome)).toEqual(['bad_password', 'bad_password', 'bad_password', 'locked_now', 'locked']);

    api.clock.advance(14 * MINUTE);
    expect((await api.signIn('desk@nl', PASSWORD, {}, '10.0.0.2')).statusCode).toBe(401);
    api.clock.advance(2 * MINUTE);
    expect((await api.signIn('desk@nl', PASSWORD, {}, '10.0.0.2')).statusCode).toBe(200);
    // A success clears the count: two more failures do not lock.
    for (let i = 0; i < 2; i++) expect((await api.signIn('desk@nl', 'wrong again', {}, '10.0.0.3')).statusCode).toBe(401);
    expect((await api.signIn('desk@nl', PASSWORD, {}, '10.0.0.3')).statusCode).toBe(200);
  });

  it.skipIf(!store.available)('limits sign-in attempts per address, answering 429 problem+json with Retry-After', async () => {
    const ip = '10.0.1.1';
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await api.signIn(i % 2 ? 'planner@ua-mod' : 'coordinator@nato', PASSWORD, {}, ip)).statusCode);
    expect(statuses).toEqual([...Array(8).fill(200), 429, 429, 429, 429]);
    const limited = await api.signIn('planner@ua-mod', PASSWORD, {}, ip);
    expect(limited.statusCode).toBe(429);
    expect(String(limited.headers['content-type'])).toContain('application/problem+json');
    expect(limited.json().code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Another address is not held up.
    expect((await api.signIn('planner@ua-mod', PASSWORD, {}, '10.0.1.2')).statusCode).toBe(200);
  });

  it.skipIf(!store.available)('limits sign-in attempts per account, from however many addresses', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await api.signIn('auditor@audit', PASSWORD, {}, `10.0.2.${i}`)).statusCode);
    expect(statuses).toEqual([...Array(10).fill(200), 429, 429]);
  });

  it.skipIf(!store.available)('limits writes per token; the refused writes record nothing', async () => {
    const before = await api.footprint();
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      statuses.push((await api.inject({ method: 'POST', url: '/pledges/no-such-pledge/commit', headers: { authorization: `Bearer ${TOKENS.nl}` }, payload: {} })).statusCode);
    }
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429, 429]);
    // Another token has its own allowance, and reads are not counted.
    expect((await api.inject({ method: 'GET', url: '/pledges', headers: { authorization: `Bearer ${TOKENS.nl}` } })).statusCode).toBe(200);
    expect((await api.inject({ method: 'POST', url: '/pledges/no-such-pledge/commit', headers: { authorization: `Bearer ${TOKENS.de}` }, payload: {} })).statusCode).toBe(404);
    expect((await api.footprint()).events).toBe(before.events);
  });

  it.skipIf(!store.available)('answers an address that keeps sending bad credentials with 429, before looking at them', async () => {
    const ip = '10.0.3.1';
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      statuses.push((await api.inject({ method: 'GET', url: '/me', headers: { authorization: `Bearer guessed-token-${i}` }, remoteAddress: ip })).statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 401, 429, 429]);
    // Even a good token waits, from that address; from another it works.
    expect((await api.inject({ method: 'GET', url: '/me', headers: { authorization: `Bearer ${TOKENS.nl}` }, remoteAddress: ip })).statusCode).toBe(429);
    expect((await api.inject({ method: 'GET', url: '/me', headers: { authorization: `Bearer ${TOKENS.nl}` }, remoteAddress: '10.0.3.2' })).statusCode).toBe(200);
    const audited = (await api.audit()).filter((a) => a.outcome === 'bad_token');
    expect(audited).toHaveLength(6);
    for (const a of audited) expect(a.principal).toMatch(/^token:[0-9a-f]{12}$/);
  });
});
