/**
 * The credential row of each user: password hash, TOTP secret and the failed-attempt counter.
 * Outside the log (see migration 0006): nothing here is part of the record or its exports.
 */
import type { Queryable } from '../db.ts';

export interface CredentialRow {
  userId: string;
  passwordHash: string;
  totpSecret: Buffer | null;
  totpPending: Buffer | null;
  totpLastStep: number | null;
  failedAttempts: number;
  lockedUntil: Date | null;
}

export async function findCredentials(q: Queryable, userId: string): Promise<CredentialRow | undefined> {
  const rows = await q.query<{
    password_hash: string;
    totp_secret: Uint8Array | null;
    totp_pending: Uint8Array | null;
    totp_last_step: bigint | null;
    failed_attempts: number;
    locked_until: Date | string | null;
  }>('SELECT password_hash, totp_secret, totp_pending, totp_last_step, failed_attempts, locked_until FROM user_credentials WHERE user_id = $1', [userId]);
  const r = rows[0];
  if (!r) return undefined;
  return {
    userId,
    passwordHash: r.password_hash,
    totpSecret: r.totp_secret ? Buffer.from(r.totp_secret) : null,
    totpPending: r.totp_pending ? Buffer.from(r.totp_pending) : null,
    totpLastStep: r.totp_last_step === null ? null : Number(r.totp_last_step),
    failedAttempts: r.failed_attempts,
    lockedUntil: r.locked_until ? new Date(r.locked_until) : null,
  };
}

/** Sets (or replaces) a user's password hash; the lockout is lifted and the counter cleared. */
export async function storePasswordHash(q: Queryable, userId: string, hash: string, now: Date): Promise<void> {
  await q.query(
    `INSERT INTO user_credentials (user_id, password_hash, password_set_at) VALUES ($1, $2, $3)
     ON CONFLICT (user_id) DO UPDATE SET password_hash = EXCLUDED.password_hash, password_set_at = EXCLUDED.password_set_at,
       failed_attempts = 0, locked_until = NULL`,
    [userId, hash, now.toISOString()],
  );
}

/**
 * Counts one failed sign-in; at `maxAttempts` in a row the account is locked until `now + lockMs`
 * and the counter starts again. Returns the lock's end when this failure set one.
 */
export async function recordFailure(q: Queryable, userId: string, now: Date, maxAttempts: number, lockMs: number): Promise<Date | null> {
  const rows = await q.query<{ failed_attempts: number }>(
    'UPDATE user_credentials SET failed_attempts = failed_attempts + 1 WHERE user_id = $1 RETURNING failed_attempts',
    [userId],
  );
  if ((rows[0]?.failed_attempts ?? 0) < maxAttempts) return null;
  const until = new Date(now.getTime() + lockMs);
  await q.query('UPDATE user_credentials SET failed_attempts = 0, locked_until = $2 WHERE user_id = $1', [userId, until.toISOString()]);
  return until;
}

export async function clearFailures(q: Queryable, userId: string): Promise<void> {
  await q.query('UPDATE user_credentials SET failed_attempts = 0, locked_until = NULL WHERE user_id = $1', [userId]);
}
