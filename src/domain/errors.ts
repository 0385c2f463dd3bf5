/**
 * Expected rejections. Every refusal the system gives a client is a DomainError with a code from
 * this closed union; the API maps codes to HTTP statuses in one place (src/api/problem.ts) and the
 * CLI prints the message and exits non-zero. Programmer errors are plain Errors and are never shown.
 *
 * Precedence when several apply: unauthenticated, validation, forbidden, not_found, conflict.
 */
export type ErrorCode =
  | 'unauthenticated' // no or bad credentials
  | 'validation' // the input itself is malformed
  | 'forbidden' // the caller's role or organization may not do this
  | 'not_found' // a referenced record does not exist
  | 'invalid_transition' // the record's current state forbids this command
  | 'conflict' // the command would break an invariant (over-allocation, duplicate id, ...)
  | 'idempotency_mismatch' // an Idempotency-Key reused with a different request
  | 'rate_limited'; // too many requests of this kind from this client or for this account; retry later

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `amount.minor` or `lines.2.quantity`. */
  field: string;
  message: string;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  /** Extra machine-readable detail, e.g. `{ currentState: 'draft' }` on invalid_transition. */
  readonly detail: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, opts: { issues?: FieldIssue[]; detail?: Record<string, unknown> } = {}) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.issues = opts.issues ?? [];
    this.detail = opts.detail ?? {};
  }
}

export const invalid = (field: string, message: string): DomainError =>
  new DomainError('validation', `${field}: ${message}`, { issues: [{ field, message }] });

export const forbidden = (message: string): DomainError => new DomainError('forbidden', message);

export const notFound = (kind: string, id: string): DomainError =>
  new DomainError('not_found', `${kind} '${id}' does not exist`, { detail: { kind, id } });

export const conflict = (message: string, detail: Record<string, unknown> = {}): DomainError =>
  new DomainError('conflict', message, { detail });

export const badTransition = (kind: string, id: string, currentState: string, action: string): DomainError =>
  new DomainError('invalid_transition', `${kind} '${id}' is ${currentState}; cannot ${action}`, {
    detail: { kind, id, currentState },
  });
