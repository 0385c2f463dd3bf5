/**
 * Proves, on both stores, that no one acts on a record hidden from it: once Germany restricts its
 * pledge to itself, the coordinator's commands on it answer 404 exactly as for a pledge that does
 * not exist and write nothing, while Germany still acts on it; and that only a pledge's contributors
 * may classify it (403 for the coordinator), writing nothing; and that the readers named are told to
 * the owners only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastSeq } from '../src/store/event-log.ts';
import { openTestApi, TOKENS, type TestApi } from './support/api.ts';
import { STORES } from './support/stores.ts';

describe.each(STORES)('writes on classified records on $name', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    if (!store.available) return;
    api = await openTestApi(store);
    const pledge = { pledgeId: 'de-hidden', contributors: [{ orgId: 'de' }], amount: { minor: '5151515151', currency: 'EUR' }, announcedOn: '2025-09-03' };
    expect((await api.call('POST', '/pledges', TOKENS.de, pledge)).statusCode).toBe(201);
  });
  afterAll(async () => api?.close());

  it.skipIf(!store.available)('refuses a classification by someone not an owner with 403, and writes nothing', async () => {
    const before = await lastSeq(api.store.db);
    const r = await api.call('POST', '/classifications', TOKENS.coordinator, { kind: 'pledge', id: 'de-hidden', level: 'restricted', reason: 'donor-confidentiality' });
    expect(r.statusCode).toBe(403);
    expect(await lastSeq(api.store.db)).toBe(before);
  });

  it.skipIf(!store.available)('answers the coordinator 404 on a pledge restricted from it, as for none at all, and writes nothing', async () => {
    expect((await api.call('POST', '/classifications', TOKENS.de, { kind: 'pledge', id: 'de-hidden', level: 'restricted', reason: 'donor-confidentiality' })).statusCode).toBe(200);
    const before = await lastSeq(api.store.db);
    for (const [url, body] of [
      ['/pledges/de-hidden/lapse', { reason: 'not renewed in time' }],
      ['/pledges/de-hidden/payments', { amount: { minor: '100', currency: 'EUR' }, paidOn: '2025-09-10' }],
    ] as const) {
      const hidden = await api.call('POST', url, TOKENS.coordinator, body);
      const missing = await api.call('POST', url.replace('de-hidden', 'no-such-pledge'), TOKENS.coordinator, body);
      expect(hidden.statusCode, url).toBe(404);
      expect(JSON.parse(hidden.body).detail.replace('de-hidden', 'X')).toBe(JSON.parse(missing.body).detail.replace('no-such-pledge', 'X'));
    }
    expect(await lastSeq(api.store.db)).toBe(before);
    // Its contributor still acts on it.
    expect((await api.call('POST', '/pledges/de-hidden/commit', TOKENS.de, {})).statusCode).toBe(200);
  });

  it.skipIf(!store.available)('tells the named readers only to the owners: GET /classifications', async () => {
    const pledge = { pledgeId: 'nl-named', contributors: [{ orgId: 'nl' }], amount: { minor: '100', currency: 'EUR' }, announcedOn: '2025-09-03' };
    expect((await api.call('POST', '/pledges', TOKENS.nl, pledge)).statusCode).toBe(201);
    const set = await api.call('POST', '/classifications', TOKENS.nl, { kind: 'pledge', id: 'nl-named', field: 'amount', level: 'restricted', reason: 'donor-confidentiality', readers: ['nato'] });
    expect(set.statusCode).toBe(200);
    expect(JSON.parse(set.body).result).toMatchObject({ readers: ['nato'] });
    const row = async (token: string) =>
      ((await api.call('GET', '/classifications?kind=pledge', token)).json() as { items: { id: string; readers: string[] | null }[] }).items.find((r) => r.id === 'nl-named');
    expect(await row(TOKENS.nl)).toMatchObject({ readers: ['nato'] });
    expect(await row(TOKENS.coordinator)).toMatchObject({ readers: null });
    expect(await row(TOKENS.auditor)).toMatchObject({ readers: null });
  });
});
