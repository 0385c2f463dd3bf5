/**
 * Proves the requirements and list-version endpoints on both stores: a line's life from proposal to
 * priced with its ranking and history, the monthly version approved by all three roles, who may do
 * what (403, nothing written), forbidden transitions (409 with currentState, nothing written), and
 * bad input answered with 400 naming the field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuild, snapshotProjections } from '../src/store/projections/index.ts';
import { openTestApi, TOKENS, type TestApi } from './support/api.ts';
import { STORES } from './support/stores.ts';

describe.each(STORES)('requirements API on $name', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    if (store.available) api = await openTestApi(store);
  });
  afterAll(async () => api?.close());

  const eventCount = async () => (await api.call('GET', '/health', null)).json().events as number;
  const line = (over: Record<string, unknown> = {}) => ({
    capabilityArea: 'air_defence',
    item: 'Patriot PAC-3 MSE interceptor',
    quantity: '24',
    unit: 'missile',
    estimatedUnitPrice: { minor: '400000000', currency: 'USD' },
    neededBy: '2025-11',
    partialAllowed: true,
    illustrative: true,
    ...over,
  });
  const propose = async (over: Record<string, unknown> = {}) => {
    const res = await api.call('POST', '/requirements', TOKENS.recipient, line(over));
    expect(res.statusCode).toBe(201);
    return res.json().result as { lineId: string; rank: number };
  };
  const ranking = async () =>
    ((await api.call('GET', '/requirements?status=active&limit=500', TOKENS.auditor)).json().items as { lineId: string; rank: number }[]).map(
      (l) => [l.lineId, l.rank],
    );

  it.skipIf(!store.available)('takes lines from proposal to priced, keeps ranks 1..n, and approves the monthly version', async () => {
    const a = await propose({ lineId: 'pac3' });
    const b = await propose({ lineId: 'gmlrs', capabilityArea: 'long_range_fires', item: 'GMLRS rocket pod', unit: 'pod' });
    const c = await propose({ lineId: 'shells', capabilityArea: 'artillery', item: '155 mm ER shell', quantity: '10000', unit: 'round' });
    expect([a.rank, b.rank, c.rank]).toEqual([1, 2, 3]);
    expect(a).toMatchObject({ status: 'proposed', estimatedTotal: { minor: '9600000000', currency: 'USD' }, illustrative: true });

    const moved = await api.call('POST', '/requirements/rerank', TOKENS.recipient, { lineId: 'shells', toRank: 1, reason: 'winter stock' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().events[0]).toMatchObject({ type: 'RequirementsReranked', stream: 'list:ranking', payload: { order: ['shells', 'pac3', 'gmlrs'] } });
    const full = await api.call('POST', '/requirements/rerank', TOKENS.recipient, { order: ['pac3', 'shells', 'gmlrs'] });
    expect(full.json().result.items.map((l: { lineId: string }) => l.lineId)).toEqual(['pac3', 'shells', 'gmlrs']);

    expect((await api.call('POST', '/requirements/pac3/validate', TOKENS.coordinator, {})).json().result.status).toBe('validated');
    const priced = await api.call('POST', '/requirements/pac3/price', TOKENS.supplier, {
      unitPrice: { minor: '410000000', currency: 'USD' },
      availability: 'from US stocks within 3 months',
    });
    expect(priced.json().result).toMatchObject({ status: 'priced', unitPrice: { minor: '410000000' }, pricedTotal: { minor: '9840000000' } });
    const repriced = await api.call('POST', '/requirements/pac3/price', TOKENS.supplier, { unitPrice: { minor: '420000000', currency: 'USD' }, availability: 'from production, 6 months' });
    expect(repriced.json().result).toMatchObject({ status: 'priced', unitPrice: { minor: '420000000' }, availability: 'from production, 6 months' });

    const withdrawn = await api.call('POST', '/requirements/shells/withdraw', TOKENS.recipient, { reason: 'covered by a European contract' });
    expect(withdrawn.json().result).toMatchObject({ status: 'withdrawn', rank: null, statusReason: 'covered by a European contract' });
    expect(await ranking()).toEqual([
      ['pac3', 1],
      ['gmlrs', 2],
    ]);

    const list = await api.call('GET', '/requirements?capabilityArea=air_defence', TOKENS.nl);
    expect(list.json().items.map((l: { lineId: string }) => l.lineId)).toEqual(['pac3']);
    const all = await api.call('GET', '/requirements?limit=2', TOKENS.auditor);
    expect(all.json()).toMatchObject({ total: 3, limit: 2, offset: 0 });
    expect(all.json().items.map((l: { lineId: string }) => l.lineId)).toEqual(['pac3', 'gmlrs']);

    const detail = await api.call('GET', '/requirements/pac3', TOKENS.auditor);
    expect(detail.json().history.map((e: { type: string }) => e.type)).toEqual([
      'RequirementProposed',
      'RequirementValidated',
      'RequirementPriced',
      'RequirementPriced',
    ]);

    const proposed = await api.call('POST', '/list-versions', TOKENS.recipient, { month: '2025-10', versionId: 'list-2025-10' });
    expect(proposed.statusCode).toBe(201);
    expect(proposed.json().result).toMatchObject({
      status: 'pending',
      lines: [
        { lineId: 'pac3', rank: 1 },
        { lineId: 'gmlrs', rank: 2 },
      ],
      pendingRoles: ['recipient', 'coordinator', 'supplier'],
    });
    const approvals = [];
    for (const token of [TOKENS.coordinator, TOKENS.recipient, TOKENS.supplier]) {
      approvals.push((await api.call('POST', '/list-versions/list-2025-10/approve', token, {})).json());
    }
    expect(approvals.map((r) => r.events[0].payload.complete)).toEqual([false, false, true]);
    expect(approvals[2].result).toMatchObject({ status: 'approved', pendingRoles: [] });
    expect(approvals[2].result.approvals.map((x: { orgId: string }) => x.orgId)).toEqual(['nato', 'ua-mod', 'us-dod']);

    const versions = await api.call('GET', '/list-versions?month=2025-10&status=approved', TOKENS.nl);
    expect(versions.json().items.map((v: { versionId: string }) => v.versionId)).toEqual(['list-2025-10']);
    const version = await api.call('GET', '/list-versions/list-2025-10', TOKENS.auditor);
    expect(version.json().history).toHaveLength(4);

    // A later version for an approved month supersedes it once approved in turn.
    const next = (await api.call('POST', '/list-versions', TOKENS.recipient, { month: '2025-10' })).json().result.versionId as string;
    for (const token of [TOKENS.recipient, TOKENS.coordinator, TOKENS.supplier]) await api.call('POST', `/list-versions/${next}/approve`, token, {});
    expect((await api.call('GET', '/list-versions/list-2025-10', TOKENS.auditor)).json().status).toBe('superseded');
    expect((await api.call('GET', `/list-versions/${next}`, TOKENS.auditor)).json().status).toBe('approved');

    const before = await snapshotProjections(api.store.db);
    await rebuild(api.store.db);
    expect(await snapshotProjections(api.store.db)).toEqual(before);
  });

  it.skipIf(!store.available)('refuses every role but the right one with 403 and writes nothing', async () => {
    await propose({ lineId: 'roles-a' });
    await propose({ lineId: 'roles-b' });
    await api.call('POST', '/list-versions', TOKENS.recipient, { month: '2026-01', versionId: 'list-2026-01' });
    const before = await eventCount();
    const price = { unitPrice: { minor: '100', currency: 'USD' }, availability: 'stock' };
    const cases: [string, string, string, unknown][] = [
      [TOKENS.supplier, 'POST', '/requirements', line()],
      [TOKENS.nl, 'POST', '/requirements', line()],
      [TOKENS.coordinator, 'POST', '/requirements/rerank', { lineId: 'roles-b', toRank: 1 }],
      [TOKENS.recipient, 'POST', '/requirements/roles-a/validate', {}],
      [TOKENS.supplier, 'POST', '/requirements/roles-a/validate', {}],
      [TOKENS.supplier, 'POST', '/requirements/roles-a/reject', { reason: 'not ours to say' }],
      [TOKENS.coordinator, 'POST', '/requirements/roles-a/price', price],
      [TOKENS.recipient, 'POST', '/requirements/roles-a/price', price],
      [TOKENS.coordinator, 'POST', '/requirements/roles-a/withdraw', { reason: 'not ours to say' }],
      [TOKENS.coordinator, 'POST', '/list-versions', { month: '2026-02' }],
      [TOKENS.auditor, 'POST', '/list-versions/list-2026-01/approve', {}],
      [TOKENS.de, 'POST', '/list-versions/list-2026-01/approve', {}],
    ];
    for (const [token, method, url, body] of cases) {
      const res = await api.call(method, url, token, body);
      expect(res.statusCode, `${token} ${url}`).toBe(403);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    expect((await api.call('POST', '/requirements', null, line())).statusCode).toBe(401);
    expect(await eventCount()).toBe(before);
  });

  it.skipIf(!store.available)('answers a forbidden transition with 409 and the current state, writing nothing', async () => {
    await propose({ lineId: 'tr-proposed' });
    await propose({ lineId: 'tr-rejected' });
    await api.call('POST', '/requirements/tr-rejected/reject', TOKENS.coordinator, { reason: 'duplicate of another line' });
    await api.call('POST', '/list-versions', TOKENS.recipient, { month: '2026-03', versionId: 'list-2026-03' });
    for (const token of [TOKENS.recipient, TOKENS.coordinator, TOKENS.supplier]) await api.call('POST', '/list-versions/list-2026-03/approve', token, {});
    const before = await eventCount();
    const cases: [string, string, unknown, string][] = [
      [TOKENS.supplier, '/requirements/tr-proposed/price', { unitPrice: { minor: '100', currency: 'USD' }, availability: 'stock' }, 'proposed'],
      [TOKENS.coordinator, '/requirements/tr-rejected/validate', {}, 'rejected'],
      [TOKENS.coordinator, '/requirements/tr-rejected/reject', { reason: 'again, to be sure' }, 'rejected'],
      [TOKENS.recipient, '/requirements/tr-rejected/withdraw', { reason: 'no longer needed' }, 'rejected'],
      [TOKENS.recipient, '/requirements/rerank', { lineId: 'tr-rejected', toRank: 1 }, 'rejected'],
      [TOKENS.supplier, '/list-versions/list-2026-03/approve', {}, 'approved'],
    ];
    for (const [token, url, body, currentState] of cases) {
      const res = await api.call('POST', url, token, body);
      expect(res.statusCode, url).toBe(409);
      expect(res.json()).toMatchObject({ code: 'invalid_transition', currentState });
    }
    expect(await eventCount()).toBe(before);
  });

  it.skipIf(!store.available)('refuses conflicts with 409: a taken id, a second pending version, a repeated approval', async () => {
    await propose({ lineId: 'cf-a' });
    await api.call('POST', '/list-versions', TOKENS.recipient, { month: '2026-04', versionId: 'list-2026-04' });
    await api.call('POST', '/list-versions/list-2026-04/approve', TOKENS.supplier, {});
    const before = await eventCount();
    const taken = await api.call('POST', '/requirements', TOKENS.recipient, line({ lineId: 'cf-a' }));
    expect(taken.json()).toMatchObject({ status: 409, code: 'conflict' });
    const second = await api.call('POST', '/list-versions', TOKENS.recipient, { month: '2026-04' });
    expect(second.json()).toMatchObject({ status: 409, code: 'conflict', pendingVersionId: 'list-2026-04' });
    const again = await api.call('POST', '/list-versions/list-2026-04/approve', TOKENS.supplier, {});
    expect(again.json()).toMatchObject({ status: 409, code: 'conflict' });
    const missing = await api.call('POST', '/requirements/no-such-line/validate', TOKENS.coordinator, {});
    expect(missing.statusCode).toBe(404);
    expect((await api.call('GET', '/list-versions/no-such-version', TOKENS.auditor)).statusCode).toBe(404);
    expect(await eventCount()).toBe(before);
  });

  it.skipIf(!store.available)('answers bad input with 400 naming the field, writing nothing', async () => {
    await propose({ lineId: 'bad-a' });
    const active = (await ranking()).map(([id]) => id as string);
    const before = await eventCount();
    const cases: [string, string, string, unknown, string][] = [
      [TOKENS.recipient, 'POST', '/requirements', line({ capabilityArea: 'space' }), 'body.capabilityArea'],
      [TOKENS.recipient, 'POST', '/requirements', line({ quantity: '1.5' }), 'body.quantity'],
      [TOKENS.recipient, 'POST', '/requirements', line({ quantity: '0' }), 'body.quantity'],
      [TOKENS.recipient, 'POST', '/requirements', line({ neededBy: '2025-13' }), 'body.neededBy'],
      [TOKENS.recipient, 'POST', '/requirements', line({ estimatedUnitPrice: { minor: '100', currency: 'EUR' } }), 'body.estimatedUnitPrice.currency'],
      [TOKENS.recipient, 'POST', '/requirements', line({ lineId: 'Not An Id' }), 'body.lineId'],
      [TOKENS.recipient, 'POST', '/requirements', line({ estimatedUnitPrice: { minor: '99999999999999999999', currency: 'USD' } }), 'body.estimatedUnitPrice.minor'],
      [TOKENS.supplier, 'POST', '/requirements/bad-a/price', { unitPrice: { minor: '99999999999999999999', currency: 'USD' }, availability: 'stock' }, 'body.unitPrice.minor'],
      [TOKENS.recipient, 'POST', '/requirements', line({ item: undefined }), 'body.item'],
      [TOKENS.recipient, 'POST', '/requirements/rerank', { order: active.slice(1) }, 'order'],
      [TOKENS.recipient, 'POST', '/requirements/rerank', { order: [...active, 'ghost'] }, `order.${active.length}`],
      [TOKENS.recipient, 'POST', '/requirements/rerank', { lineId: 'bad-a', toRank: active.length + 1 }, 'toRank'],
      [TOKENS.recipient, 'POST', '/requirements/rerank', {}, 'body.order'],
      [TOKENS.coordinator, 'POST', '/requirements/bad-a/reject', { reason: 'no' }, 'body.reason'],
      [TOKENS.supplier, 'POST', '/requirements/bad-a/price', { unitPrice: { minor: '100', currency: 'EUR' }, availability: 'stock' }, 'body.unitPrice.currency'],
      [TOKENS.recipient, 'POST', '/list-versions', { month: '2026' }, 'body.month'],
      [TOKENS.recipient, 'POST', '/list-versions', { month: '2026-05', versionId: 'ranking' }, 'body.versionId'],
      [TOKENS.auditor, 'GET', '/requirements?status=lost', undefined, 'querystring.status'],
      [TOKENS.auditor, 'GET', '/requirements/Bad%20Id', undefined, 'params.lineId'],
    ];
    for (const [token, method, url, body, field] of cases) {
      const res = await api.call(method, url, token, body);
      expect(res.statusCode, `${url} ${field}`).toBe(400);
      expect(res.json().errors.map((e: { field: string }) => e.field), url).toContain(field);
    }
    expect(await eventCount()).toBe(before);
  });
});
