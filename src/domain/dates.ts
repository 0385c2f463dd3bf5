/** Dates in the record: ISO calendar dates, and fuzzy dates that keep their precision. */
import { invalid } from './errors.ts';

export type DatePrecision = 'year' | 'month' | 'day';

/** A date as the source gave it: "2025", "2025-08" or "2025-08-04". */
export interface FuzzyDate {
  value: string;
  precision: DatePrecision;
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

export function isIsoDay(text: string): boolean {
  const m = DAY.exec(text);
  // Year 0000 does not exist in the calendar PostgreSQL dates follow.
  if (!m || m[1] === '0000') return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

export function isIsoMonth(text: string): boolean {
  const m = MONTH.exec(text);
  return !!m && m[1] !== '0000' && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

export function parseFuzzyDate(text: string, field = 'date'): FuzzyDate {
  if (isIsoDay(text)) return { value: text, precision: 'day' };
  if (isIsoMonth(text)) return { value: text, precision: 'month' };
  if (YEAR.test(text)) return { value: text, precision: 'year' };
  throw invalid(field, `'${text}' is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`);
}

/** The last calendar day a fuzzy date can mean, for "on or before" comparisons. */
export function latestDay(d: FuzzyDate): string {
  if (d.precision === 'day') return d.value;
  if (d.precision === 'year') return `${d.value}-12-31`;
  const [y, m] = d.value.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${d.value}-${String(last).padStart(2, '0')}`;
}
