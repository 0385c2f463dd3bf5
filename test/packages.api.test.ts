/**
 * Proves the package, allocation and delivery endpoints on both stores: the whole life of a package
 * from priced lines through funding by a EUR and a USD pledge, contract, shipments and confirmed
 * receipt to closed, with the requirement lines following; release and cancellation giving money and
 * lines back; and every refusal (403 wrong role, 409 with currentState, 409 over-allocation and
 * over-funding, 400 naming the field) writing nothing. Rebuilding the projections from the log gives
 * the same tables.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuild, snapshotProjections } from '../src/store/projections/index.ts';
import { openTestApi, TOKENS, type TestApi } from './support/api.ts';
import { committedPledge, eur, fundingPackage, fxRate, pricedLine, usd } from './support/package-setup.ts';
import { STORES } from './support/stores.ts';

describe.each(STORES)('packages, allocations and deliveries API on $name', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    if (!store.available) return;
    api = await openTestApi(store);
    // 1 EUR = 1.25 USD, so EUR 8,000,000.00 is worth USD 10,000,000.00.
    await fxRate(api, '2025-09-01', 'EUR', 'USD', '1.25');
  });
  afterAll(async () => api?.close());

  const eventCount = async () => (await api.call('GET', '/health', null)).json().events as number;
  const lineStatus = async (lineId: string) => (await api.call('GET', `/requirements/${lineId}`, TOKENS.auditor)).json().status as string;
  const types = (res: { json(): { events: { type: string }[] } }) => res.json().events.map((e) => e.type);

  it.skipIf(!store.available)('takes a package from priced lines to closed, funded by a EUR and a USD pledge', async () => {
    // Two lines worth USD 10M each: the package costs USD 20M.
    await pricedLine(api, 'flow-pac3', '10', '100000000');
    await pricedLine(api, 'flow-nasams', '4', '250000000');
    const created = await api.call('POST', '/packages', TOKENS.coordinator, { packageId: 'flow', name: 'Air defence, September', lines: ['flow-pac3', 'flow-nasams'], illustrative: true });
    expect(created.statusCode).toBe(201);
    expect(created.json().result).toMatchObject({ state: 'draft', price: usd('2000000000'), funded: usd('0'), gap: usd('2000000000'), allowOverFunding: false, lineCount: 2 });
    expect(await lineStatus('flow-pac3')).toBe('packaged');

    expect((await api.call('POST', '/packages/flow/prioritise', TOKENS.coordinator, {})).json().result.state).toBe('prioritised');
    expect((await api.call('POST', '/packages/flow/open-funding', TOKENS.coordinator, {})).json().result.state).toBe('funding');

    const nl = await committedPledge(api, TOKENS.nl, 'nl', eur('800000000'));
    const de = await committedPledge(api, TOKENS.de, 'de', usd('1500000000'));
    const fromNl = await api.call('POST', '/allocations', TOKENS.coordinator, { pledgeId: nl, packageId: 'flow', amount: eur('800000000') });
    expect(fromNl.statusCode).toBe(201);
    expect(fromNl.json().result).toMatchObject({
      pledgeId: nl,
      contributors: ['nl'],
      amount: eur('800000000'),
      usdValue: usd('1000000000'),
      fx: [{ date: '2025-09-01', base: 'EUR', quote: 'USD', rate: '1.25' }],
    });
    expect(types(fromNl)).toEqual(['FundsAllocated']);

    const fromDe = await api.call('POST', '/allocations', TOKENS.coordinator, { pledgeId: de, packageId: 'flow', amount: usd('1000000000') });
    expect(fromDe.statusCode).toBe(201);
    expect(types(fromDe)).toEqual(['FundsAllocated', 'PackageStateChanged', 'RequirementStatusChanged', 'RequirementStatusChanged']);
    expect(await lineStatus('flow-nasams')).toBe('funded');
    expect((await api.call('GET', `/pledges/${de}`, TOKENS.de)).json().allocated).toEqual(usd('1000000000'));

    const funded = (await api.call('GET', '/packages/flow', TOKENS.auditor)).json();
    expect(funded).toMatchObject({ state: 'funded', funded: usd('2000000000'), gap: usd('0') });
    expect(funded.allocations.map((a: { pledgeId: string }) => a.pledgeId)).toEqual([nl, de]);

    const contracted = await api.call('POST', '/packages/flow/contract', TOKENS.supplier, { caseReference: 'LOA-UA-25-001' });
    expect(contracted.json().result).toMatchObject({ state: 'contracted', caseReference: 'LOA-UA-25-001' });

    const first = await api.call('POST', '/shipments', TOKENS.supplier, { shipmentId: 'flow-s1', packageId: 'flow', lineId: 'flow-pac3', quantity: '10', shippedOn: '2025-10-01' });
    expect(first.statusCode).toBe(201);
    expect(types(first)).toEqual(['ShipmentRecorded', 'PackageStateChanged']);
    const second = await api.call('POST', '/shipments', TOKENS.supplier, { shipmentId: 'flow-s2', packageId: 'flow', lineId: 'flow-nasams', quantity: '4', shippedOn: '2025-10-02' });
    expect(types(second)).toEqual(['ShipmentRecorded']);

    const got1 = await api.call('POST', '/shipments/flow-s1/confirm', TOKENS.recipient, { quantity: '10', receivedOn: '2025-10-05', note: 'arrived at the hub' });
    expect(got1.json().result).toMatchObject({ receivedQuantity: '10', receivedOn: '2025-10-05', note: 'arrived at the hub' });
    expect(types(got1)).toEqual(['ReceiptConfirmed']);
    const got2 = await api.call('POST', '/shipments/flow-s2/confirm', TOKENS.recipient, { quantity: '4', receivedOn: '2025-10-06' });
    expect(types(got2)).toEqual(['ReceiptConfirmed', 'PackageStateChanged', 'RequirementStatusChanged', 'RequirementStatusChanged']);
    expect(await lineStatus('flow-pac3')).toBe('delivered');

    const delivered = (await api.call('GET', '/packages/flow', TOKENS.auditor)).json();
    expect(delivered.state).toBe('delivered');
    expect(delivered.lines).toEqual([
      expect.objectContaining({ lineId: 'flow-nasams', quantity: '4', unitPrice: usd('250000000'), total: usd('1000000000'), shipped: '4', received: '4', status: 'delivered' }),
      expect.objectContaining({ lineId: 'flow-pac3', quantity: '10', unitPrice: usd('100000000'), shipped: '10', received: '10' }),
    ]);
    expect(delivered.shipments.map((s: { shipmentId: string }) => s.shipmentId)).toEqual(['flow-s1', 'flow-s2']);

    const closed = await api.call('POST', '/packages/flow/close', TOKENS.coordinator, {});
    expect(closed.json().result).toMatchObject({ state: 'closed' });
    expect(closed.json().result.closedAt).not.toBeNull();

    const list = await api.call('GET', '/packages?state=closed', TOKENS.auditor);
    expect(list.json().items.map((p: { packageId: string }) => p.packageId)).toContain('flow');
    expect((await api.call('GET', `/allocations?packageId=flow`, TOKENS.auditor)).json().total).toBe(2);
    expect((await api.call('GET', `/allocations?pledgeId=${nl}`, TOKENS.auditor)).json().items[0].usdValue).toEqual(usd('1000000000'));
    expect((await api.call('GET', '/shipments?packageId=flow&confirmed=true', TOKENS.auditor)).json().total).toBe(2);
  });

  it.skipIf(!store.available)('releases money and returns lines: a release un-funds, a cancellation frees everything', async () => {
    await pricedLine(api, 'rel-a', '1', '100000000'); // USD 1M
    await fundingPackage(api, 'rel', ['rel-a']);
    // Earmarked in words for the capability area the line has as a code: it may fund this package.
    const pledge = await committedPledge(api, TOKENS.se, 'se', usd('300000000'), { kind: 'capability', capabilityArea: 'Air defence' });
    const alloc = (await api.call('POST', '/allocations', TOKENS.coordinator, { pledgeId: pledge, packageId: 'rel', amount: usd('100000000') })).json().result.allocationId;
    expect(await lineStatus('rel-a')).toBe('funded');

    const released = await api.call('POST', `/allocations/${alloc}/release`, TOKENS.coordinator, { reason: 'moved to a more urgent package' });
    expect(released.statusCode).toBe(200);
    expect(released.json().result).toMatchObject({ released: true, releasedReason: 'moved to a more urgent package' });
    expect(types(released)).toEqual(['AllocationReleased', 'PackageStateChanged', 'RequirementStatusChanged']);
    expect((await api.call('GET', '/packages/rel', TOKENS.auditor)).json()).toMatchObject({ state: 'funding', funded: usd('0'), gap: usd('100000000') });
    expect(await lineStatus('rel-a')).toBe('packaged');
    expect((await api.call('GET', '/allocations?packageId=rel', TOKENS.auditor)).json().total).toBe(0);
    expect((await api.call('GET', '/allocations?packageId=rel&includeReleased=true', TOKENS.auditor)).json().total).toBe(1);

    await api.call('POST', '/allocations', TOKENS.coordinator, { pledgeId: pledge, packageId: 'rel', amount: usd('60000000') });
    const cancelled = await api.call('POST', '/packages/rel/cancel', TOKENS.coordinator, { reason: 'requirement overtaken' });
    expect(cancelled.json().result).toMatchObject({ state: 'cancelled', stateReason: 'requirement overtaken', funded: usd('0') });
    expect(types(cancelled)).toEqual(['PackageStateChanged', 'RequirementStatusChanged', 'AllocationReleased']);
    expect(await lineStatus('rel-a')).toBe('priced');
    expect((await api.call('GET', `/pledges/${pledge}`, TOKENS.se)).json().allocated).toEqual(usd('0'));

    // The line is free again: a new package may take it.
    const again = await api.call('POST', '/packages', TOKENS.coordinator, { packageId: 'rel-2', name: 'Re-formed', lines: ['rel-a'] });
    expect(again.statusCode).toBe(201);
  });

  it.skipIf(!store.available)('refuses wrong roles, wrong states, over-allocation, over-funding and bad input, writing nothing', async () => {
    await pricedLine(api, 'ref-a', '2', '50000000'); // USD 1M
    await pricedLine(api, 'ref-art', '1', '10000000', 'artillery');
    await fundingPackage(api, 'ref', ['ref-a']);
    const small = await committedPledge(api, TOKENS.dk, 'dk', usd('40000000'));
    const big = await committedPledge(api, TOKENS.no, 'no', usd('900000000'));
    const earmarked = await committedPledge(api, TOKENS.nl, 'nl', usd('900000000'), { kind: 'capability', capabilityArea: 'artillery' });
    const zloty = await committedPledge(api, TOKENS.dk, 'dk', { minor: '100000', currency: 'PLN' });
    const announced = (await api.call('POST', '/pledges', TOKENS.de, { contributors: [{ orgId: 'de' }], amount: usd('100'), announcedOn: '2025-09-01' })).json().result.pledgeId;
    const before = await eventCount();

    const cases: [string, string, string | null, unknown, number, (body: Record<string, unknown>) => void][] = [
      // 403: the wrong role.
      ['POST', '/packages', TOKENS.supplier, { name: 'Mine', lines: ['ref-art'] }, 403, () => undefined],
      ['POST', '/packages/ref/contract', TOKENS.coordinator, { caseReference: 'LOA-1' }, 403, () => undefined],
      ['POST', '/allocations', TOKENS.no, { pledgeId: big, packageId: 'ref', amount: usd('1') }, 403, () => undefined],
      ['POST', '/shipments', TOKENS.recipient, { packageId: 'ref', lineId: 'ref-a', quantity: '1', shippedOn: '2025-10-01' }, 403, () => undefined],
      // 409 with the current state.
      ['POST', '/packages/ref/contract', TOKENS.supplier, { caseReference: 'LOA-1' }, 409, (b) => expect(b.currentState).toBe('funding')],
      ['POST', '/packages/ref/prioritise', TOKENS.coordinator, {}, 409, (b) => expect(b.currentState).toBe('funding')],
      ['POST', '/packages/ref/close', TOKENS.coordinator, {}, 409, (b) => expect(b.currentState).toBe('funding')],
      ['POST', '/shipments', TOKENS.supplier, { packageId: 'ref', lineId: 'ref-a', quantity: '1', shippedOn: '2025-10-01' }, 409, (b) => expect(b.currentState).toBe('funding')],
      ['POST', '/allocations', TOKENS.coordinator, { pledgeId: announced, packageId: 'ref', amount: usd('1') }, 409, (b) => expect(b.currentState).toBe('announced')],
      ['POST', '/packages', TOKENS.coordinator, { name: 'Twice', lines: ['ref-a'] }, 409, (b) => expect(b.packageId).toBe('ref')],
      // 409: over-allocation, over-funding, earmark.
      ['POST', '/allocations', TOKENS.coordinator, { pledgeId: small, packageId: 'ref', amount: usd('40000001') }, 409, (b) => expect(b.availableMinor).toBe('40000000')],
      ['POST', '/allocations', TOKENS.coordinator, { pledgeId: big, packageId: 'ref', amount: usd('100000001') }, 409, (b) => expect(b.gapMinor).toBe('100000000')],
      ['POST', '/allocations', TOKENS.coordinator, { pledgeId: earmarked, packageId: 'ref', amount: usd('1') }, 409, (b) => expect(b.detail).toMatch(/earmarked/)],
      ['POST', '/allocations', TOKENS.coordinator, { pledgeId: zloty, packageId: 'ref', amount: { minor: '100', currency: 'PLN' } }, 409, (b) => expect(b.detail).toMatch(/no exchange rate from PLN to USD/)],
      // 400 naming the field.
      ['POST', '/packages', TOKENS.coordinator, { name: 'Empty', lines: [] }, 400, (b) => expect(fields(b)).toContain('body.lines')],
      ['POST', '/packages', TOKENS.coordinator, { name: 'Twice', lines: ['ref-art', 'ref-art'] }, 400, (b) => expect(fields(b)).toContain('lines.1')],
      ['POST', '/allocations', TOKENS.coordinator, { pledgeId: big, packageId: 'ref', amount: { minor: '1.5', currency: 'USD' } }, 400, (b) => expect(fields(b)).toContain('body.amount.minor')],
      ['POST', '/allocations', TOKENS.coordinator, { pledgeId: big, packageId: 'ref', amount: eur('1') }, 400, (b) => expect(fields(b)).toContain('amount.currency')],
      ['POST', '/shipments', TOKENS.supplier, { packageId: 'ref', lineId: 'ref-a', quantity: '-1', shippedOn: '2025-13-01' }, 400, (b) => expect(fields(b)).toEqual(expect.arrayContaining(['body.quantity', 'body.shippedOn']))],
      ['POST', '/packages/ref/cancel', TOKENS.coordinator, {}, 400, (b) => expect(fields(b)).toContain('body.reason')],
      ['POST', '/packages', TOKENS.coordinator, 'not json at all', 400, () => undefined],
      // 404.
      ['POST', '/allocations', TOKENS.coordinator, { pledgeId: 'no-such-pledge', packageId: 'ref', amount: usd('1') }, 404, () => undefined],
      ['POST', '/packages/no-such/prioritise', TOKENS.coordinator, {}, 404, () => undefined],
      ['POST', '/shipments/no-such/confirm', TOKENS.recipient, { quantity: '1', receivedOn: '2025-10-01' }, 404, () => undefined],
      ['GET', '/packages/no-such', TOKENS.auditor, undefined, 404, () => undefined],
    ];
    for (const [method, url, token, body, status, check] of cases) {
      const res = await api.call(method, url, token, body, typeof body === 'string' ? { 'content-type': 'application/json' } : {});
      expect({ url, body, status: res.statusCode }).toEqual({ url, body, status });
      expect(res.headers['content-type']).toContain('application/problem+json');
      check(res.json());
    }
    expect(await eventCount()).toBe(before);
  });

  it.skipIf(!store.available)('over-funds only a package that allows it, and never ships or receives beyond the record', async () => {
    await pricedLine(api, 'over-a', '3', '10000000'); // USD 300k
    await fundingPackage(api, 'over', ['over-a'], true);
    const pledge = await committedPledge(api, TOKENS.de, 'de', usd('50000000'));
    const first = await api.call('POST', '/allocations', TOKENS.coordinator, { pledgeId: pledge, packageId: 'over', amount: usd('40000000') });
    expect(types(first)).toContain('PackageStateChanged');
    expect((await api.call('GET', '/packages/over', TOKENS.auditor)).json()).toMatchObject({ state: 'funded', funded: usd('40000000'), gap: usd('0') });
    expect((await api.call('POST', '/allocations', TOKENS.coordinator, { pledgeId: pledge, packageId: 'over', amount: usd('10000000') })).statusCode).toBe(201);

    await api.call('POST', '/packages/over/contract', TOKENS.supplier, { caseReference: 'LOA-OVER' });
    const before = await eventCount();
    const tooMany = await api.call('POST', '/shipments', TOKENS.supplier, { packageId: 'over', lineId: 'over-a', quantity: '4', shippedOn: '2025-10-01' });
    expect(tooMany.statusCode).toBe(409);
    expect(tooMany.json().left).toBe('3');
    const future = await api.call('POST', '/shipments', TOKENS.supplier, { packageId: 'over', lineId: 'over-a', quantity: '1', shippedOn: '2999-01-01' });
    expect(future.json().errors[0].field).toBe('shippedOn');
    expect(await eventCount()).toBe(before);

    await api.call('POST', '/shipments', TOKENS.supplier, { shipmentId: 'over-s1', packageId: 'over', lineId: 'over-a', quantity: '2', shippedOn: '2025-10-01' });
    const cannotCancel = await api.call('POST', '/packages/over/cancel', TOKENS.coordinator, { reason: 'too late now' });
    expect(cannotCancel.json().currentState).toBe('delivering');
    const tooMuch = await api.call('POST', '/shipments/over-s1/confirm', TOKENS.recipient, { quantity: '3', receivedOn: '2025-10-03' });
    expect(tooMuch.statusCode).toBe(409);
    const short = await api.call('POST', '/shipments/over-s1/confirm', TOKENS.recipient, { quantity: '1', receivedOn: '2025-10-03', note: 'one damaged in transit' });
    expect(types(short)).toEqual(['ReceiptConfirmed']);
    const twice = await api.call('POST', '/shipments/over-s1/confirm', TOKENS.recipient, { quantity: '1', receivedOn: '2025-10-04' });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toMatch(/already confirmed/);
    const line = (await api.call('GET', '/packages/over', TOKENS.auditor)).json().lines[0];
    expect(line).toMatchObject({ shipped: '2', received: '1' });
    expect((await api.call('GET', '/shipments?packageId=over&confirmed=false', TOKENS.auditor)).json().total).toBe(0);
  });

  it.skipIf(!store.available)('rebuilds the same projections from the log', async () => {
    const live = await snapshotProjections(api.store.db);
    await rebuild(api.store.db);
    expect(await snapshotProjections(api.store.db)).toEqual(live);
  });
});

const fields = (b: Record<string, unknown>): string[] => ((b.errors as { field: string }[] | undefined) ?? []).map((e) => e.field);
