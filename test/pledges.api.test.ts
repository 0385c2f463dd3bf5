/**
 * Proves the pledge endpoints on both stores: the life of a pledge from announcement to paid, who may
 * do what, problem+json for bad input naming the field, idempotent repeats, and that a refused
 * request writes nothing to the log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, TOKENS, type TestApi } from './support/api.ts';
import { STORES } from './support/stores.ts';

describe.each(STORES)('pledges API on $name', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    if (store.available) api = await openTestApi(store);
  });
  afterAll(async () => api?.close());

  const eventCount = async () => (await api.call('GET', '/health', null)).json().events as number;
  const nlPledge = {
    contributors: [{ orgId: 'nl' }],
    amount: { minor: '50000000000', currency: 'EUR' },
    announcedOn: '2025-08-04',
    sources: [{ url: 'https://example.org/nl', publisher: 'Gov NL' }],
  };

  it.skipIf(!store.available)('takes a pledge from announced to paid, counting only once committed', async () => {
    const created = await api.call('POST', '/pledges', TOKENS.nl, nlPledge);
    expect(created.statusCode).toBe(201);
    const id = created.json().result.pledgeId as string;
    expect(created.json().result.counts).toBe(false);

    const committed = await api.call('POST', `/pledges/${id}/commit`, TOKENS.nl, {});
    expect(committed.statusCode).toBe(200);
    expect(committed.json().result).toMatchObject({ state: 'committed', counts: true });

    const part = await api.call('POST', `/pledges/${id}/payments`, TOKENS.nl, { amount: { minor: '20000000000', currency: 'EUR' }, paidOn: '2025-08-20' });
    expect(part.json().result).toMatchObject({ state: 'committed', paid: { minor: '20000000000', currency: 'EUR' } });
    const rest = await api.call('POST', `/pledges/${id}/payments`, TOKENS.nl, { amount: { minor: '30000000000', currency: 'EUR' }, paidOn: '2025-09-01' });
    expect(rest.json().result).toMatchObject({ state: 'paid', paid: { minor: '50000000000', currency: 'EUR' } });
    expect(rest.json().events.map((e: { type: string }) => e.type)).toEqual(['PaymentRecorded', 'PledgeStateChanged']);
  });

  it.skipIf(!store.available)('refuses another Ally, names bad fields, and writes nothing when it refuses', async () => {
    const created = await api.call('POST', '/pledges', TOKENS.nl, nlPledge);
    const id = created.json().result.pledgeId as string;
    const before = await eventCount();

    const other = await api.call('POST', `/pledges/${id}/commit`, TOKENS.de, {});
    expect(other.statusCode).toBe(403);
    expect(other.headers['content-type']).toContain('application/problem+json');

    const wrongRole = await api.call('POST', '/pledges', TOKENS.supplier, nlPledge);
    expect(wrongRole.statusCode).toBe(403);

    const bad = await api.call('POST', '/pledges', TOKENS.nl, { ...nlPledge, amount: { minor: '12.5', currency: 'EUR' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('body.amount.minor');

    const overpay = await api.call('POST', `/pledges/${id}/payments`, TOKENS.nl, { amount: { minor: '1', currency: 'EUR' }, paidOn: '2025-08-20' });
    expect(overpay.statusCode).toBe(409);
    expect(overpay.json().currentState).toBe('announced');

    const missing = await api.call('POST', '/pledges/no-such-pledge/commit', TOKENS.nl, {});
    expect(missing.statusCode).toBe(404);

    const anonymous = await api.call('POST', `/pledges/${id}/commit`, null, {});
    expect(anonymous.statusCode).toBe(401);

    expect(await eventCount()).toBe(before);
  });

  it.skipIf(!store.available)('answers a repeated Idempotency-Key with the first result and records nothing new', async () => {
    const headers = { 'idempotency-key': 'nl-2025-08-04-a' };
    const first = await api.call('POST', '/pledges', TOKENS.nl, nlPledge, headers);
    const before = await eventCount();
    const again = await api.call('POST', '/pledges', TOKENS.nl, nlPledge, headers);
    expect(again.statusCode).toBe(200);
    expect(again.json().replayed).toBe(true);
    expect(again.json().events).toEqual(first.json().events);
    expect(await eventCount()).toBe(before);

    const different = await api.call('POST', '/pledges', TOKENS.nl, { ...nlPledge, announcedOn: '2025-08-05' }, headers);
    expect(different.statusCode).toBe(422);
    expect(await eventCount()).toBe(before);
  });
});
