/**
 * Proves the planner's endpoints on both stores: POST /plans computes a proven-optimal proposal with
 * reasons and writes nothing; GET /plans/{id} reads it back; bad, contradictory and infeasible
 * scenarios get a 4xx naming the field or the money that falls short; POST /plans/accept is for
 * the coordinator only, records every allocation of the plan through accept-plan in one
 * transaction (the packages it funds become funded), and refuses a plan once the record has changed
 * or when it counts hypothetical money; a dry run records nothing; and after a new pledge a new plan
 * shows the difference from the allocations now recorded. Rebuilding gives the same tables.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuild, snapshotProjections } from '../src/store/projections/index.ts';
import { openTestApi, TOKENS, type TestApi } from './support/api.ts';
import { committedPledge, eur, fundingPackage, fxRate, pricedLine, usd } from './support/package-setup.ts';
import { STORES } from './support/stores.ts';

interface PlanJson {
  planId: string;
  acceptable: boolean;
  optimality: { proven: boolean; allocations: number };
  allocations: { pledgeId: string; packageId: string; amount: { minor: string; currency: string }; usdValue: { minor: string } }[];
  packages: { packageId: string; fundedBefore: { minor: string }; fundedAfter: { minor: string }; becomesFunded: boolean }[];
  lines: { lineId: string; outcome: string; reason: string | null; binding: { kind: string; shortfall: { minor: string } } | null }[];
  whatWouldChange: { extraUnearmarked: { minor: string }; lineIds: string[] }[];
  greedy: { comparison: string };
}

describe.each(STORES)('planner API on $name', (store) => {
  let api: TestApi;
  let nl = '';
  let de = '';
  beforeAll(async () => {
    if (!store.available) return;
    api = await openTestApi(store);
    await fxRate(api, '2025-09-01', 'EUR', 'USD', '1.25');
    // Three whole lines, most urgent first: USD 100,000, USD 100,000 and USD 50,000, each in its own package.
    await pricedLine(api, 'pl-a', '10', '1000000', 'air_defence');
    await pricedLine(api, 'pl-b', '5', '2000000', 'artillery');
    await pricedLine(api, 'pl-c', '1', '5000000', 'air_defence');
    await fundingPackage(api, 'pk-a', ['pl-a']);
    await fundingPackage(api, 'pk-b', ['pl-b']);
    await fundingPackage(api, 'pk-c', ['pl-c']);
    nl = await committedPledge(api, TOKENS.nl, 'nl', usd('12000000'));
    // EUR 80,000 is worth USD 100,000, and may only fund air defence.
    de = await committedPledge(api, TOKENS.de, 'de', eur('8000000'), { kind: 'capability', capabilityArea: 'air_defence' });
  });
  afterAll(async () => api?.close());

  const eventCount = async () => (await api.call('GET', '/health', null)).json().events as number;
  const plan = async (scenario: unknown = {}, token: string = TOKENS.auditor) => api.call('POST', '/plans', token, scenario);

  it.skipIf(!store.available)('proposes the optimal allocation with reasons, and writes nothing', async () => {
    const before = await eventCount();
    const res = await plan();
    expect(res.statusCode).toBe(200);
    const p = res.json() as PlanJson;
    expect(await eventCount()).toBe(before);
    // The earmarked euros go to air defence so that the unearmarked dollars can fund artillery.
    expect(p.allocations.map((a) => `${a.pledgeId}->${a.packageId}`).sort()).toEqual([`${de}->pk-a`, `${nl}->pk-b`].sort());
    expect(p.allocations.find((a) => a.pledgeId === de)!.amount).toEqual({ minor: '8000000', currency: 'EUR' });
    expect(p.optimality).toMatchObject({ proven: true, allocations: 2 });
    const c = p.lines.find((l) => l.lineId === 'pl-c')!;
    expect(c.outcome).toBe('unfunded');
    expect(c.binding).toMatchObject({ kind: 'whole_package', shortfall: { minor: '3000000' } });
    expect(c.reason).toMatch(/USD 30,000\.00 more money that may fund it/);
    expect(p.whatWouldChange[0]).toMatchObject({ extraUnearmarked: { minor: '3000000' }, lineIds: ['pl-c'] });
    expect(p.acceptable).toBe(true);

    const again = await api.call('GET', `/plans/${p.planId}`, TOKENS.nl);
    expect(again.statusCode).toBe(200);
    expect(again.json().planId).toBe(p.planId);
  });

  it.skipIf(!store.available)('refuses bad, contradictory and infeasible scenarios, naming what is wrong', async () => {
    const before = await eventCount();
    const unknownKey = await plan({ pledgeState: ['pledged'] });
    expect(unknownKey.statusCode).toBe(400);
    const badMoney = await plan({ addPledges: [{ pledgeId: 'what-if', amount: { minor: '12.5', currency: 'EUX' } }] });
    expect(badMoney.statusCode).toBe(400);
    expect(badMoney.json().errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['body.addPledges.0.amount.minor']));
    const missing = await plan({ excludePledges: ['no-such-pledge'] });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().errors[0].field).toBe('excludePledges.0');
    const reused = await plan({ addPledges: [{ pledgeId: nl, amount: usd('100') }] });
    expect(reused.statusCode).toBe(409);
    expect(reused.json().errors[0].field).toBe('addPledges.0.pledgeId');
    const unknownArea = await plan({ addPledges: [{ pledgeId: 'what-if', amount: usd('100'), earmark: { kind: 'capability', capabilityArea: 'submarines' } }] });
    expect(unknownArea.statusCode).toBe(400);
    const infeasible = await plan({ require: { packageIds: ['pk-b'] }, excludePledges: [nl] });
    expect(infeasible.statusCode).toBe(409);
    expect(infeasible.json().detail).toMatch(/requires package 'pk-b'.*only USD 0\.00/);
    expect((await plan({ timeLimitMs: 1 })).statusCode).toBe(400);
    expect(await eventCount()).toBe(before);
  });

  it.skipIf(!store.available)('accepts a plan for the coordinator only, in one transaction, and never twice', async () => {
    const p = (await plan()).json() as PlanJson;
    const byAlly = await api.call('POST', '/plans/accept', TOKENS.nl, { planId: p.planId });
    expect(byAlly.statusCode).toBe(403);
    const before = await eventCount();
    const dry = await api.call('POST', '/plans/accept?dryRun=true', TOKENS.coordinator, { planId: p.planId });
    expect(dry.statusCode).toBe(200);
    expect(dry.json().dryRun).toBe(true);
    expect(await eventCount()).toBe(before);

    const res = await api.call('POST', '/plans/accept', TOKENS.coordinator, { planId: p.planId }, { 'idempotency-key': 'accept-1' });
    expect(res.statusCode).toBe(201);
    const events = res.json().events as { type: string; command: string }[];
    expect(events.filter((e) => e.type === 'FundsAllocated')).toHaveLength(2);
    expect(new Set(events.map((e) => e.command))).toEqual(new Set(['accept-plan']));
    expect(res.json().result.allocations).toHaveLength(2);
    for (const id of ['pk-a', 'pk-b']) expect((await api.call('GET', `/packages/${id}`, TOKENS.auditor)).json().state).toBe('funded');

    const replay = await api.call('POST', '/plans/accept', TOKENS.coordinator, { planId: p.planId }, { 'idempotency-key': 'accept-1' });
    expect(replay.statusCode).toBe(200);
    expect(replay.json().replayed).toBe(true);
    const twice = await api.call('POST', '/plans/accept', TOKENS.coordinator, { planId: p.planId });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toMatch(/record has changed/);
    expect(await eventCount()).toBe(before + events.length);
  });

  it.skipIf(!store.available)('shows what a new pledge changes, and refuses to accept hypothetical money', async () => {
    await committedPledge(api, TOKENS.nl, 'nl', usd('3000000'));
    const p = (await plan()).json() as PlanJson;
    const c = p.packages.find((k) => k.packageId === 'pk-c')!;
    expect(c).toMatchObject({ fundedBefore: { minor: '0' }, fundedAfter: { minor: '5000000' }, becomesFunded: true });
    expect(p.packages.find((k) => k.packageId === 'pk-a')).toBeUndefined(); // funded already: nothing to plan
    expect(p.lines.find((l) => l.lineId === 'pl-c')!.outcome).toBe('funded');
    expect(p.allocations.reduce((s, a) => s + BigInt(a.usdValue.minor), 0n)).toBe(5_000_000n);

    const whatIf = (await plan({ addPledges: [{ pledgeId: 'what-if', amount: usd('100') }] })).json() as PlanJson;
    expect(whatIf.acceptable).toBe(false);
    const refused = await api.call('POST', '/plans/accept', TOKENS.coordinator, { planId: whatIf.planId });
    expect(refused.statusCode).toBe(409);
    expect((await api.call('POST', '/plans/accept', TOKENS.coordinator, { planId: 'plan-000000000000000000000000' })).statusCode).toBe(404);
  });

  it.skipIf(!store.available)('rebuilds the same tables from the log', async () => {
    const live = await snapshotProjections(api.store.db);
    await rebuild(api.store.db);
    expect(await snapshotProjections(api.store.db)).toEqual(live);
  });
});
