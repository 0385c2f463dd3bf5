/** Steps that set up packages through the API, shared by the package, allocation and delivery API tests. */
import { expect } from 'vitest';
import { COMMANDS } from '../../src/commands/index.ts';
import { dispatch } from '../../src/commands/dispatch.ts';
import type { MoneyJson } from '../../src/domain/money.ts';
import { TOKENS, type TestApi } from './api.ts';

/** Proposes, validates and prices a line; answers its id. */
export async function pricedLine(api: TestApi, lineId: string, quantity: string, unitPriceMinor: string, capabilityArea = 'air_defence'): Promise<string> {
  const proposed = await api.call('POST', '/requirements', TOKENS.recipient, {
    lineId,
    capabilityArea,
    item: `Item ${lineId}`,
    quantity,
    unit: 'unit',
    estimatedUnitPrice: { minor: unitPriceMinor, currency: 'USD' },
    neededBy: '2025-12',
    illustrative: true,
  });
  expect(proposed.statusCode).toBe(201);
  expect((await api.call('POST', `/requirements/${lineId}/validate`, TOKENS.coordinator, {})).statusCode).toBe(200);
  const priced = await api.call('POST', `/requirements/${lineId}/price`, TOKENS.supplier, {
    unitPrice: { minor: unitPriceMinor, currency: 'USD' },
    availability: 'from US stocks',
  });
  expect(priced.statusCode).toBe(200);
  return lineId;
}

/** Records a dated rate through the dispatcher (as the coordinator). */
export async function fxRate(api: TestApi, date: string, base: string, quote: string, rate: string): Promise<void> {
  await dispatch(api.store.db, COMMANDS.recordFxRate, {
    actor: { orgId: 'nato', role: 'coordinator', userId: 'test' },
    input: { date, base, quote, rate, source: 'test rate' },
  });
}

/** Announces and commits a pledge by one Ally; answers its id. */
export async function committedPledge(api: TestApi, token: string, orgId: string, amount: MoneyJson, earmark?: unknown): Promise<string> {
  const created = await api.call('POST', '/pledges', token, {
    contributors: [{ orgId }],
    amount,
    announcedOn: '2025-09-01',
    ...(earmark ? { earmark } : {}),
  });
  expect(created.statusCode).toBe(201);
  const id = created.json().result.pledgeId as string;
  expect((await api.call('POST', `/pledges/${id}/commit`, token, {})).statusCode).toBe(200);
  return id;
}

/** Creates a package of the given lines and moves it to funding; answers its id. */
export async function fundingPackage(api: TestApi, packageId: string, lines: string[], allowOverFunding = false): Promise<string> {
  const created = await api.call('POST', '/packages', TOKENS.coordinator, { packageId, name: `Package ${packageId}`, lines, allowOverFunding, illustrative: true });
  expect(created.statusCode).toBe(201);
  expect((await api.call('POST', `/packages/${packageId}/prioritise`, TOKENS.coordinator, {})).statusCode).toBe(200);
  expect((await api.call('POST', `/packages/${packageId}/open-funding`, TOKENS.coordinator, {})).statusCode).toBe(200);
  return packageId;
}

export const usd = (minor: string): MoneyJson => ({ minor, currency: 'USD' });
export const eur = (minor: string): MoneyJson => ({ minor, currency: 'EUR' });
