/**
 * Proves the reference endpoints on both stores: only the coordinator records FX rates and public
 * totals, bad rates are refused naming the field, what is recorded reads back exactly, and the
 * summary converts committed money with the recorded rate.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, TOKENS, type TestApi } from './support/api.ts';
import { STORES } from './support/stores.ts';

describe.each(STORES)('reference data and summary on $name', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    if (store.available) api = await openTestApi(store);
  });
  afterAll(async () => api?.close());

  const rate = { date: '2025-08-04', base: 'EUR', quote: 'USD', rate: '1.1565', source: 'ECB reference rate (test)' };

  it.skipIf(!store.available)('records an FX rate for the coordinator only, exactly as given', async () => {
    expect((await api.call('POST', '/fx-rates', TOKENS.nl, rate)).statusCode).toBe(403);
    const bad = await api.call('POST', '/fx-rates', TOKENS.coordinator, { ...rate, rate: '1,1565' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('body.rate');
    const same = await api.call('POST', '/fx-rates', TOKENS.coordinator, { ...rate, quote: 'EUR' });
    expect(same.statusCode).toBe(400);
    const ok = await api.call('POST', '/fx-rates', TOKENS.coordinator, rate);
    expect(ok.statusCode).toBe(201);
    expect(ok.json().result).toMatchObject({ date: '2025-08-04', base: 'EUR', quote: 'USD', rate: '1.1565' });
    const list = await api.call('GET', '/fx-rates?base=EUR', TOKENS.auditor);
    expect(list.json().items).toHaveLength(1);
  });

  it.skipIf(!store.available)('keeps a public total as its own claim with its source', async () => {
    const claim = { claimId: 'total-test', date: '2025-08-14', amount: { minor: '150000000000', currency: 'USD' }, scope: 'all contributors', saidBy: 'a speaker', sources: [{ url: 'https://example.org/s' }] };
    expect((await api.call('POST', '/public-totals', TOKENS.coordinator, { ...claim, sources: [] })).statusCode).toBe(400);
    expect((await api.call('POST', '/public-totals', TOKENS.coordinator, claim)).statusCode).toBe(201);
    expect((await api.call('POST', '/public-totals', TOKENS.coordinator, claim)).statusCode).toBe(409);
    const list = (await api.call('GET', '/public-totals', TOKENS.de)).json().items;
    expect(list).toEqual([expect.objectContaining({ claimId: 'total-test', amount: claim.amount, saidBy: 'a speaker' })]);
  });

  it.skipIf(!store.available)('counts a committed EUR pledge in the summary at the recorded rate', async () => {
    const created = await api.call('POST', '/pledges', TOKENS.nl, { contributors: [{ orgId: 'nl' }], amount: { minor: '100000', currency: 'EUR' }, announcedOn: '2025-08-04' });
    const id = created.json().result.pledgeId as string;
    const before = (await api.call('GET', '/summary', TOKENS.auditor)).json();
    expect(before.contributors.find((c: { key: string }) => c.key === 'nl').usd.committed.minor).toBe('0');
    await api.call('POST', `/pledges/${id}/commit`, TOKENS.nl, {});
    const after = (await api.call('GET', '/summary', TOKENS.auditor)).json();
    const nl = after.contributors.find((c: { key: string }) => c.key === 'nl');
    // EUR 1,000.00 at 1.1565 = USD 1,156.50, exactly.
    expect(nl.usd.committed).toEqual({ minor: '115650', currency: 'USD' });
    expect(after.monthly.reduce((s: bigint, m: { committed: { minor: string } }) => s + BigInt(m.committed.minor), 0n)).toBe(115650n);
    expect((await api.call('GET', '/summary', null)).statusCode).toBe(401);
  });
});
