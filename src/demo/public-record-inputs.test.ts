/**
 * Proves the row-to-input rules the demo loader relies on: stable ids, claim ids for totals that
 * share a date, shares parsed exactly into minor units, month-only dates recorded at the month's
 * last day, and clear refusals for malformed rows.
 */
import { describe, expect, it } from 'vitest';
import type { TotalRow } from './brief-data.ts';
import { claimIds, fxRateInput, noonUtc, parseShares, pledgeIdOf } from './public-record-inputs.ts';

const total = (date: string, currency: string): TotalRow => ({
  date, total_amount: currency ? '1' : '', currency, scope: 's', packages_count: '', contributors_count: '', said_by: 'x', source_url: 'https://x', note: '',
});

describe('public-record inputs', () => {
  it('gives announcements stable ids and refuses others', () => {
    expect(pledgeIdOf('ANN-001')).toBe('ann-001');
    expect(() => pledgeIdOf('ann-1')).toThrow('ANN-001');
  });

  it('names claims by date, with a currency suffix or a counter where dates repeat', () => {
    expect(claimIds([total('2025-08-07', 'USD'), total('2025-09-17', 'USD'), total('2025-09-17', 'EUR')])).toEqual([
      'total-2025-08-07', 'total-2025-09-17-usd', 'total-2025-09-17-eur',
    ]);
    expect(claimIds([total('2025-10-01', 'USD'), total('2025-10-01', 'USD'), total('2025-10-01', '')])).toEqual([
      'total-2025-10-01', 'total-2025-10-01-2', 'total-2025-10-01-3',
    ]);
  });

  it('parses shares exactly, in their own currencies', () => {
    const s = parseShares('SE=275000000 USD;NO=1500000000 NOK;DK=580000000.50 DKK', 'row');
    expect([...s]).toEqual([
      ['SE', { minor: '27500000000', currency: 'USD' }],
      ['NO', { minor: '150000000000', currency: 'NOK' }],
      ['DK', { minor: '58000000050', currency: 'DKK' }],
    ]);
    expect(parseShares('', 'row').size).toBe(0);
    expect(() => parseShares('SE:275000000 USD', 'ANN-002')).toThrow('ANN-002');
    expect(() => parseShares('SE=1 XXX', 'ANN-002')).toThrow("'XXX' is not a supported currency");
  });

  it('records a month-only date on the last day of the month, at noon UTC, saying so', () => {
    expect(noonUtc('2025-08').toISOString()).toBe('2025-08-31T12:00:00.000Z');
    expect(noonUtc('2025-08-04').toISOString()).toBe('2025-08-04T12:00:00.000Z');
    const fx = fxRateInput({ date: '2025-07', base: 'EUR', quote: 'NOK', rate: '11.854', source: 'EU OJ', note: 'monthly average' });
    expect(fx.date).toBe('2025-07-31');
    expect(fx.note).toBe('monthly average; the source gives 2025-07 (month); recorded on its last day');
  });
});
