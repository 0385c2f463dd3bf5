/**
 * Proves API tokens on both stores: a token acts with its organization's role; a read-only token
 * reads but every write is refused with 403 (nothing written, one audit row); expired, revoked,
 * unknown and malformed tokens are refused with 401 problem+json; a token is stored only as its
 * SHA-256 and its scope is listed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken, issueToken, listTokens, revokeToken } from '../src/store/tokens.ts';
import { openAuthApi, type AuthApi } from './support/auth.ts';
import { STORES } from './support/stores.ts';

describe.each(STORES)('API tokens on $name', (store) => {
  let api: AuthApi;
  beforeAll(async () => {
    if (store.available) api = await openAuthApi(store);
  });
  afterAll(async () => api?.close());

  const as = (token: string, method: string, url: string, payload?: unknown) =>
    api.inject({ method, url, headers: { authorization: `Bearer ${token}` }, ...(payload !== undefined ? { payload } : {}) });

  it.skipIf(!store.available)("a read-only token reads with its organization's role, and every write is refused with 403, writing nothing", async () => {
    const token = await issueToken(api.store.db, { orgId: 'nl', label: 'nl read-only', scope: 'read' });
    expect((await as(token, 'GET', '/me')).json()).toMatchObject({ orgId: 'nl', role: 'ally' });
    expect((await as(token, 'GET', '/pledges')).statusCode).toBe(200);

    const before = await api.footprint();
    const pledge = { contributors: [{ orgId: 'nl' }], amount: { minor: '100', currency: 'EUR' }, announcedOn: '2025-08-04', sources: [{ url: 'https://example.org/nl' }] };
    for (const [method, url, body] of [
      ['POST', '/pledges', pledge],
      ['POST', '/pledges/x/commit', {}],
      ['POST', '/users', { userId: 'new@nl', orgId: 'nl', displayName: 'New' }],
      ['POST', '/pledges?dryRun=true', pledge],
    ] as const) {
      const res = await as(token, method, url, body);
      expect(res.statusCode, `${method} ${url}`).toBe(403);
      expect(String(res.headers['content-type'])).toContain('application/problem+json');
      expect(res.json().detail).toMatch(/read-only/);
    }
    expect(await api.footprint()).toEqual(before);
    expect((await api.audit()).filter((a) => a.outcome === 'read_only_token')).toHaveLength(4);
    // The same organization with a write token may.
    expect((await api.inject({ method: 'POST', url: '/pledges', headers: { authorization: 'Bearer demo-ally-nl' }, payload: pledge })).statusCode).toBe(201);
  });

  it.skipIf(!store.available)('refuses expired, revoked, unknown and malformed tokens with 401 problem+json', async () => {
    const db = api.store.db;
    const expired = await issueToken(db, { orgId: 'de', label: 'expired', expiresAt: new Date(api.clock.at.getTime() - 1000) });
    const live = await issueToken(db, { orgId: 'de', label: 'soon revoked', expiresAt: new Date(api.clock.at.getTime() + 86_400_000) });
    expect((await as(live, 'GET', '/me')).statusCode).toBe(200);
    expect(await revokeToken(db, hashToken(live).slice(0, 12))).toBe(1);

    const before = await api.footprint();
    for (const [name, header] of [
      ['expired', `Bearer ${expired}`],
      ['revoked', `Bearer ${live}`],
      ['unknown', 'Bearer purl_not-a-token-anyone-issued'],
      ['malformed', 'Token abc'],
      ['too short', 'Bearer abc'],
    ]) {
      const res = await api.inject({ method: 'GET', url: '/pledges', headers: { authorization: header! } });
      expect(res.statusCode, name).toBe(401);
      expect(res.json()).toMatchObject({ status: 401, code: 'unauthenticated' });
    }
    // A write with a dead token is refused before anything is decided.
    expect((await as(expired, 'POST', '/pledges/x/commit', {})).statusCode).toBe(401);
    expect(await api.footprint()).toEqual(before);
  });

  it.skipIf(!store.available)('keeps only the hash of a token, and lists its scope', async () => {
    const token = await issueToken(api.store.db, { orgId: 'se', label: 'listed', scope: 'read' });
    const rows = await api.store.db.query<{ token_hash: string }>("SELECT token_hash FROM api_tokens WHERE label = 'listed'");
    expect(rows).toEqual([{ token_hash: hashToken(token) }]);
    expect(JSON.stringify(await api.store.db.query('SELECT * FROM api_tokens'))).not.toContain(token);
    expect((await listTokens(api.store.db)).find((t) => t.label === 'listed')).toMatchObject({ orgId: 'se', scope: 'read' });
    expect((await listTokens(api.store.db)).find((t) => t.label === 'demo planner')).toMatchObject({ scope: 'write' });
  });
});
