/**
 * Proves that concurrent allocations never over-allocate a pledge: many allocate-funds requests fire
 * at once against one pledge whose amount allows only some of them. On PostgreSQL they run on up to
 * ten connections at the same time, so only the dispatcher's writer lock stands between them and a
 * lost update; exactly as many succeed as fit, the rest are refused with 409, and the pledge, the
 * package and the log agree.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, TOKENS, type TestApi } from './support/api.ts';
import { committedPledge, fundingPackage, pricedLine, usd } from './support/package-setup.ts';
import { STORES } from './support/stores.ts';

describe.each(STORES)('concurrent allocations on $name', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    if (store.available) api = await openTestApi(store);
  });
  afterAll(async () => api?.close());

  it.skipIf(!store.available)('lets through only what the pledge holds, however the requests interleave', async () => {
    await pricedLine(api, 'race-a', '1', '100000000000'); // USD 1 billion: the package never limits
    await fundingPackage(api, 'race', ['race-a']);
    const pledge = await committedPledge(api, TOKENS.dk, 'dk', usd('100000')); // USD 1,000.00
    const each = 7000n; // USD 70.00: 14 fit, 26 do not
    const requests = 40;

    const answers = await Promise.all(
      Array.from({ length: requests }, () => api.call('POST', '/allocations', TOKENS.coordinator, { pledgeId: pledge, packageId: 'race', amount: usd(each.toString()) })),
    );
    const statuses = answers.map((a) => a.statusCode);
    const fits = Number(100000n / each);
    expect(statuses.filter((s) => s === 201)).toHaveLength(fits);
    expect(statuses.filter((s) => s === 409)).toHaveLength(requests - fits);
    for (const refused of answers.filter((a) => a.statusCode === 409)) expect(refused.json().availableMinor).toBe((100000n % each).toString());

    const view = (await api.call('GET', `/pledges/${pledge}`, TOKENS.dk)).json();
    expect(BigInt(view.allocated.minor)).toBe(BigInt(fits) * each);
    expect(BigInt(view.allocated.minor)).toBeLessThanOrEqual(100000n);
    const live = (await api.call('GET', `/allocations?pledgeId=${pledge}&limit=500`, TOKENS.auditor)).json();
    expect(live.total).toBe(fits);
    const logged = (await api.call('GET', '/events?type=FundsAllocated&limit=1000', TOKENS.auditor)).json().items.filter(
      (e: { payload: { pledgeId: string } }) => e.payload.pledgeId === pledge,
    );
    expect(logged).toHaveLength(fits);
    expect((await api.call('GET', '/packages/race', TOKENS.auditor)).json().funded).toEqual(usd((BigInt(fits) * each).toString()));
  });
});
