/**
 * Client checks that mirror the server's input rules (src/commands/schemas.ts), returning the
 * translation key of the message to show next to the field, or undefined when the value is fine.
 */
import type { MessageKey } from '../i18n/en.ts';
import { parseMajor } from './money.ts';
import { ID_RE, isRealDay, MONTH_RE, QUANTITY_RE } from './vocab.ts';

export const requiredText = (v: string, min = 1): MessageKey | undefined => (v.trim().length < min ? (min > 1 ? 'validation.minChars' : 'validation.required') : undefined);
export const optionalId = (v: string): MessageKey | undefined => (v === '' || ID_RE.test(v) ? undefined : 'validation.id');
export const requiredId = (v: string): MessageKey | undefined => (ID_RE.test(v) ? undefined : 'validation.id');
export const day = (v: string): MessageKey | undefined => (isRealDay(v) ? undefined : 'validation.day');
export const month = (v: string): MessageKey | undefined => (MONTH_RE.test(v) ? undefined : 'validation.month');
export const quantity = (v: string, allowZero = false): MessageKey | undefined =>
  !QUANTITY_RE.test(v.trim()) ? 'validation.quantity' : !allowZero && BigInt(v.trim()) === 0n ? 'validation.positive' : undefined;
export const reason = (v: string): MessageKey | undefined => (v.trim().length < 3 ? 'validation.reason' : undefined);
export const url = (v: string): MessageKey | undefined => {
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:' ? undefined : 'validation.url';
  } catch {
    return 'validation.url';
  }
};

const MONEY_KEY = { empty: 'validation.required', format: 'validation.amount', decimals: 'validation.decimals', zero: 'validation.positive', too_long: 'validation.tooLarge' } as const;
export const amount = (v: string, currency: string): MessageKey | undefined => {
  const r = parseMajor(v, currency);
  return r.ok ? undefined : MONEY_KEY[r.error];
};

/** The minor units of a checked amount (call only after `amount` passed). */
export const minorOf = (v: string, currency: string): string => {
  const r = parseMajor(v, currency);
  if (!r.ok) throw new Error('amount not checked');
  return r.minor;
};
