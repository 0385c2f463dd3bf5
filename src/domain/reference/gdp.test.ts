/** Proves the GDP file's rules: whole dollars become cents, an empty figure is unsourced (never zero), and a malformed row is refused naming it. */
import { describe, expect, it } from 'vitest';
import { GDP_SOURCE, parseGdpRows } from './gdp.ts';

const row = (country: string, gdp_usd: string, extra: Partial<Record<string, string>> = {}) => ({
  country,
  year: String(GDP_SOURCE.year),
  gdp_usd,
  source_url: `https://data.worldbank.org/indicator/NY.GDP.MKTP.CD?locations=${country}`,
  note: '',
  ...extra,
});

describe('parseGdpRows', () => {
  it('turns whole dollars into cents and keeps each row with its source', () => {
    const ref = parseGdpRows([row('EE', '43000000001'), row('LV', '')]);
    expect(ref.figures).toEqual([{ country: 'EE', year: GDP_SOURCE.year, gdp: { minor: '4300000000100', currency: 'USD' }, sourceUrl: row('EE', '').source_url }]);
    expect(ref.unsourced).toEqual(['LV']);
  });

  it.each([
    ['a fraction of a dollar', [row('EE', '43000000000.5')], 'gdp row 2.gdp_usd'],
    ['a zero', [row('EE', '0')], 'gdp row 2.gdp_usd'],
    ['a country twice', [row('EE', ''), row('EE', '')], 'gdp row 3.country'],
    ['another year', [row('EE', '', { year: String(GDP_SOURCE.year - 1) })], 'gdp row 2.year'],
    ['no source', [row('EE', '', { source_url: '' })], 'gdp row 2.source_url'],
    ['a lower-case code', [row('ee', '')], 'gdp row 2.country'],
  ])('refuses %s, naming the row', (_what, rows, field) => {
    expect(() => parseGdpRows(rows)).toThrow(expect.objectContaining({ issues: [expect.objectContaining({ field })] }));
  });
});
