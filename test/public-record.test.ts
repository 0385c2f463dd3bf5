/**
 * Proves, on both stores, that the demo loads the brief's public record exactly, through the
 * dispatcher, reading the CSVs themselves (no figure is copied into this test): every row present;
 * amounts and currencies as announced; empty amounts kept empty with a reason; every source URL
 * with its tier; dates with their precision and recorded at noon UTC of the day; duplicates linked
 * and counted once; a figure basis on every pledge; every illustrative step labelled; projections
 * re-derived identically by a rebuild; and, without the folder, a demo with a clear notice.
 * (The demo's illustrative packages, loaded after the public record, are proved elsewhere.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pledgeIdOf, claimIds } from '../src/demo/public-record-inputs.ts';
import { ILLUSTRATIVE_FUNDING } from '../src/demo/judgements.ts';
import { loadPublicRecord, type PublicRecordReport } from '../src/demo/public-record.ts';
import { registerOrganizations, seedDemo } from '../src/demo/seed.ts';
import { latestDay, parseFuzzyDate } from '../src/domain/dates.ts';
import { parseMajor, type Currency } from '../src/domain/money.ts';
import { readEvents } from '../src/store/event-log.ts';
import { rebuild, snapshotProjections } from '../src/store/projections/index.ts';
import { OPERATOR_VIEWER } from '../src/domain/classification.ts';
import { loadClearance } from '../src/store/queries/clearance.ts';
import { listPledgeViews, type PledgeView } from '../src/store/queries/pledge-views.ts';
import { BRIEF } from './support/brief.ts';
import { STORES, type TestStore } from './support/stores.ts';

const minorOf = (amount: string, currency: string): string => parseMajor(amount, currency as Currency).minor.toString();
const noon = (date: string): string => `${latestDay(parseFuzzyDate(date))}T12:00:00.000Z`;

describe.each(STORES)('the public record on $name', (store) => {
  const ready = store.available && BRIEF !== null;
  let s: TestStore;
  let report: PublicRecordReport;
  let pledges: Map<string, PledgeView>;
  beforeAll(async () => {
    if (!ready) return;
    s = await store.open();
    // The public record alone (seedDemo adds illustrative packages after it, which are not this suite's subject).
    await registerOrganizations(s.db);
    report = await loadPublicRecord(s.db, BRIEF!);
    pledges = new Map((await listPledgeViews(s.db, await loadClearance(s.db, OPERATOR_VIEWER), { limit: 500, offset: 0 })).items.map((p) => [p.pledgeId, p]));
  });
  afterAll(async () => s?.close());

  const count = async (table: string): Promise<number> => Number((await s.db.query<{ n: bigint }>(`SELECT count(*)::bigint AS n FROM ${table}`))[0]!.n);

  it.skipIf(!ready)('loads every row of every file, through the dispatcher, as the coordinator', async () => {
    const b = BRIEF!;
    expect(report).toMatchObject({
      fxRates: b.fxRates.length,
      pledges: b.announcements.length,
      duplicates: b.announcements.filter((r) => r.duplicate_of).length,
      totals: b.totals.length,
    });
    expect(await count('fx_rates')).toBe(b.fxRates.length);
    expect(await count('pledges')).toBe(b.announcements.length);
    expect(await count('public_totals')).toBe(b.totals.length);
    const events = await readEvents(s.db, { afterSeq: 0, limit: 10_000 });
    const recordEvents = events.filter((e) => e.type !== 'OrganizationRegistered');
    expect(recordEvents.length).toBeGreaterThan(0);
    expect(new Set(recordEvents.map((e) => e.actorOrg))).toEqual(new Set(['nato']));
    const times = events.map((e) => e.recordedAt);
    expect(times).toEqual([...times].sort()); // the log reads as the history happened
  });

  it.skipIf(!ready)('keeps each announcement as stated: amount, currency, qualifier, shares, equivalents, dates, sources', () => {
    for (const row of BRIEF!.announcements) {
      const p = pledges.get(pledgeIdOf(row.id))!;
      expect(p, row.id).toBeDefined();
      if (row.amount) {
        expect(p.amount).toEqual({ minor: minorOf(row.amount, row.currency), currency: row.currency });
        expect(p.amountMissingReason).toBeNull();
        expect(p.qualifier).toBe(row.amount_qualifier);
      } else {
        expect(p.amount).toBeNull();
        expect(p.amountMissingReason).toBe(/classified/i.test(row.conflict_note) ? 'classified at announcement' : 'not stated at announcement');
      }
      expect(p.statedEquivalent).toEqual(row.usd_equivalent_stated ? { minor: minorOf(row.usd_equivalent_stated, 'USD'), currency: 'USD' } : null);
      const shares = Object.fromEntries(row.shares.split(';').filter(Boolean).map((x) => {
        const [code, rest] = x.split('=') as [string, string];
        const [amount, cur] = rest.split(' ') as [string, string];
        return [code.toLowerCase(), { minor: minorOf(amount, cur), currency: cur }];
      }));
      expect(p.contributors).toEqual(row.contributors.split(';').map((c) => ({ orgId: c.toLowerCase(), ...(shares[c.toLowerCase()] ? { share: shares[c.toLowerCase()] } : {}) })));
      expect(p.announcedOn).toEqual(parseFuzzyDate(row.date_announced));
      expect(p.recordedAt).toBe(noon(row.date_announced));
      expect(p.contents).toBe(row.contents || null);
      expect(p.packageNumberClaim).toBe(row.package_number || null);
      expect(p.note).toBe(row.conflict_note || null);
      expect(p.sources).toEqual(row.source_urls.split(/\s+/).map((url) => ({ url, tier: row.source_tier })));
      expect(p.figureBasis, row.id).toMatch(/^counts (the announced|nothing)/);
    }
  });

  it.skipIf(!ready)('links each duplicate to its original, with the reason, and counts it once', () => {
    const dups = BRIEF!.announcements.filter((r) => r.duplicate_of);
    expect(dups.length).toBeGreaterThan(0);
    for (const row of dups) {
      const p = pledges.get(pledgeIdOf(row.id))!;
      expect(p.duplicateOf).toBe(pledgeIdOf(row.duplicate_of));
      expect(p.duplicateReason).toContain(row.conflict_note);
      expect(p.counts).toBe(false);
      expect(pledges.get(pledgeIdOf(row.duplicate_of))!.duplicateOf).toBeNull();
    }
  });

  it.skipIf(!ready)('keeps every FX rate with its source and note, month-only dates on the last day', async () => {
    const rows = await s.db.query<{ date: string; base: string; quote: string; rate: string; source: string; note: string | null }>(
      "SELECT to_char(date, 'YYYY-MM-DD') AS date, base, quote, rate, source, note FROM fx_rates ORDER BY seq",
    );
    expect(rows.map((r) => [r.date, r.base, r.quote, r.rate, r.source]).sort()).toEqual(
      BRIEF!.fxRates.map((r) => [latestDay(parseFuzzyDate(r.date)), r.base, r.quote, r.rate, r.source]).sort(),
    );
    for (const r of BRIEF!.fxRates.filter((x) => x.note)) expect(rows.some((x) => x.note?.startsWith(r.note))).toBe(true);
  });

  it.skipIf(!ready)('keeps every running total as its own claim: figure, currency, scope, counts, speaker, sources', async () => {
    const rows = await s.db.query<{ claim_id: string; amount_minor: bigint | null; currency: string | null; scope: string; packages_count: number | null; contributors_count: number | null; said_by: string; sources: { url: string }[]; note: string | null }>(
      'SELECT * FROM public_totals',
    );
    const byId = new Map(rows.map((r) => [r.claim_id, r]));
    const ids = claimIds(BRIEF!.totals);
    expect(new Set(ids).size).toBe(ids.length);
    BRIEF!.totals.forEach((t, i) => {
      const r = byId.get(ids[i]!)!;
      expect(r, ids[i]).toBeDefined();
      expect(r.amount_minor === null ? null : r.amount_minor.toString()).toBe(t.total_amount ? minorOf(t.total_amount, t.currency) : null);
      expect(r.currency).toBe(t.currency || null);
      expect([r.scope, r.said_by, r.note]).toEqual([t.scope, t.said_by, t.note || null]);
      expect(r.packages_count).toBe(t.packages_count ? Number(t.packages_count) : null);
      expect(r.contributors_count).toBe(t.contributors_count ? Number(t.contributors_count) : null);
      expect(r.sources.map((x) => x.url)).toEqual(t.source_url.split(/\s+/));
    });
  });

  it.skipIf(!ready)('labels every illustrative step, and funds only the four packages the record calls funded', async () => {
    const funded = BRIEF!.announcements.filter((r) => ['1', '2', '3', '4'].includes(r.package_number) && !r.duplicate_of).map((r) => pledgeIdOf(r.id));
    expect(ILLUSTRATIVE_FUNDING.map((f) => f.pledgeId).sort()).toEqual(funded.sort());
    const events = await readEvents(s.db, { afterSeq: 0, limit: 10_000 });
    const commits = events.filter((e) => e.type === 'PledgeStateChanged' && e.payload.to === 'committed');
    const payments = events.filter((e) => e.type === 'PaymentRecorded');
    expect(commits.map((e) => e.stream.replace('pledge:', '')).sort()).toEqual(funded.sort());
    expect(payments.length).toBe(funded.length);
    for (const e of commits) expect((e.payload as { reason: string }).reason).toMatch(/^illustrative: /);
    for (const e of payments) expect((e.payload as { reference: string }).reference).toMatch(/^illustrative: /);
    for (const id of funded) expect(pledges.get(id)!).toMatchObject({ state: 'paid', paid: pledges.get(id)!.amount });
    for (const [id, p] of pledges) if (!funded.includes(id)) expect(['announced', 'pledged']).toContain(p.state);
  });

  it.skipIf(!ready)('re-derives the same projections from the log', async () => {
    const before = await snapshotProjections(s.db);
    await rebuild(s.db);
    expect(await snapshotProjections(s.db)).toEqual(before);
  });
});

describe.each(STORES)('the demo without the brief folder on $name', (store) => {
  it.skipIf(!store.available)('loads the organizations and says clearly that the public record is missing', async () => {
    const s = await store.open();
    try {
      const said: string[] = [];
      const r = await seedDemo(s.db, { briefDir: '/nonexistent/brief/data', log: (l) => said.push(l) });
      expect(r).toMatchObject({ seeded: true, publicRecord: null });
      expect(said).toEqual([expect.stringContaining('public record not loaded')]);
      expect(said[0]).toContain('PURL_BRIEF_DIR');
      expect(Number((await s.db.query<{ n: bigint }>('SELECT count(*)::bigint AS n FROM organizations'))[0]!.n)).toBeGreaterThan(0);
      expect(Number((await s.db.query<{ n: bigint }>('SELECT count(*)::bigint AS n FROM pledges'))[0]!.n)).toBe(0);
    } finally {
      await s.close();
    }
  });
});
