/**
 * Proves the security-guarantees endpoints on both stores: a framework registered by its party and
 * moved along its legal-status track (a skipped step or a move backwards refused, a correction
 * accepted only with a reason); commitments recorded only by their guarantor; schedules that must
 * add up; PURL pledge money linked to commitments counted at most once in total however it is
 * split, an excess refused unless shown as such; the matrix, guarantor, pillar, timeline and
 * framework views with fulfilment in the commitment's currency, USD and EUR; and that every refusal
 * is problem+json naming what is wrong and writes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi, TOKENS, type TestApi } from './support/api.ts';
import { STORES } from './support/stores.ts';

const SRC = [{ url: 'https://example.org/agreement', publisher: 'Gov NL' }];
const eur = (minor: string) => ({ minor, currency: 'EUR' });

describe.each(STORES)('guarantees API on $name', (store) => {
  let api: TestApi;
  beforeAll(async () => {
    if (!store.available) return;
    api = await openTestApi(store);
    await api.call('POST', '/fx-rates', TOKENS.coordinator, { date: '2025-01-02', base: 'EUR', quote: 'USD', rate: '1.0350', source: 'ECB' });
  });
  afterAll(async () => api?.close());

  const eventCount = async () => (await api.call('GET', '/health', null)).json().events as number;
  const expectProblem = (res: { statusCode: number; headers: Record<string, unknown>; json(): unknown }, status: number) => {
    expect(res.statusCode, JSON.stringify(res.json())).toBe(status);
    expect(res.headers['content-type']).toContain('application/problem+json');
    return res.json() as { code: string; detail: string; errors?: { field: string }[]; currentState?: string };
  };
  const framework = (frameworkId: string, extra: Record<string, unknown> = {}) => ({
    frameworkId,
    kind: 'bilateral_agreement',
    title: 'Netherlands-Ukraine security agreement (test)',
    parties: [
      { orgId: 'nl', role: 'guarantor' },
      { orgId: 'ua-mod', role: 'beneficiary' },
    ],
    bindingLevel: 'political_declaration',
    status: 'signed',
    statusOn: '2025-01-10',
    durationYears: 10,
    sources: SRC,
    ...extra,
  });
  const money = (commitmentId: string, frameworkId: string, minor: string, extra: Record<string, unknown> = {}) => ({
    commitmentId,
    frameworkId,
    guarantors: ['nl'],
    pillars: ['sustained_funding'],
    terms: { kind: 'money', amount: eur(minor), basis: 'total', period: { from: '2025', to: '2025', text: 'for 2025' } },
    statement: 'Support for the armed forces in 2025',
    madeOn: '2025-01-10',
    sources: SRC,
    ...extra,
  });
  const pledge = async (pledgeId: string, minor: string) => {
    await api.call('POST', '/pledges', TOKENS.nl, { pledgeId, contributors: [{ orgId: 'nl' }], amount: eur(minor), announcedOn: '2025-02-01', sources: SRC });
  };

  it.skipIf(!store.available)('moves a framework along its legal-status track and refuses skips and moves backwards unless corrected with a reason', async () => {
    const created = await api.call('POST', '/guarantees/frameworks', TOKENS.nl, framework('fw-status', { status: 'agreed', statusOn: '2025-01-02', bindingLevel: 'treaty' }));
    expect(created.statusCode).toBe(201);
    expect(created.json().result).toMatchObject({ status: 'agreed', nextStatuses: ['signed', 'withdrawn'] });
    const before = await eventCount();

    const skip = expectProblem(await api.call('POST', '/guarantees/frameworks/fw-status/status', TOKENS.nl, { to: 'in_force', effectiveOn: '2025-02-01' }), 409);
    expect(skip.currentState).toBe('agreed');
    expect(skip.detail).toContain('skips signed, ratified');
    expectProblem(await api.call('POST', '/guarantees/frameworks/fw-status/status', TOKENS.nl, { to: 'discussed' }), 409);
    const noReason = expectProblem(await api.call('POST', '/guarantees/frameworks/fw-status/status', TOKENS.nl, { to: 'discussed', correction: true }), 400);
    expect(noReason.errors?.[0]?.field).toBe('reason');
    expectProblem(await api.call('POST', '/guarantees/frameworks/fw-status/status', TOKENS.de, { to: 'signed' }), 403);
    expectProblem(await api.call('POST', '/guarantees/frameworks/fw-status/status', TOKENS.nl, { to: 'signed', effectiveOn: '2024-12-31' }), 400);
    expect(await eventCount()).toBe(before);

    const signed = await api.call('POST', '/guarantees/frameworks/fw-status/status', TOKENS.nl, { to: 'signed', effectiveOn: '2025-02-01' });
    expect(signed.statusCode).toBe(200);
    expect(signed.json().result.nextStatuses).toEqual(['ratified', 'suspended', 'withdrawn', 'expired']);
    const corrected = await api.call('POST', '/guarantees/frameworks/fw-status/status', TOKENS.recipient, {
      to: 'agreed',
      correction: true,
      reason: 'the signing was postponed; the first report was wrong',
    });
    expect(corrected.statusCode).toBe(200);
    const history = corrected.json().result.history as { from: string | null; to: string; correction: boolean; reason: string | null }[];
    expect(history.map((h) => [h.from, h.to, h.correction])).toEqual([
      [null, 'agreed', false],
      ['agreed', 'signed', false],
      ['signed', 'agreed', true],
    ]);
  });

  it.skipIf(!store.available)('keeps the public record to the coordinator with sources, and frameworks to their parties', async () => {
    const before = await eventCount();
    const noFlag = expectProblem(await api.call('POST', '/guarantees/frameworks', TOKENS.coordinator, framework('fw-pr')), 400);
    expect(noFlag.errors?.[0]?.field).toBe('publicRecord');
    const noSource = expectProblem(await api.call('POST', '/guarantees/frameworks', TOKENS.coordinator, framework('fw-pr', { publicRecord: true, sources: [] })), 400);
    expect(noSource.errors?.[0]?.field).toBe('sources');
    expectProblem(await api.call('POST', '/guarantees/frameworks', TOKENS.de, framework('fw-pr')), 403);
    expectProblem(await api.call('POST', '/guarantees/frameworks', TOKENS.supplier, framework('fw-pr')), 403);
    expectProblem(await api.call('POST', '/guarantees/frameworks', TOKENS.auditor, framework('fw-pr')), 403);
    const unknownOrg = expectProblem(await api.call('POST', '/guarantees/frameworks', TOKENS.nl, framework('fw-pr', { parties: [{ orgId: 'nl', role: 'guarantor' }, { orgId: 'xx', role: 'participant' }] })), 404);
    expect(unknownOrg.detail).toContain("'xx'");
    expectProblem(await api.call('POST', '/guarantees/frameworks', TOKENS.nl, framework('fw-pr', { bindingLevel: 'binding-ish' })), 400);
    expectProblem(await api.call('POST', '/guarantees/frameworks', TOKENS.nl, framework('fw-pr', { statusOn: '2025-02-30' })), 400);
    expect(await eventCount()).toBe(before);
    expect((await api.call('POST', '/guarantees/frameworks', TOKENS.coordinator, framework('fw-pr', { publicRecord: true }))).statusCode).toBe(201);
    expectProblem(await api.call('POST', '/guarantees/frameworks', TOKENS.coordinator, framework('fw-pr', { publicRecord: true })), 409);
  });

  it.skipIf(!store.available)('records commitments only by their guarantor, with schedules that add up', async () => {
    await api.call('POST', '/guarantees/frameworks', TOKENS.nl, framework('fw-c'));
    const before = await eventCount();
    expectProblem(await api.call('POST', '/guarantees/commitments', TOKENS.de, money('c-de', 'fw-c', '100', { guarantors: ['nl'] })), 403);
    expectProblem(await api.call('POST', '/guarantees/commitments', TOKENS.de, money('c-de', 'fw-c', '100', { guarantors: ['de'] })), 409); // not a party
    expectProblem(await api.call('POST', '/guarantees/commitments', TOKENS.recipient, money('c-ua', 'fw-c', '100')), 403);
    const badPillar = expectProblem(await api.call('POST', '/guarantees/commitments', TOKENS.nl, money('c-x', 'fw-c', '100', { pillars: ['morale'] })), 400);
    expect(badPillar.errors?.[0]?.field).toBe('body.pillars.0');
    expectProblem(await api.call('POST', '/guarantees/commitments', TOKENS.nl, money('c-x', 'fw-c', '100', { pillars: ['training', 'training'] })), 400);
    expectProblem(await api.call('POST', '/guarantees/commitments', TOKENS.nl, money('c-x', 'missing-fw', '100')), 404);
    expect(await eventCount()).toBe(before);

    const c = await api.call('POST', '/guarantees/commitments', TOKENS.nl, money('c-nl-2025', 'fw-c', '200000000000', { condition: 'subject to the 2025 budget' }));
    expect(c.statusCode).toBe(201);
    expect(c.json().result).toMatchObject({ termsText: 'EUR 2bn (for 2025)', condition: 'subject to the 2025 budget', bindingLevel: 'political_declaration', fulfilment: { status: 'no_evidence' } });
    const gdp = await api.call('POST', '/guarantees/commitments', TOKENS.nl, {
      ...money('c-nl-gdp', 'fw-c', '1'),
      terms: { kind: 'gdp_share', percent: '0.25', qualifier: 'at_least', basis: 'per_year', period: { text: 'each year, period not stated' } },
    });
    expect(gdp.json().result.termsText).toBe('at least 0.25% of GDP a year (each year, period not stated)');

    const wrong = expectProblem(
      await api.call('POST', '/guarantees/commitments/c-nl-2025/schedule', TOKENS.nl, { obligations: [{ obligationId: 'h1', dueBy: '2025-06', amount: eur('100000000000') }] }),
      409,
    );
    expect(wrong.detail).toContain('add up');
    expectProblem(await api.call('POST', '/guarantees/commitments/c-nl-gdp/schedule', TOKENS.nl, { obligations: [{ obligationId: 'y', dueBy: '2025', amount: eur('1') }] }), 409);
    const halves = {
      obligations: [
        { obligationId: 'h1', dueBy: '2025-06', amount: eur('100000000000') },
        { obligationId: 'h2', dueBy: '2025-12', amount: eur('100000000000') },
      ],
    };
    expect((await api.call('POST', '/guarantees/commitments/c-nl-2025/schedule', TOKENS.nl, halves)).statusCode).toBe(200);
    expectProblem(await api.call('POST', '/guarantees/commitments/c-nl-2025/schedule', TOKENS.nl, halves), 400); // a replacement must say why
    const replaced = await api.call('POST', '/guarantees/commitments/c-nl-2025/schedule', TOKENS.nl, { ...halves, reason: 'the ministry confirmed the two tranches' });
    expect(replaced.statusCode).toBe(200);
    expect(replaced.json().result.schedule.reason).toBe('the ministry confirmed the two tranches');
  });

  it.skipIf(!store.available)("counts a pledge's money at most once across commitments, shows an excess only when accepted, and measures due and overdue", async () => {
    await api.call('POST', '/guarantees/frameworks', TOKENS.nl, framework('fw-f'));
    await api.call('POST', '/guarantees/commitments', TOKENS.nl, money('c-a', 'fw-f', '40000000000'));
    await api.call('POST', '/guarantees/commitments', TOKENS.nl, money('c-b', 'fw-f', '40000000000', { pillars: ['weapons_supply'] }));
    await api.call('POST', '/guarantees/commitments', TOKENS.nl, {
      ...money('c-usd', 'fw-f', '1'),
      terms: { kind: 'money', amount: { minor: '20000000000', currency: 'USD' }, basis: 'total', period: { from: '2025', to: '2025', text: 'for 2025' } },
    });
    await api.call('POST', '/guarantees/commitments/c-a/schedule', TOKENS.nl, {
      obligations: [
        { obligationId: 'q1', dueBy: '2025-03', amount: eur('10000000000') },
        { obligationId: 'rest', dueBy: '2025-12', amount: eur('30000000000') },
      ],
    });
    await pledge('p-nl-500', '50000000000');
    const link = (commitmentId: string, minor: string, extra: Record<string, unknown> = {}) =>
      api.call('POST', `/guarantees/commitments/${commitmentId}/fulfilments`, TOKENS.nl, {
        evidence: { kind: 'pledge', pledgeId: 'p-nl-500', amount: eur(minor) },
        basis: 'the ministry names this commitment as the source of the money',
        ...extra,
      });

    const first = await link('c-a', '30000000000');
    expect(first.statusCode).toBe(201);
    // Announced, not committed: linked but pending, not yet fulfilment.
    expect(first.json().result.fulfilment).toMatchObject({ fulfilled: { amount: eur('0') }, pending: { amount: eur('30000000000') } });
    expect((await api.call('GET', '/guarantees/commitments/c-a?asOf=2025-02-01', TOKENS.auditor)).json().fulfilment.status).toBe('pending_evidence');
    // Measured after the first tranche fell due, the same pending money leaves it due and not evidenced.
    expect((await api.call('GET', '/guarantees/commitments/c-a?asOf=2025-04-01', TOKENS.auditor)).json().fulfilment).toMatchObject({
      status: 'due_not_evidenced',
      overdue: { amount: eur('10000000000') },
    });
    await api.call('POST', '/pledges/p-nl-500/commit', TOKENS.nl, {});

    const before = await eventCount();
    const twice = expectProblem(await link('c-b', '20000000001'), 409);
    expect(twice.detail).toContain('already counts toward commitments');
    expectProblem(await link('c-b', '100', { evidence: { kind: 'pledge', pledgeId: 'p-nl-500', amount: { minor: '100', currency: 'USD' } } }), 400);
    expectProblem(await api.call('POST', '/guarantees/commitments/c-b/fulfilments', TOKENS.de, { evidence: { kind: 'pledge', pledgeId: 'p-nl-500', amount: eur('1') }, basis: 'not ours' }), 403);
    expectProblem(await link('c-a', '1', { obligationId: 'no-such' }), 404);
    const excess = expectProblem(await link('c-a', '10000000001'), 409);
    expect(excess.detail).toContain('acceptExcess');
    expect(await eventCount()).toBe(before);

    expect((await link('c-b', '10000000000')).statusCode).toBe(201);
    const over = await link('c-a', '10000000000', { acceptExcess: true, obligationId: 'q1' });
    expect(over.statusCode).toBe(201);
    const a = (await api.call('GET', '/guarantees/commitments/c-a?asOf=2025-06-30', TOKENS.auditor)).json();
    expect(a.fulfilment).toMatchObject({
      status: 'fulfilled',
      scheduled: { amount: eur('40000000000') },
      fulfilled: { amount: eur('40000000000') },
      excess: { amount: eur('0') },
      due: { amount: eur('10000000000') },
      overdue: { amount: eur('0') },
      fulfilledBp: 10000,
    });
    expect(a.fulfilment.fx).toMatchObject({ date: '2025-01-10', toUsd: [{ base: 'EUR', quote: 'USD', rate: '1.0350' }] });
    expect(a.fulfilment.fulfilled.usd).toEqual({ minor: '41400000000', currency: 'USD' });
    // The pledge is now fully linked (300 + 100 to c-a, 100 to c-b): nothing more may count anywhere.
    expectProblem(await link('c-b', '1'), 409);

    // Withdrawing evidence frees that part of the pledge for another commitment, valued in USD at the named rate.
    const withdrawn = await api.call('POST', `/guarantees/fulfilments/${over.json().result.fulfilment.evidence[1].fulfilmentId}/withdraw`, TOKENS.nl, { reason: 'linked to the wrong commitment' });
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json().result.fulfilment.evidence).toHaveLength(1);
    const usd = await link('c-usd', '10000000000');
    expect(usd.statusCode).toBe(201);
    expect(usd.json().result.fulfilment.evidence[0]).toMatchObject({ value: { minor: '10350000000', currency: 'USD' }, fx: [{ base: 'EUR', quote: 'USD', rate: '1.0350' }], counting: 'counted' });

    const overdue = (await api.call('GET', '/guarantees/commitments/c-b?asOf=2026-01-01', TOKENS.auditor)).json();
    expect(overdue.fulfilment).toMatchObject({ status: 'partly_evidenced', fulfilled: { amount: eur('10000000000') }, overdue: null, fulfilledBp: 2500 });
    const aLater = (await api.call('GET', '/guarantees/commitments/c-a?asOf=2026-01-01', TOKENS.auditor)).json();
    // Its excess part was withdrawn: of EUR 400m due by the end of 2025, EUR 300m is evidenced and EUR 100m overdue.
    expect(aLater.fulfilment).toMatchObject({
      status: 'partly_evidenced',
      due: { amount: eur('40000000000') },
      fulfilled: { amount: eur('30000000000') },
      overdue: { amount: eur('10000000000') },
    });
  });

  it.skipIf(!store.available)('answers the matrix, guarantor, pillar, timeline and framework views, with sources and a caveat', async () => {
    await api.call('POST', '/guarantees/frameworks', TOKENS.nl, framework('fw-v'));
    await api.call('POST', '/guarantees/commitments', TOKENS.nl, {
      ...money('c-v-boats', 'fw-v', '1'),
      pillars: ['maritime_security'],
      terms: { kind: 'quantity', quantity: '22', unit: 'boats', item: 'patrol boats', period: { text: 'period not stated' } },
    });
    const milestone = await api.call('POST', '/guarantees/frameworks/fw-v/milestones', TOKENS.recipient, {
      on: '2025-01-05',
      kind: 'negotiation_round',
      title: 'Final round',
      participants: [{ name: 'Netherlands', orgId: 'nl' }, { name: 'Ukraine', orgId: 'ua-mod' }],
      topics: ['maritime_security'],
      outcome: 'text agreed',
      sources: SRC,
    });
    expect(milestone.statusCode).toBe(201);

    const matrix = (await api.call('GET', '/guarantees/matrix?asOf=2025-12-31', TOKENS.auditor)).json();
    expect(matrix.pillars.map((p: { pillar: string }) => p.pillar)).toContain('maritime_security');
    const cell = matrix.cells.find((c: { pillar: string; orgId: string }) => c.pillar === 'maritime_security' && c.orgId === 'nl');
    expect(cell.commitments.map((c: { commitmentId: string }) => c.commitmentId)).toContain('c-v-boats');
    expect(cell).toMatchObject({ strongestBinding: 'political_declaration', firmestStance: 'committed' });
    expect(matrix.caveat).toContain('not evidenced here');
    expect(matrix.coverage.covers.byKind.bilateral_agreement).toBeGreaterThan(0);
    expect(matrix.coverage.unknown.find((u: { what: string }) => u.what.startsWith('money or quantities with no schedule')).ids).toContain('c-v-boats');

    const page = (await api.call('GET', '/guarantees/guarantors/nl?asOf=2025-12-31', TOKENS.auditor)).json();
    expect(page.guarantor.orgId).toBe('nl');
    expect(page.frameworks.map((f: { frameworkId: string }) => f.frameworkId)).toEqual(expect.arrayContaining(['fw-v', 'fw-f']));
    expect(page.commitments.find((c: { commitmentId: string }) => c.commitmentId === 'c-v-boats').sources).toEqual(SRC);
    expect(page.fulfilmentOverTime.length).toBeGreaterThan(0);

    const pillar = (await api.call('GET', '/guarantees/pillars/maritime_security', TOKENS.auditor)).json();
    expect(pillar.guarantors[0].commitments[0]).toMatchObject({ commitmentId: 'c-v-boats', termsText: '22 boats of patrol boats (period not stated)' });
    expect(pillar.milestones.map((m: { title: string }) => m.title)).toContain('Final round');

    const t = (await api.call('GET', '/guarantees/timeline?frameworkId=fw-v', TOKENS.auditor)).json();
    expect(t.entries.map((e: { kind: string }) => e.kind)).toEqual(['milestone', 'status', 'commitment']);

    const frameworks = (await api.call('GET', '/guarantees/frameworks?party=nl&status=signed', TOKENS.auditor)).json();
    expect(frameworks.items.every((f: { status: string }) => f.status === 'signed')).toBe(true);
    const detail = (await api.call('GET', '/guarantees/frameworks/fw-v', TOKENS.auditor)).json();
    expect(detail).toMatchObject({ frameworkId: 'fw-v', commitmentIds: ['c-v-boats'], milestones: [{ title: 'Final round' }] });

    expectProblem(await api.call('GET', '/guarantees/pillars/morale', TOKENS.auditor), 400);
    expectProblem(await api.call('GET', '/guarantees/guarantors/xx', TOKENS.auditor), 404);
    expectProblem(await api.call('GET', '/guarantees/commitments/nope', TOKENS.auditor), 404);
    expectProblem(await api.call('GET', '/guarantees/matrix?asOf=2025-13-01', TOKENS.auditor), 400);
    expectProblem(await api.call('GET', '/guarantees/matrix', null), 401);
  });
});
