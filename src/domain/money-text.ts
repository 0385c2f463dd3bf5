/**
 * Money as people read it, exactly: "USD 1,584,500,000.00" with thousands grouped, or the compact
 * "EUR 500m" / "USD 1.5bn" the public record itself uses. Both are exact: the compact form is only
 * used when it drops no digit, otherwise the grouped form is given. No floats.
 */
import { toMajorString, type Money } from './money.ts';

/** "USD -1,234,567.89": every digit kept, thousands grouped. */
export function formatGrouped(m: Money): string {
  const text = toMajorString(m);
  const neg = text.startsWith('-');
  const [int, frac] = (neg ? text.slice(1) : text).split('.') as [string, string | undefined];
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${m.currency} ${neg ? '-' : ''}${grouped}${frac !== undefined ? '.' + frac : ''}`;
}

/** "EUR 500m", "USD 1.5bn", "USD 174.3m"; amounts with cents or under a million fall back to grouped. */
export function formatCompact(m: Money): string {
  const text = toMajorString(m);
  const neg = text.startsWith('-');
  const [int, frac = ''] = (neg ? text.slice(1) : text).split('.') as [string, string | undefined];
  if (/[1-9]/.test(frac) || int.length < 7) return formatGrouped(m);
  const [unit, digits] = int.length >= 10 ? ['bn', 9] : ['m', 6];
  const whole = int.slice(0, int.length - digits);
  const rest = int.slice(int.length - digits).replace(/0+$/, '');
  return `${m.currency} ${neg ? '-' : ''}${whole}${rest ? '.' + rest : ''}${unit}`;
}
