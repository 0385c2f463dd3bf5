/** Input schemas shared by several commands: money, dates, sources, identifiers. */
import { z } from 'zod';
import { isIsoDay, isIsoMonth } from '../domain/dates.ts';
import { CURRENCIES, type Currency } from '../domain/money.ts';

export const currencySchema = z.enum(CURRENCIES as [Currency, ...Currency[]], {
  error: (i) => `'${String(i.input)}' is not a supported ISO 4217 currency code (${CURRENCIES.join(', ')})`,
});

/**
 * Money as JSON: minor units as a string of digits, so no client rounds it through a float. At most
 * 15 digits (10 trillion in major units): far above any real figure, and low enough that thousands
 * of amounts still sum inside PostgreSQL's bigint.
 */
export const moneySchema = z.object({
  minor: z.string().regex(/^\d{1,15}$/, 'must be a whole number of minor units, as a string of at most 15 digits (e.g. "50000000000" for 500,000,000.00)'),
  currency: currencySchema,
});

/** True for a string of digits with a value above zero; safe on any input (refinements may see raw values). */
const isPositiveDigits = (s: unknown): boolean => typeof s === 'string' && /^\d{1,15}$/.test(s) && BigInt(s) > 0n;

export const positiveMoneySchema = moneySchema.refine((m) => isPositiveDigits(m.minor), {
  message: 'must be more than zero',
  path: ['minor'],
});

export const usdMoneySchema = positiveMoneySchema.refine((m) => m.currency === 'USD', {
  message: 'must be in USD',
  path: ['currency'],
});

export const isoDay = z.string().refine(isIsoDay, 'must be a calendar date YYYY-MM-DD');
export const isoMonth = z.string().refine(isIsoMonth, 'must be a month YYYY-MM');

export const fuzzyDateSchema = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((s) => s.length === 4 || (s.length === 7 ? isIsoMonth(s) : isIsoDay(s)), 'is not a real date');

/** Record identifiers: lower-case letters, digits and dashes, so they are safe in URLs. */
export const idSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'must be 1-64 lower-case letters, digits or dashes');

export const quantitySchema = z
  .string()
  .regex(/^\d{1,15}$/, 'must be a whole number, as a string of digits')
  .refine(isPositiveDigits, 'must be more than zero');

export const reasonSchema = z.string().trim().min(3, 'give a reason of at least 3 characters').max(2000);

export const sourceSchema = z.object({
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
  publisher: z.string().max(200).optional(),
  date: fuzzyDateSchema.optional(),
  quote: z.string().max(2000).optional(),
  tier: z.enum(['A', 'B']).optional(),
});
