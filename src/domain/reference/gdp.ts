/**
 * Reference data: each contributing Ally's annual GDP, so the overview can show what a pledge
 * means against the size of the economy that makes it. The figures live in `gdp.csv` beside
 * this file, one row per country, each with its year and the source page it must be read from;
 * a figure is whole US dollars, kept as an integer and sent as Money (cents), never as a float.
 *
 * The figures are the World Bank's for 2023 as a stored public page tabulates them (GDP_SOURCE: a
 * secondary source, named as such; each row names its page). A row with an empty `gdp_usd` is a
 * country the source has no figure for: it is left out of the served figures, and the views say
 * "no sourced GDP figure" rather than show a share computed from an unsourced number.
 */
import { invalid } from '../errors.ts';
import type { MoneyJson } from '../money.ts';

export interface GdpFigure {
  /** ISO 3166-1 alpha-2, as `organizations.country`. */
  country: string;
  year: number;
  gdp: MoneyJson;
  sourceUrl: string;
}

export interface GdpReference {
  figures: GdpFigure[];
  /** Countries listed with no checked figure. */
  unsourced: string[];
}

export const GDP_SOURCE = {
  name: 'World Bank, World Development Indicators: GDP (current US$), NY.GDP.MKTP.CD, as tabulated by TheGlobalEconomy.com for the EU members',
  url: 'https://de.theglobaleconomy.com/rankings/GDP_current_USD/European-union/',
  year: 2023,
  note: 'The latest full year in that tabulation, in USD billions to two decimals; a secondary source (tier B). Canada, Iceland and Norway are not in it, so they have no share of GDP.',
} as const;

export const GDP_FILE = 'gdp.csv';

const COUNTRY = /^[A-Z]{2}$/;
const WHOLE_USD = /^[1-9]\d{0,15}$/;

/** Checks the rows of the GDP file (as parsed CSV records) and turns each checked figure into Money. */
export function parseGdpRows(rows: readonly Record<string, string>[]): GdpReference {
  const figures: GdpFigure[] = [];
  const unsourced: string[] = [];
  const seen = new Set<string>();
  rows.forEach((r, n) => {
    const at = `gdp row ${n + 2}`;
    const country = r.country ?? '';
    if (!COUNTRY.test(country)) throw invalid(`${at}.country`, `'${country}' is not an ISO 3166-1 alpha-2 code`);
    if (seen.has(country)) throw invalid(`${at}.country`, `'${country}' is listed twice`);
    seen.add(country);
    const year = Number(r.year);
    if (year !== GDP_SOURCE.year) throw invalid(`${at}.year`, `expected ${GDP_SOURCE.year}, found '${r.year ?? ''}'`);
    const sourceUrl = r.source_url ?? '';
    if (!sourceUrl.startsWith('https://')) throw invalid(`${at}.source_url`, 'every row names the https page its figure is read from');
    const usd = (r.gdp_usd ?? '').trim();
    if (usd === '') {
      unsourced.push(country);
      return;
    }
    if (!WHOLE_USD.test(usd)) throw invalid(`${at}.gdp_usd`, `'${usd}' is not a whole number of US dollars`);
    figures.push({ country, year, gdp: { minor: (BigInt(usd) * 100n).toString(), currency: 'USD' }, sourceUrl });
  });
  return { figures, unsourced };
}
