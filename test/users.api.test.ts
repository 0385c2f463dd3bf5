/**
 * Proves the user endpoints on both stores: an organization registers and disables its own people
 * and no one else's, the coordinator anyone's; a user id must name its organization; the list shows
 * an organization its own users (the coordinator and auditors everyone), with whether they can sign
 * in, never a hash; every refusal is problem+json and writes nothing; and the users table is a
 * projection that `rebuild` re-derives from the log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuild, snapshotProjections } from '../src/store/projections/index.ts';
import { openAuthApi, type AuthApi } from './support/auth.ts';
import { TOKENS } from './support/api.ts';
import { STORES } from './support/stores.ts';

describe.each(STORES)('users API on $name', (store) => {
  let api: AuthApi;
  beforeAll(async () => {
    if (store.available) api = await openAuthApi(store);
  });
  afterAll(async () => api?.close());

  const as = (token: string, method: string, url: string, payload?: unknown) =>
    api.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload !== undefined ? { payload } : {}) });

  it.skipIf(!store.available)('lets an organization register its own people, and the coordinator anyone', async () => {
    const own = await as(TOKENS.nl, 'POST', '/users', { userId: 'analyst@nl', orgId: 'nl', displayName: 'Dutch analyst' });
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json().events[0]).toMatchObject({ type: 'UserRegistered', stream: 'user:analyst@nl', actorOrg: 'nl', payload: { userId: 'analyst@nl', orgId: 'nl' } });
    expect(own.json().result).toMatchObject({ userId: 'analyst@nl', status: 'active', hasPassword: false, totpEnabled: false });
    const byNato = await as(TOKENS.coordinator, 'POST', '/users', { userId: 'officer@ua-mod', orgId: 'ua-mod', displayName: 'Officer' });
    expect(byNato.statusCode).toBe(201);
  });

  it.skipIf(!store.available)('refuses strangers, ids that name another organization, duplicates and unknown organizations, writing nothing', async () => {
    const before = await api.footprint();
    const cases: [string, string, unknown, number, string][] = [
      [TOKENS.de, '/users', { userId: 'mole@nl', orgId: 'nl', displayName: 'Mole' }, 403, 'forbidden'],
      [TOKENS.nl, '/users', { userId: 'someone@de', orgId: 'nl', displayName: 'Someone' }, 400, 'validation'],
      [TOKENS.nl, '/users', { userId: 'Bad Name@nl', orgId: 'nl', displayName: 'Bad' }, 400, 'validation'],
      [TOKENS.nl, '/users', { userId: 'desk@nl', orgId: 'nl', displayName: 'Again' }, 409, 'conflict'],
      [TOKENS.coordinator, '/users', { userId: 'x@zz', orgId: 'zz', displayName: 'Nobody' }, 404, 'not_found'],
      [TOKENS.de, '/users/desk@nl/disable', { reason: 'not ours to disable' }, 403, 'forbidden'],
      [TOKENS.nl, '/users/ghost@nl/disable', { reason: 'never existed' }, 404, 'not_found'],
    ];
    for (const [token, url, body, status, code] of cases) {
      const res = await as(token, 'POST', url, body);
      expect(res.statusCode, `${url} ${JSON.stringify(body)}: ${res.body}`).toBe(status);
      expect(res.json().code).toBe(code);
    }
    expect((await api.inject({ method: 'POST', url: '/users', payload: { userId: 'a@nl', orgId: 'nl', displayName: 'Anon' } })).statusCode).toBe(401);
    expect(await api.footprint()).toEqual(before);
  });

  it.skipIf(!store.available)('disables a user once; a second time is a 409 naming the state', async () => {
    const first = await as(TOKENS.coordinator, 'POST', '/users/officer@ua-mod/disable', { reason: 'posted elsewhere' });
    expect(first.json().result).toMatchObject({ status: 'disabled', disabledReason: 'posted elsewhere' });
    const again = await as(TOKENS.recipient, 'POST', '/users/officer@ua-mod/disable', { reason: 'posted elsewhere' });
    expect(again.statusCode).toBe(409);
    expect(again.json().currentState).toBe('disabled');
  });

  it.skipIf(!store.available)('lists an organization its own users, the coordinator and auditors everyone, never a secret', async () => {
    const mine = (await as(TOKENS.nl, 'GET', '/users')).json().items as { userId: string; orgId: string; hasPassword: boolean }[];
    expect(new Set(mine.map((u) => u.orgId))).toEqual(new Set(['nl']));
    expect(mine.find((u) => u.userId === 'desk@nl')?.hasPassword).toBe(true);
    expect((await as(TOKENS.nl, 'GET', '/users?orgId=de')).statusCode).toBe(403);
    for (const t of [TOKENS.coordinator, TOKENS.auditor]) {
      const all = (await as(t, 'GET', '/users')).json().items as { orgId: string }[];
      expect(new Set(all.map((u) => u.orgId))).toEqual(new Set(['nl', 'ua-mod', 'nato', 'audit']));
    }
    const text = (await as(TOKENS.coordinator, 'GET', '/users')).body;
    expect(text).not.toMatch(/scrypt|password_hash|totp_secret/);
    expect((await api.inject({ method: 'GET', url: '/users' })).statusCode).toBe(401);
  });

  it.skipIf(!store.available)('re-derives the users table from the log', async () => {
    const live = await snapshotProjections(api.store.db);
    expect(live.users!.length).toBeGreaterThan(4);
    await rebuild(api.store.db);
    expect(await snapshotProjections(api.store.db)).toEqual(live);
  });
});
