/** Turns a zod failure into a validation DomainError that names every offending field. */
import type { z } from 'zod';
import { DomainError } from '../domain/errors.ts';
import { assertStorableText } from '../domain/text-safety.ts';

export function parseInput<I>(schema: z.ZodType<I>, raw: unknown): I {
  assertStorableText(raw);
  const r = schema.safeParse(raw);
  if (r.success) return r.data;
  const issues = r.error.issues.map((i) => ({
    field: i.path.length > 0 ? i.path.map(String).join('.') : '(body)',
    message: i.message,
  }));
  const summary = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
  throw new DomainError('validation', `invalid input: ${summary}`, { issues });
}
