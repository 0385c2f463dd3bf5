/**
 * The log and the events table disagree: an event row was written, removed or changed around the
 * log. The ledger then refuses every write until an operator has run `purl verify` and restored the
 * store; the API answers 503 with this message, the CLI exits with the verification-failure code.
 * It is never a client's fault, and its message names only counts and sequence numbers.
 */
export class LogIntegrityError extends Error {
  constructor(message: string) {
    super(`the ledger refuses writes: ${message}; run purl verify`);
    this.name = 'LogIntegrityError';
  }
}
