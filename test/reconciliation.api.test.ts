/**
 * Proves GET /reconciliation on both stores, over the public record loaded from the brief's CSVs:
 * every running total in the file gets a reconciliation and is explained; the arithmetic is exact
 * (ledger = the lines; claim = ledger + the components); each converted line is the one exact
 * conversion at the rate it names; duplicates are never counted; the claim is reported as said;
 * every claim has a recorded reading whose qualifier agrees with the speaker's quoted words; and
 * the endpoint refuses anonymous callers, unknown claims and bad ids with problem+json.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPublicRecord } from '../src/demo/public-record.ts';
import { claimIds, pledgeIdOf } from '../src/demo/public-record-inputs.ts';
import { CLAIM_SCOPES } from '../src/demo/reconciliation-scopes.ts';
import { convert } from '../src/domain/fx.ts';
import { parseMajor, type Currency, type MoneyJson } from '../src/domain/money.ts';
import type { ReconciliationView } from '../src/store/queries/reconciliation-view.ts';
import { BRIEF } from './support/brief.ts';
import { openTestApi, TOKENS, type TestApi } from './support/api.ts';
import { STORES } from './support/stores.ts';

const big = (m: MoneyJson): bigint => BigInt(m.minor);

describe.each(STORES)('GET /reconciliation on $name', (store) => {
  const ready = store.available && BRIEF !== null;
  let api: TestApi;
  let items: ReconciliationView[];
  beforeAll(async () => {
    if (!ready) return;
    api = await openTestApi(store);
    await loadPublicRecord(api.store.db, BRIEF!);
    const res = await api.call('GET', '/reconciliation', TOKENS.auditor);
    expect(res.statusCode).toBe(200);
    items = res.json().items;
  });
  afterAll(async () => api?.close());

  it.skipIf(!ready)('reconciles and explains every running total in the file, reporting each claim as said', () => {
    const ids = claimIds(BRIEF!.totals);
    expect(items.map((r) => r.claim.claimId).sort()).toEqual([...ids].sort());
    BRIEF!.totals.forEach((t, i) => {
      const r = items.find((x) => x.claim.claimId === ids[i])!;
      expect(r.claim.amount).toEqual(t.total_amount ? { minor: parseMajor(t.total_amount, t.currency as Currency).minor.toString(), currency: t.currency } : null);
      expect([r.claim.date, r.claim.saidBy, r.claim.scope]).toEqual([t.date, t.said_by, t.scope]);
      expect(r.explained, `${r.claim.claimId} is not explained`).toBe(true);
      const last = r.components.at(-1);
      if (r.difference !== null && last && big(last.amount) !== 0n) expect(last.text.length, r.claim.claimId).toBeGreaterThan(20);
    });
  });

  it.skipIf(!ready)('is exact: ledger = the lines, claim = ledger + the components', () => {
    for (const r of items) {
      expect(big(r.ledger), r.claim.claimId).toBe(r.lines.reduce((s, l) => s + big(l.converted), 0n));
      if (r.claim.amount === null) {
        expect(r.difference).toBeNull();
        continue;
      }
      expect(big(r.difference!)).toBe(big(r.claim.amount) - big(r.ledger));
      expect(big(r.claim.amount), r.claim.claimId).toBe(big(r.ledger) + r.components.reduce((s, c) => s + big(c.amount), 0n));
      for (const c of r.components) expect(c.amount.currency).toBe(r.claim.amount.currency);
    }
  });

  it.skipIf(!ready)('converts each line once, exactly, at the rate it names', () => {
    const single = items.flatMap((r) => r.lines.filter((l) => l.rates.length === 1));
    expect(single.length).toBeGreaterThan(0);
    for (const l of single) {
      const rate = { ...l.rates[0]!, base: l.rates[0]!.base as Currency, quote: l.rates[0]!.quote as Currency };
      const original = { minor: big(l.original), currency: l.original.currency };
      expect(convert(original, rate, l.converted.currency).minor.toString()).toBe(l.converted.minor);
    }
    for (const l of items.flatMap((r) => r.lines)) {
      if (l.original.currency === l.converted.currency) expect([l.rates, l.converted]).toEqual([[], l.original]);
    }
  });

  it.skipIf(!ready)('never counts a duplicate, and shows the ones it leaves out', () => {
    const dups = new Set(BRIEF!.announcements.filter((r) => r.duplicate_of).map((r) => pledgeIdOf(r.id)));
    let shown = 0;
    for (const r of items) {
      for (const l of r.lines) expect(dups.has(l.pledgeId), `${r.claim.claimId} counts ${l.pledgeId}`).toBe(false);
      const ids = r.lines.map((l) => l.pledgeId);
      expect(new Set(ids).size).toBe(ids.length);
      shown += r.components.find((c) => c.kind === 'duplicates')!.items.length;
    }
    expect(shown).toBeGreaterThan(0);
  });

  it.skipIf(!ready)("has a reading for every claim, its qualifier agreeing with the speaker's quoted words", () => {
    for (const [i, t] of BRIEF!.totals.entries()) {
      const id = claimIds(BRIEF!.totals)[i]!;
      const scope = CLAIM_SCOPES[id];
      expect(scope, `no reading for ${id}`).toBeDefined();
      const quoted = /'(over|more than|at least)\b/i.exec(t.note)?.[1]?.toLowerCase();
      if (quoted && scope!.comparable) expect(scope!.qualifier, id).toBe(quoted === 'at least' ? 'at_least' : 'over');
    }
  });

  it.skipIf(!ready)('answers one claim, and refuses anonymous callers, unknown claims and bad ids', async () => {
    const id = claimIds(BRIEF!.totals)[0]!;
    const one = await api.call('GET', `/reconciliation?claimId=${id}`, TOKENS.nl);
    expect(one.statusCode).toBe(200);
    expect(one.json().items.map((r: ReconciliationView) => r.claim.claimId)).toEqual([id]);
    const anonymous = await api.call('GET', '/reconciliation', null);
    expect(anonymous.statusCode).toBe(401);
    const unknown = await api.call('GET', '/reconciliation?claimId=total-1999-01-01', TOKENS.auditor);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers['content-type']).toContain('application/problem+json');
    const bad = await api.call('GET', '/reconciliation?claimId=NOT%20AN%20ID', TOKENS.auditor);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('querystring.claimId');
  });
});
