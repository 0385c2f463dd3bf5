/**
 * Proves, on both stores and over every GET route of the OpenAPI document and every entry of the
 * transparency log (which commits to classified values by salted hash and opens them only to those
 * cleared), that classified data reaches only those cleared for it, by two adversarial checks on the demo
 * record with secrets added: the Netherlands' pledge whose amount is restricted to it and the
 * coordinator (with a payment, and counted toward its security agreement), Germany's pledge restricted as a whole to Germany, a package's lines
 * restricted to the coordinator and Ukraine, and a shipment's schedule restricted to its stewards.
 * 1. Canaries: each secret's exact text appears for every caller cleared for it (so the check can
 *    fail) and for nobody else, on any route; withheld fields say so.
 * 2. Non-interference: a second record differs only in the secret amounts; for every caller cleared
 *    for none of them (the public and four participants), every route answers exactly the same in
 *    both records, so no total, difference or conversion shown to them depends on a secret.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastSeq } from '../src/store/event-log.ts';
import type { TestApi } from './support/api.ts';
import { TOKENS } from './support/api.ts';
import { BRIEF } from './support/brief.ts';
import { openSeededApi } from './support/seeded-api.ts';
import { STORES } from './support/stores.ts';

interface Secrets {
  nlAmount: string;
  nlPaid: string;
  deAmount: string;
}
const A: Secrets = { nlAmount: '4242424242', nlPaid: '1717171717', deAmount: '5151515151' };
const B: Secrets = { nlAmount: '4343434343', nlPaid: '1818181818', deAmount: '5252525252' };

async function addSecrets(api: TestApi, s: Secrets): Promise<void> {
  const ok = async (method: string, url: string, token: string, body: unknown) => {
    const r = await api.call(method, url, token, body);
    expect(r.statusCode, `${url}: ${r.body}`).toBeLessThan(300);
  };
  const pledge = (pledgeId: string, orgId: string, minor: string) => ({ pledgeId, contributors: [{ orgId }], amount: { minor, currency: 'EUR' }, announcedOn: '2025-09-03' });
  await ok('POST', '/pledges', TOKENS.nl, pledge('nl-secret', 'nl', s.nlAmount));
  await ok('POST', '/classifications', TOKENS.nl, { kind: 'pledge', id: 'nl-secret', field: 'amount', level: 'restricted', reason: 'donor-confidentiality', readers: ['nato'] });
  await ok('POST', '/pledges/nl-secret/commit', TOKENS.nl, {});
  await ok('POST', '/pledges/nl-secret/payments', TOKENS.nl, { amount: { minor: s.nlPaid, currency: 'EUR' }, paidOn: '2025-09-10' });
  // The coordinator (a reader) allocates part of it: what an allocation says is coalition information, the same in both records.
  await ok('POST', '/allocations', TOKENS.coordinator, { allocationId: 'alloc-nl-secret', pledgeId: 'nl-secret', packageId: 'pkg-nordic-baltic', amount: { minor: '1000000000', currency: 'EUR' } });
  // The Netherlands counts the whole pledge toward its 2024 agreement: guarantee fulfilment must not show it either.
  await ok('POST', '/guarantees/commitments/agreement-nl-money-1/fulfilments', TOKENS.nl, {
    fulfilmentId: 'ful-nl-secret',
    evidence: { kind: 'pledge', pledgeId: 'nl-secret', amount: { minor: s.nlAmount, currency: 'EUR' } },
    basis: 'counted toward the 2024 agreement',
  });
  await ok('POST', '/pledges', TOKENS.de, pledge('de-hidden', 'de', s.deAmount));
  await ok('POST', '/classifications', TOKENS.de, { kind: 'pledge', id: 'de-hidden', level: 'restricted', reason: 'donor-confidentiality' });
  await ok('POST', '/classifications', TOKENS.coordinator, { kind: 'package', id: 'pkg-de-air-defence', field: 'lines', level: 'restricted', reason: 'operational-security', readers: ['ua-mod'] });
  await ok('POST', '/classifications', TOKENS.supplier, { kind: 'shipment', id: 'ship-de-1', field: 'schedule', level: 'restricted', reason: 'operational-security' });
}

type Viewer = keyof typeof TOKENS | 'public';
const VIEWERS: Viewer[] = ['public', 'recipient', 'coordinator', 'supplier', 'auditor', 'nl', 'de', 'no'];
/** Who may read each secret: owners, named readers, and the stewards of coalition-wide records. */
const CLEARED = {
  nlAmount: ['nl', 'coordinator'],
  deHidden: ['de'],
  pkgLines: ['coordinator', 'recipient'],
  shipSchedule: ['coordinator', 'supplier', 'recipient'],
} satisfies Record<string, Viewer[]>;
const BLIND: Viewer[] = ['public', 'supplier', 'auditor', 'no'];

/** Every GET route with its path parameters filled from the demo and the secrets; with `log`, the log's entries too. */
function getUrls(api: TestApi, logSize = 0): string[] {
  const spec = api.app.swagger() as { paths: Record<string, Record<string, unknown>> };
  const fill: Record<string, string[]> = {
    pledgeId: ['nl-secret', 'de-hidden', 'ann-001'],
    packageId: ['pkg-de-air-defence', 'pkg-nordic-baltic'],
    allocationId: ['alloc-nl-secret', 'alloc-de-air-defence'],
    shipmentId: ['ship-de-1'],
    lineId: ['ill-pac3-mse-b'],
    versionId: ['list-2025-11'],
    commitmentId: ['capability-coalition-air-force-nl', 'agreement-nl-money-1'],
    frameworkId: ['capability-coalition-air-force'],
    orgId: ['nl', 'de'],
    pillar: ['sustained_funding', 'weapons_supply'],
    userId: ['planner@ua-mod'],
  };
  const urls: string[] = [];
  for (const [path, ops] of Object.entries(spec.paths)) {
    if (!('get' in ops) || path.startsWith('/log/') || path.startsWith('/plans/') || path.startsWith('/auth/')) continue;
    const params = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
    if (params.length === 0) {
      urls.push(path.includes('pledges') || path.includes('packages') || path.includes('allocations') || path.includes('shipments') ? `${path}?limit=500` : path);
      continue;
    }
    expect(fill[params[0]!], `no ids for ${params[0]} in ${path}`).toBeDefined();
    for (const id of fill[params[0]!]!) urls.push(path.replace(`{${params[0]}}`, encodeURIComponent(id)));
  }
  urls.push('/allocations?limit=500&pledgeId=nl-secret', '/pledges?limit=500&contributor=de', '/events?limit=1000');
  // Every entry of the log; its salted commitments differ between two loads, so only for the canaries.
  for (let start = 1; start <= logSize; start += 1000) urls.push(`/log/entries?start=${start}&end=${Math.min(logSize, start + 999)}`);
  return urls;
}

/** Times of recording and generated ids differ between two loads of the same record; nothing else may. */
const normalize = (body: string) =>
  body.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, '<time>').replace(/\b([a-z]+)-[0-9a-f]{10}\b/g, '$1-<id>');

/** Where two answers first differ, with a little context: enough to find the leak, not the whole body. */
function firstDifference(x: string, y: string): string | null {
  if (x === y) return null;
  let i = 0;
  while (i < x.length && x[i] === y[i]) i++;
  return `at ${i}: ...${x.slice(Math.max(0, i - 160), i + 80)}... vs ...${y.slice(Math.max(0, i - 160), i + 80)}...`;
}

describe.each(STORES)('classified data on $name', (store) => {
  const ready = store.available && !!BRIEF;
  let a: TestApi;
  let b: TestApi;
  beforeAll(async () => {
    if (!ready) return;
    [a, b] = [await openSeededApi(store), await openSeededApi(store)];
    await addSecrets(a, A);
    await addSecrets(b, B);
  }, 600_000);
  afterAll(async () => {
    await a?.close();
    await b?.close();
  });

  const read = async (api: TestApi, viewer: Viewer, url: string) => {
    const r = await api.call('GET', url, viewer === 'public' ? null : TOKENS[viewer]);
    expect(r.statusCode, `${viewer} GET ${url}: ${r.body.slice(0, 300)}`).toBeLessThan(500);
    return { status: r.statusCode, body: r.body };
  };

  it.skipIf(!ready)('shows each secret to those cleared for it, on some route, and to nobody else, on any (the log included)', async () => {
    const urls = getUrls(a, await lastSeq(a.store.db));
    const canaries: [keyof typeof CLEARED, string][] = [
      ['nlAmount', A.nlAmount],
      ['nlAmount', A.nlPaid],
      ['deHidden', 'de-hidden'],
      ['deHidden', A.deAmount],
    ];
    const seen = new Map<string, Set<Viewer>>();
    for (const viewer of VIEWERS) {
      for (const url of urls) {
        const { status, body } = await read(a, viewer, url);
        // A refusal may repeat the id the caller asked for; it shows nothing the caller did not send.
        if (status >= 400) continue;
        for (const [secret, text] of canaries) {
          if (!body.includes(text)) continue;
          expect(CLEARED[secret] as Viewer[], `${viewer} saw ${secret} (${text}) at GET ${url}`).toContain(viewer);
          seen.set(text, (seen.get(text) ?? new Set()).add(viewer));
        }
      }
    }
    for (const [secret, text] of canaries) expect([...(seen.get(text) ?? [])].sort(), text).toEqual([...CLEARED[secret]].sort());
  });

  it.skipIf(!ready)('withholds a package\u2019s lines and a shipment\u2019s schedule from those not cleared, and says why', async () => {
    for (const viewer of VIEWERS.filter((v) => v !== 'public')) {
      const pkg = JSON.parse((await read(a, viewer, '/packages/pkg-de-air-defence')).body) as { lines: unknown[] | null; withheld: { field: string; reason: string }[] };
      const ship = JSON.parse((await read(a, viewer, '/shipments/ship-de-1')).body) as {
        shippedOn: string | null;
        quantity: string | null;
        classification: { record: string; schedule: string };
        withheld: { field: string }[];
      };
      // The levels in force are told to everyone who may see the shipment, cleared or not.
      expect(ship.classification, viewer).toEqual({ record: 'coalition', schedule: 'restricted' });
      if ((CLEARED.pkgLines as Viewer[]).includes(viewer)) expect(pkg.lines?.length, viewer).toBeGreaterThan(0);
      else expect(pkg, viewer).toMatchObject({ lines: null, withheld: [{ field: 'lines', reason: 'operational-security' }] });
      if ((CLEARED.shipSchedule as Viewer[]).includes(viewer)) expect(ship.shippedOn, viewer).not.toBeNull();
      else expect(ship, viewer).toMatchObject({ shippedOn: null, quantity: null, withheld: expect.arrayContaining([expect.objectContaining({ field: 'schedule' })]) });
    }
  });

  it.skipIf(!ready)('answers every route identically to callers cleared for no secret, whatever the secret amounts', async () => {
    const urls = getUrls(a);
    for (const viewer of BLIND) {
      // The access log records each caller's reads, which differ between the two records by the test's own order.
      for (const url of urls.filter((u) => u !== '/access-log')) {
        const [ra, rb] = [await read(a, viewer, url), await read(b, viewer, url)];
        expect(firstDifference(normalize(ra.body), normalize(rb.body)), `${viewer} GET ${url}`).toBeNull();
      }
    }
  });
});
