/**
 * Proves, on both stores, that a pledge's figure basis (which figure the ledger uses and why) is
 * kept as announced, returned by the API, optional, validated, and re-derived by a rebuild.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuild, snapshotProjections } from '../src/store/projections/index.ts';
import { openTestApi, TOKENS, type TestApi } from './support/api.ts';
import { STORES } from './support/stores.ts';

describe.each(STORES)('pledge figure basis on $name', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    if (store.available) api = await openTestApi(store);
  });
  afterAll(async () => api?.close());

  const pledge = {
    contributors: [{ orgId: 'nl' }],
    amount: { minor: '50000000000', currency: 'EUR' },
    statedEquivalent: { minor: '57800000000', currency: 'USD' },
    announcedOn: '2025-08-04',
    sources: [{ url: 'https://example.org/nl' }],
  };

  it.skipIf(!store.available)('keeps the figure basis and returns it, and null when none was given', async () => {
    const basis = 'the announced EUR 500m; the USD equivalent is kept as a stated equivalent';
    const withBasis = await api.call('POST', '/pledges', TOKENS.nl, { ...pledge, figureBasis: basis });
    expect(withBasis.statusCode).toBe(201);
    const id = withBasis.json().result.pledgeId as string;
    expect((await api.call('GET', `/pledges/${id}`, TOKENS.auditor)).json().figureBasis).toBe(basis);

    const without = await api.call('POST', '/pledges', TOKENS.nl, pledge);
    expect(without.json().result.figureBasis).toBeNull();
  });

  it.skipIf(!store.available)('refuses a figure basis that is too short, naming the field', async () => {
    const bad = await api.call('POST', '/pledges', TOKENS.nl, { ...pledge, figureBasis: 'x' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('body.figureBasis');
  });

  it.skipIf(!store.available)('is re-derived from the log by a rebuild', async () => {
    await api.call('POST', '/pledges', TOKENS.nl, { ...pledge, figureBasis: 'kept through a rebuild' });
    const before = await snapshotProjections(api.store.db);
    await rebuild(api.store.db);
    expect(await snapshotProjections(api.store.db)).toEqual(before);
  });
});
