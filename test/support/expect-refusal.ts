/** Asserts a client refusal: `f` throws a DomainError with the given code, naming `field` when given. */
import { expect } from 'vitest';
import { DomainError, type ErrorCode } from '../../src/domain/errors.ts';

export function expectRefusal(f: () => unknown, field?: string, code: ErrorCode = 'validation'): DomainError {
  let caught: unknown;
  try {
    f();
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(DomainError);
  const e = caught as DomainError;
  expect(e.code).toBe(code);
  if (field !== undefined) expect(e.issues[0]?.field).toBe(field);
  return e;
}
