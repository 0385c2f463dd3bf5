/**
 * Password sign-in (with a TOTP code when the user has a second factor). Every refusal is the same
 * 401 whatever went wrong (unknown user, wrong password, wrong code, locked, disabled), so the
 * answer never tells which usernames exist or which accounts are locked; the audit row records
 * the real reason. Failures are counted per account in the credential table: after
 * `lockoutAttempts` in a row the account is locked for `lockoutMs`, even to the right password.
 * Nothing here touches the event log.
 */
import type { Actor, Role } from '../domain/actors.ts';
import { DomainError } from '../domain/errors.ts';
import type { Database } from '../store/db.ts';
import { ledgerConfig } from '../store/log/ledger-config.ts';
import { audit, type AuthOutcome } from '../store/credentials/audit.ts';
import { clearFailures, findCredentials, recordFailure } from '../store/credentials/passwords.ts';
import { createSession } from '../store/credentials/sessions.ts';
import { markTotpStepUsed, unsealTotp } from '../store/credentials/totp-secrets.ts';
import { findUser } from '../store/repositories/users.ts';
import { burnPasswordCheck, verifyPassword } from './password.ts';
import type { AuthPolicy } from './policy.ts';
import { matchTotp } from './totp.ts';

export interface SignInRequest {
  username: string;
  password: string;
  totp?: string | undefined;
}

export interface SignedIn {
  actor: Actor;
  sessionId: string;
  expiresAt: Date;
}

export const SIGN_IN_REFUSED = 'sign-in refused: the username, password or code is wrong, or the account is locked or disabled';

const refused = (extra: Record<string, unknown> = {}): DomainError => new DomainError('unauthenticated', SIGN_IN_REFUSED, { detail: extra });

export async function signIn(db: Database, req: SignInRequest, policy: AuthPolicy, ip: string | null): Promise<SignedIn> {
  const now = policy.now();
  const note = (outcome: AuthOutcome, orgId: string | null, detail?: string) => audit(db, { principal: req.username, orgId, outcome, ip, detail }, now);

  const user = await findUser(db, req.username);
  const cred = user ? await findCredentials(db, user.userId) : undefined;
  if (!user || !cred) {
    // Spend a real check's time, so timing does not tell an unknown user from a wrong password.
    await burnPasswordCheck(req.password);
    await note(user ? 'no_password' : 'unknown_user', user?.orgId ?? null);
    throw refused();
  }
  if (cred.lockedUntil && cred.lockedUntil > now) {
    // The same work as an unlocked attempt, so timing does not tell that the account is locked.
    await verifyPassword(req.password, cred.passwordHash);
    await note('locked', user.orgId, `locked until ${cred.lockedUntil.toISOString()}`);
    throw refused();
  }
  const fail = async (outcome: AuthOutcome) => {
    const lockedUntil = await recordFailure(db, user.userId, now, policy.lockoutAttempts, policy.lockoutMs);
    await note(outcome, user.orgId);
    if (lockedUntil) await note('locked_now', user.orgId, `locked until ${lockedUntil.toISOString()}`);
    return refused();
  };
  if (!(await verifyPassword(req.password, cred.passwordHash))) throw await fail('bad_password');
  if (user.status !== 'active') {
    await note('disabled', user.orgId);
    throw refused();
  }
  if (cred.totpSecret) {
    // The password was right: saying a code is needed tells nothing the caller did not know.
    if (req.totp === undefined) {
      await note('totp_required', user.orgId);
      throw new DomainError('unauthenticated', 'this account needs a one-time code from its authenticator app: send it as "totp"', {
        detail: { totpRequired: true },
      });
    }
    const secret = unsealTotp(ledgerConfig(db).masterKey, user.userId, cred.totpSecret);
    const step = matchTotp(secret, req.totp, now, cred.totpLastStep);
    if (step === undefined) throw await fail('bad_totp');
    await markTotpStepUsed(db, user.userId, step);
  }
  await clearFailures(db, user.userId);
  const role = (await db.query<{ role: Role }>('SELECT role FROM organizations WHERE org_id = $1', [user.orgId]))[0]?.role;
  if (!role) throw new Error(`user ${user.userId} belongs to no known organization`);
  const session = await createSession(db, user.userId, now, { ttlMs: policy.sessionTtlMs, idleMs: policy.sessionIdleMs });
  await note('signed_in', user.orgId);
  return { actor: { orgId: user.orgId, role, userId: user.userId }, sessionId: session.id, expiresAt: session.expiresAt };
}
