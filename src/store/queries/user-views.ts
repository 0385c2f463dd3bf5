/**
 * Users as the API and CLI show them: who belongs where, whether they are active, and whether they
 * can sign in (a password set) with a second factor. Never a hash or a secret. `visibleTo` limits
 * the list to one organization (an organization sees its own people; the coordinator and auditors all).
 */
import type { Queryable } from '../db.ts';

export interface UserView {
  userId: string;
  orgId: string;
  displayName: string;
  status: 'active' | 'disabled';
  registeredAt: string;
  disabledAt: string | null;
  disabledReason: string | null;
  hasPassword: boolean;
  totpEnabled: boolean;
}

export async function listUsers(q: Queryable, f: { orgId?: string | undefined; userId?: string | undefined } = {}): Promise<UserView[]> {
  const rows = await q.query<{
    user_id: string;
    org_id: string;
    display_name: string;
    status: 'active' | 'disabled';
    registered_at: Date | string;
    disabled_at: Date | string | null;
    disabled_reason: string | null;
    has_password: boolean;
    totp_enabled: boolean;
  }>(
    `SELECT u.user_id, u.org_id, u.display_name, u.status, u.registered_at, u.disabled_at, u.disabled_reason,
            c.user_id IS NOT NULL AS has_password, c.totp_secret IS NOT NULL AS totp_enabled
       FROM users u LEFT JOIN user_credentials c ON c.user_id = u.user_id
      WHERE ($1::text IS NULL OR u.org_id = $1) AND ($2::text IS NULL OR u.user_id = $2)
      ORDER BY u.org_id, u.user_id`,
    [f.orgId ?? null, f.userId ?? null],
  );
  return rows.map((r) => ({
    userId: r.user_id,
    orgId: r.org_id,
    displayName: r.display_name,
    status: r.status,
    registeredAt: new Date(r.registered_at).toISOString(),
    disabledAt: r.disabled_at ? new Date(r.disabled_at).toISOString() : null,
    disabledReason: r.disabled_reason,
    hasPassword: r.has_password,
    totpEnabled: r.totp_enabled,
  }));
}
