/**
 * Setting a user's credentials beside the log: a password (hashed here, never stored or logged as
 * given), and a second factor provisioned by an operator. Used by `purl users` and the demo seed.
 */
import { invalid, notFound } from '../domain/errors.ts';
import { audit } from '../store/credentials/audit.ts';
import { storePasswordHash } from '../store/credentials/passwords.ts';
import { endUserSessions } from '../store/credentials/sessions.ts';
import { removeTotp, sealTotp, storeActiveTotp } from '../store/credentials/totp-secrets.ts';
import type { Database } from '../store/db.ts';
import { ledgerConfig } from '../store/log/ledger-config.ts';
import { findUser } from '../store/repositories/users.ts';
import { base32Encode } from './base32.ts';
import { DEFAULT_COST, hashPassword, passwordProblems, type ScryptCost } from './password.ts';
import { newTotpSecret, otpauthUri } from './totp.ts';

export interface CredentialOptions {
  cost?: ScryptCost;
  now?: Date;
  /** Who did it, for the audit (an operator at the CLI, the demo seed). */
  by?: string;
}

/** Sets or replaces a user's password; every session of the user ends (a reset must lock out whoever had it). */
export async function setPassword(db: Database, userId: string, password: string, opts: CredentialOptions = {}): Promise<{ sessionsEnded: number }> {
  const problems = passwordProblems(password);
  if (problems.length > 0) throw invalid('password', problems.join('; '));
  const user = await findUser(db, userId);
  if (!user) throw notFound('user', userId);
  const hash = await hashPassword(password, opts.cost ?? DEFAULT_COST);
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    await storePasswordHash(tx, userId, hash, now);
    const sessionsEnded = await endUserSessions(tx, userId);
    await audit(tx, { principal: userId, orgId: user.orgId, outcome: 'password_set', detail: opts.by ? `by ${opts.by}` : null }, now);
    return { sessionsEnded };
  });
}

/** Provisions an active second factor (replacing any) and answers what the person's app needs. */
export async function provisionTotp(db: Database, userId: string, opts: CredentialOptions = {}): Promise<{ otpauthUri: string; secret: string }> {
  const user = await findUser(db, userId);
  if (!user) throw notFound('user', userId);
  const secret = newTotpSecret();
  const now = opts.now ?? new Date();
  if (!(await storeActiveTotp(db, userId, sealTotp(ledgerConfig(db).masterKey, userId, secret), now))) {
    throw invalid('userId', `'${userId}' has no password yet: set one first (purl users reset-password)`);
  }
  await audit(db, { principal: userId, orgId: user.orgId, outcome: 'totp_enrolled', detail: opts.by ? `by ${opts.by}` : null }, now);
  return { otpauthUri: otpauthUri(secret, userId), secret: base32Encode(secret) };
}

export async function disableTotp(db: Database, userId: string, opts: CredentialOptions = {}): Promise<void> {
  const user = await findUser(db, userId);
  if (!user) throw notFound('user', userId);
  if (!(await removeTotp(db, userId))) throw invalid('userId', `'${userId}' has no credentials`);
  await audit(db, { principal: userId, orgId: user.orgId, outcome: 'totp_removed', detail: opts.by ? `by ${opts.by}` : null }, opts.now ?? new Date());
}
