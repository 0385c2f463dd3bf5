/**
 * Proves the public view's endpoint on both stores: GET /public/overview answers without a token,
 * holds only allow-listed fields (aggregates, and the public-record pledges with their sources),
 * never a package's contents, lines, case reference, shipments, notes or per-package figures; its
 * exact totals are the public record's, and every range holds the figure a participant sees. GET /reference/gdp serves exactly the checked figures of
 * src/domain/reference/gdp.csv (read here, not copied), and lists the rest as unsourced.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsvObjects } from '../src/demo/csv.ts';
import { TOKENS, type TestApi } from './support/api.ts';
import { openSeededApi } from './support/seeded-api.ts';
import { BRIEF } from './support/brief.ts';
import { STORES } from './support/stores.ts';

/** Every key anywhere in a JSON value, as dotted paths with array indexes dropped. */
function keyPaths(v: unknown, prefix = '', out = new Set<string>()): Set<string> {
  if (Array.isArray(v)) v.forEach((x) => keyPaths(x, prefix, out));
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      const p = prefix ? `${prefix}.${k}` : k;
      out.add(p);
      keyPaths(x, p, out);
    }
  return out;
}

const money = (path: string) => [path, `${path}.minor`, `${path}.currency`];
const range = (path: string) => [path, ...money(`${path}.low`), ...money(`${path}.high`)];
const ALLOWED = new Set([
  'asOf',
  ...['monthly', 'monthly.month', ...['committed', 'target', 'cumulative', 'cumulativeTarget'].flatMap((m) => money(`monthly.${m}`))],
  ...range('monthly.undisclosed'),
  ...range('monthly.cumulativeUndisclosed'),
  ...['contributors', 'contributors.key', 'contributors.contributors', 'contributors.pledges', ...['announced', 'committed', 'paid'].flatMap((m) => money(`contributors.${m}`))],
  'undisclosed',
  ...['announced', 'committed', 'paid'].flatMap((m) => range(`undisclosed.${m}`)),
  ...['coverage', 'coverage.band', 'coverage.lines', 'coverage.percent', 'coverage.percent.low', 'coverage.percent.high', ...range('coverage.need'), ...range('coverage.funded')],
  'gap',
  ...range('gap.totalGap'),
  'packagesByState',
  'packagesByState.state',
  'packagesByState.count',
  ...['pledges', 'pledges.pledgeId', 'pledges.contributors', 'pledges.amount', 'pledges.amount.minor', 'pledges.amount.currency', 'pledges.qualifier', 'pledges.announcedOn'],
  ...['pledges.announcedOn.value', 'pledges.announcedOn.precision', 'pledges.state', 'pledges.counts', 'pledges.duplicateOf'],
  ...['pledges.sources', 'pledges.sources.url', 'pledges.sources.publisher', 'pledges.sources.date', 'pledges.sources.tier'],
]);

type M = { minor: string };
type R = { low: M; high: M };
const inRange = (x: bigint, r: R) => BigInt(r.low.minor) <= x && x < BigInt(r.high.minor);

describe.each(STORES)('the public overview on $name', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    if (!store.available) return;
    api = await openSeededApi(store);
  });
  afterAll(async () => api?.close());
  const ready = store.available && !!BRIEF;

  it.skipIf(!ready)('answers without a token, with allow-listed fields only', async () => {
    const r = await api.call('GET', '/public/overview', null);
    expect(r.statusCode).toBe(200);
    const body = r.json();
    const unexpected = [...keyPaths(body)].filter((k) => !ALLOWED.has(k));
    expect(unexpected).toEqual([]);
    const text = JSON.stringify(body);
    // The demo's package contents, case references and shipments exist, and none of them shows.
    for (const secret of ['ILLUSTRATIVE-LOA', 'ship-nl-1', 'pkg-ca-air-defence', 'AMRAAM', 'Patriot parts and interceptor missiles']) expect(text).not.toContain(secret);
  });

  it.skipIf(!ready)('lists only pledges with a published source, amounts as announced', async () => {
    const body = (await api.call('GET', '/public/overview', null)).json();
    const all = (await api.call('GET', '/pledges?limit=500', TOKENS.auditor)).json().items as { pledgeId: string; sources: unknown[]; amount: unknown }[];
    const sourced = all.filter((p) => p.sources.length > 0);
    expect(body.pledges.map((p: { pledgeId: string }) => p.pledgeId).sort()).toEqual(sourced.map((p) => p.pledgeId).sort());
    const ann001 = body.pledges.find((p: { pledgeId: string }) => p.pledgeId === 'ann-001');
    expect(ann001.amount).toEqual({ minor: '50000000000', currency: 'EUR' });
  });

  it.skipIf(!ready)('gives the public record exactly and the rest of the coalition only as ranges that hold the true figures', async () => {
    // An ally commits money it does not announce publicly (no source): a coalition figure.
    const pledge = { pledgeId: 'nl-unannounced', contributors: [{ orgId: 'nl' }], amount: { minor: '7312345600', currency: 'USD' }, announcedOn: '2025-09-02' };
    expect((await api.call('POST', '/pledges', TOKENS.nl, pledge)).statusCode).toBe(201);
    expect((await api.call('POST', '/pledges/nl-unannounced/commit', TOKENS.nl, {})).statusCode).toBe(200);
    const pub = (await api.call('GET', '/public/overview', null)).json();
    const sum = (await api.call('GET', '/summary', TOKENS.auditor)).json();
    expect(JSON.stringify(pub)).not.toContain('nl-unannounced');
    expect(JSON.stringify(pub)).not.toContain('7312345600');
    const total = (rows: { usd?: { committed: M }; committed?: M }[]) => rows.reduce((a, r) => a + BigInt((r.usd?.committed ?? r.committed)!.minor), 0n);
    const undisclosed = total(sum.contributors) - total(pub.contributors);
    expect(undisclosed).toBe(7_312_345_600n);
    expect(undisclosed > 0n).toBe(true);
    expect(inRange(undisclosed, pub.undisclosed.committed)).toBe(true);
    const last = (rows: { cumulative: M }[]) => BigInt(rows.at(-1)!.cumulative.minor);
    expect(inRange(last(sum.monthly) - last(pub.monthly), pub.monthly.at(-1).cumulativeUndisclosed)).toBe(true);
    expect(inRange(BigInt(sum.gap.totalGap.minor), pub.gap.totalGap)).toBe(true);
    for (const band of sum.coverage as { band: string; need: M; funded: M }[]) {
      const p = pub.coverage.find((b: { band: string }) => b.band === band.band);
      expect(inRange(BigInt(band.need.minor), p.need)).toBe(true);
      expect(inRange(BigInt(band.funded.minor), p.funded)).toBe(true);
    }
    // A range is never narrower than USD 10 million, nor than a tenth of its low end (two significant digits).
    for (const r of [pub.undisclosed.committed, pub.gap.totalGap, ...pub.coverage.map((b: { need: R }) => b.need)] as R[]) {
      const [lo, hi] = [BigInt(r.low.minor), BigInt(r.high.minor)];
      expect(hi - lo >= 1_000_000_000n).toBe(true);
      expect((hi - lo) * 100n >= lo).toBe(true);
    }
  });

  it.skipIf(!store.available)('gives the GDP figures of the reference file with their source, without a token', async () => {
    const rows = parseCsvObjects(readFileSync(new URL('../src/domain/reference/gdp.csv', import.meta.url), 'utf8'));
    const r = await api.call('GET', '/reference/gdp', null);
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body.source.url).toMatch(/^https:\/\//);
    expect(body.source.year).toBe(2023);
    const sourced = rows.filter((row) => row.gdp_usd !== '');
    // Whole dollars in the file, cents on the wire: the same integer with two zeros added.
    expect(body.items).toEqual(sourced.map((row) => ({ country: row.country, year: Number(row.year), gdp: { minor: `${row.gdp_usd}00`, currency: 'USD' }, sourceUrl: row.source_url })));
    expect(body.unsourced).toEqual(rows.filter((row) => row.gdp_usd === '').map((row) => row.country));
    expect(body.items.length + body.unsourced.length).toBe(rows.length);
  });
});
