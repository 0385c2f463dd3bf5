/**
 * TOTP secrets, sealed at rest with AES-256-GCM under the master key that also seals the signing
 * keys (PURL_MASTER_KEY or the data folder's master.key), bound to the user id. A secret is first
 * pending (enrolled, not yet proven) and becomes active when the user confirms one code from it.
 */
import { seal, unseal } from '../../ledger/master-key.ts';
import type { Queryable } from '../db.ts';

const aad = (userId: string): string => `totp:${userId}`;

export const sealTotp = (masterKey: Buffer, userId: string, secret: Buffer): Buffer => seal(masterKey, secret, aad(userId));
export const unsealTotp = (masterKey: Buffer, userId: string, sealed: Buffer): Buffer => unseal(masterKey, sealed, aad(userId));

export async function storePendingTotp(q: Queryable, userId: string, sealed: Buffer): Promise<boolean> {
  const rows = await q.query('UPDATE user_credentials SET totp_pending = $2 WHERE user_id = $1 RETURNING 1', [userId, sealed]);
  return rows.length > 0;
}

/** The pending secret becomes the active one; `step` is the step of the code that proved it. */
export async function activatePendingTotp(q: Queryable, userId: string, step: number, now: Date): Promise<void> {
  await q.query(
    'UPDATE user_credentials SET totp_secret = totp_pending, totp_pending = NULL, totp_enabled_at = $2, totp_last_step = $3 WHERE user_id = $1',
    [userId, now.toISOString(), step],
  );
}

/** Sets an active secret directly (an operator's enrolment from the CLI). */
export async function storeActiveTotp(q: Queryable, userId: string, sealed: Buffer, now: Date): Promise<boolean> {
  const rows = await q.query(
    'UPDATE user_credentials SET totp_secret = $2, totp_pending = NULL, totp_enabled_at = $3, totp_last_step = NULL WHERE user_id = $1 RETURNING 1',
    [userId, sealed, now.toISOString()],
  );
  return rows.length > 0;
}

export async function removeTotp(q: Queryable, userId: string): Promise<boolean> {
  const rows = await q.query(
    'UPDATE user_credentials SET totp_secret = NULL, totp_pending = NULL, totp_enabled_at = NULL, totp_last_step = NULL WHERE user_id = $1 RETURNING 1',
    [userId],
  );
  return rows.length > 0;
}

/** Records the step of a code just used, so it cannot be used again. */
export async function markTotpStepUsed(q: Queryable, userId: string, step: number): Promise<void> {
  await q.query('UPDATE user_credentials SET totp_last_step = $2 WHERE user_id = $1', [userId, step]);
}
