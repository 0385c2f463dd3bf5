/**
 * Reference data: each contributing Ally's annual GDP, so the overview can show what a pledge
 * means against the size of the economy that makes it. Whole USD billions (an order of magnitude
 * is what the share needs; a share is shown to three decimals of a percent at most), kept as
 * integers and sent as Money like every other amount, never as a float.
 *
 * Source: World Bank, World Development Indicators, "GDP (current US$)" (NY.GDP.MKTP.CD), 2024.
 * The figures were entered by hand, rounded to the nearest billion; they were not re-checked
 * against the source on the machine that wrote them (it has no network), so check a figure at the
 * source before citing it.
 */
import type { MoneyJson } from '../money.ts';

export interface GdpFigure {
  /** ISO 3166-1 alpha-2, as `organizations.country`. */
  country: string;
  year: number;
  gdp: MoneyJson;
}

export const GDP_SOURCE = {
  name: 'World Bank, World Development Indicators: GDP (current US$), NY.GDP.MKTP.CD',
  url: 'https://data.worldbank.org/indicator/NY.GDP.MKTP.CD',
  year: 2024,
  note: 'Rounded to whole USD billions and entered by hand; verify a figure at the source before citing it.',
} as const;

/** USD billions, 2024. */
const BILLIONS: Record<string, number> = {
  BE: 665,
  CA: 2241,
  DE: 4660,
  DK: 429,
  EE: 43,
  ES: 1723,
  FI: 300,
  IS: 33,
  LT: 85,
  LU: 93,
  LV: 44,
  NL: 1227,
  NO: 484,
  PL: 915,
  PT: 309,
  SE: 610,
  SI: 73,
};

const CENTS_PER_BILLION = 100n * 1_000_000_000n;

export const GDP_FIGURES: readonly GdpFigure[] = Object.entries(BILLIONS).map(([country, bn]) => ({
  country,
  year: GDP_SOURCE.year,
  gdp: { minor: (BigInt(bn) * CENTS_PER_BILLION).toString(), currency: 'USD' },
}));
