/**
 * The authentication audit: one row for every sign-in, sign-out and refused credential (who tried,
 * when, from where, what came of it). Never a password, token, cookie or code: a refused token
 * appears as the first 12 hex digits of its SHA-256, which identifies a stored token and nothing else.
 * Requests refused by a rate limit write no row: a flood must not become a flood of writes.
 */
import type { Queryable } from '../db.ts';

export type AuthOutcome =
  | 'signed_in'
  | 'signed_out'
  | 'bad_password'
  | 'unknown_user'
  | 'no_password'
  | 'disabled'
  | 'locked'
  | 'locked_now'
  | 'totp_required'
  | 'bad_totp'
  | 'totp_enrolled'
  | 'totp_confirmed'
  | 'totp_removed'
  | 'password_set'
  | 'bad_token'
  | 'bad_session'
  | 'csrf_refused'
  | 'read_only_token';

export interface AuditEntry {
  principal: string;
  orgId?: string | null | undefined;
  outcome: AuthOutcome;
  ip?: string | null | undefined;
  detail?: string | null | undefined;
}

export async function audit(q: Queryable, e: AuditEntry, at: Date): Promise<void> {
  await q.query('INSERT INTO auth_audit (at, principal, org_id, outcome, ip, detail) VALUES ($1, $2, $3, $4, $5, $6)', [
    at.toISOString(),
    e.principal.slice(0, 200),
    e.orgId ?? null,
    e.outcome,
    e.ip ?? null,
    e.detail?.slice(0, 500) ?? null,
  ]);
}

export interface AuditRow {
  at: string;
  principal: string;
  orgId: string | null;
  outcome: AuthOutcome;
  ip: string | null;
  detail: string | null;
}

export async function readAudit(q: Queryable, opts: { principal?: string; limit?: number } = {}): Promise<AuditRow[]> {
  const rows = await q.query<{ at: Date | string; principal: string; org_id: string | null; outcome: AuthOutcome; ip: string | null; detail: string | null }>(
    `SELECT at, principal, org_id, outcome, ip, detail FROM auth_audit WHERE ($1::text IS NULL OR principal = $1) ORDER BY id DESC LIMIT $2`,
    [opts.principal ?? null, opts.limit ?? 100],
  );
  return rows.map((r) => ({ at: new Date(r.at).toISOString(), principal: r.principal, orgId: r.org_id, outcome: r.outcome, ip: r.ip, detail: r.detail }));
}
