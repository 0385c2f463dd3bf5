/**
 * Text the record can hold. PostgreSQL stores neither the NUL character (in text or jsonb) nor a
 * lone UTF-16 surrogate (it is not Unicode), and neither has a meaning in this record, so input
 * carrying one is refused up front with the field named, before anything is parsed or written.
 */
import { DomainError, type FieldIssue } from './errors.ts';

// A NUL, a high surrogate not followed by a low one, or a low surrogate not preceded by a high one.
// eslint-disable-next-line no-control-regex -- the NUL character is exactly what this looks for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Every string (and object key) in `value` that the record cannot hold, by dotted path. */
export function unstorableText(value: unknown, path: string[] = [], found: FieldIssue[] = []): FieldIssue[] {
  const field = () => (path.length > 0 ? path.join('.') : '(body)');
  if (typeof value === 'string') {
    if (UNSTORABLE.test(value)) found.push({ field: field(), message: 'contains a NUL character or an unpaired surrogate, which cannot be stored' });
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => unstorableText(v, [...path, String(i)], found));
  } else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (UNSTORABLE.test(k)) found.push({ field: field(), message: 'has a key with a NUL character or an unpaired surrogate' });
      else unstorableText(v, [...path, k], found);
    }
  }
  return found;
}

/** Throws a validation error naming every such field, prefixed with `where` (e.g. "query"). */
export function assertStorableText(value: unknown, where?: string): void {
  const issues = unstorableText(value, where ? [where] : []);
  if (issues.length > 0) {
    throw new DomainError('validation', `invalid input: ${issues.map((i) => `${i.field}: ${i.message}`).join('; ')}`, { issues });
  }
}
