/**
 * Proves the reading of an agreement's money figures: every item in the brief's
 * security-agreements-2024.csv parses; amounts are exact minor units with their qualifier; periods
 * keep their words and give years only where stated; schedules exist only where the period fixes
 * when the money falls due; and a figure in an unknown form is refused rather than guessed at.
 */
import { describe, expect, it } from 'vitest';
import { BRIEF_DIR } from '../../test/support/brief.ts';
import { hasGuaranteeData, list, readGuaranteeData } from './guarantee-data.ts';
import { parseMoneyItem } from './guarantee-money.ts';

describe('money figures of the 2024 agreements', () => {
  it('reads totals, per-year figures, shares of GDP and open periods exactly', () => {
    expect(parseMoneyItem('at least 1800000000 EUR for 2024', '2024', 't')).toEqual({
      terms: { kind: 'money', amount: { minor: '180000000000', currency: 'EUR' }, qualifier: 'at_least', basis: 'total', period: { from: '2024', to: '2024', text: 'for 2024' } },
      note: null,
      schedule: [{ obligationId: '2024', label: '2024', dueBy: '2024' }],
    });
    expect(parseMoneyItem('2500000000 GBP for 2024/25', '2024', 't').schedule).toEqual([
      { obligationId: '2024-25', label: '2024/25', dueBy: '2025', note: 'a financial year spanning 2024 and 2025; due by the end of 2025 at the latest' },
    ]);
    const isk = parseMoneyItem('at least 4000000000 ISK for each year 2024-2028', '2024', 't');
    expect(isk.terms).toMatchObject({ amount: { minor: '4000000000', currency: 'ISK' }, basis: 'per_year', period: { from: '2024', to: '2028' } });
    expect(isk.schedule?.map((o) => o.dueBy)).toEqual(['2024', '2025', '2026', '2027', '2028']);
    expect(parseMoneyItem('0.25 %GDP for each year 2024-2026', '2024', 't')).toMatchObject({ terms: { kind: 'gdp_share', percent: '0.25', basis: 'per_year' }, schedule: null });
    expect(parseMoneyItem('at least 0.25 %GDP for each year (period not stated)', '2024', 't').terms).toMatchObject({
      qualifier: 'at_least',
      period: { from: null, to: null, text: 'each year (period not stated)' },
    });
    expect(parseMoneyItem('80000000 EUR for each later year of the agreement', '2024', 't')).toMatchObject({ terms: { basis: 'per_year', period: { from: '2025', to: null } }, schedule: null });
    expect(parseMoneyItem('5000000000 EUR for up to 2027 (via European Peace Facility, per Zelensky)', '2024', 't')).toMatchObject({
      terms: { period: { from: null, to: '2027', text: 'for up to 2027' } },
      note: 'via European Peace Facility, per Zelensky',
    });
    expect(parseMoneyItem('290000000 EUR for four-year development and reconstruction plan', '2024', 't')).toMatchObject({
      terms: { basis: 'total', period: { from: null, to: null, text: 'for four-year development and reconstruction plan' } },
      schedule: null,
    });
  });

  it('refuses a figure in a form it does not know', () => {
    expect(() => parseMoneyItem('some money for 2024', '2024', 'SA-99')).toThrow(/SA-99/);
    expect(() => parseMoneyItem('100 XYZ for 2024', '2024', 'SA-99')).toThrow(/currency/);
  });

  it.skipIf(!hasGuaranteeData(BRIEF_DIR))('parses every money figure in the CSV', () => {
    const items = readGuaranteeData(BRIEF_DIR).agreements.flatMap((r) => list(r.money_commitments).map((item) => ({ id: r.id, item })));
    expect(items.length).toBeGreaterThan(15);
    for (const { id, item } of items) expect(() => parseMoneyItem(item, '2024', id), `${id}: ${item}`).not.toThrow();
  });
});
