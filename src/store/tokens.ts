/**
 * API tokens: bearer secrets that speak for one organization, with that organization's role. Only a
 * SHA-256 of each token is kept; lookups compare hashes, so the secret never sits in the database or
 * the logs. A token is 192 random bits, so looking it up by its hash (an index search, not a
 * constant-time comparison) reveals nothing usable: a guess cannot be steered toward a stored hash.
 * A token's scope is `write` (the default: everything its role allows) or `read` (reads only).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Actor, Role } from '../domain/actors.ts';
import { notFound } from '../domain/errors.ts';
import type { Queryable } from './db.ts';

export const TOKEN_SCOPES = ['read', 'write'] as const;
export type TokenScope = (typeof TOKEN_SCOPES)[number];

export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

export const newTokenSecret = (): string => `purl_${randomBytes(24).toString('base64url')}`;

export async function issueToken(
  q: Queryable,
  opts: { orgId: string; label: string; token?: string; expiresAt?: Date | null; now?: Date; scope?: TokenScope },
): Promise<string> {
  const org = await q.query('SELECT 1 FROM organizations WHERE org_id = $1', [opts.orgId]);
  if (org.length === 0) throw notFound('organization', opts.orgId);
  const token = opts.token ?? newTokenSecret();
  await q.query(
    `INSERT INTO api_tokens (token_hash, org_id, label, created_at, expires_at, scope) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (token_hash) DO NOTHING`,
    [hashToken(token), opts.orgId, opts.label, (opts.now ?? new Date()).toISOString(), opts.expiresAt?.toISOString() ?? null, opts.scope ?? 'write'],
  );
  return token;
}

export interface TokenGrant {
  actor: Actor;
  scope: TokenScope;
}

/** The organization (and role) a live token speaks for, and its scope; undefined when unknown, expired or revoked. */
export async function lookupToken(q: Queryable, token: string, now = new Date()): Promise<TokenGrant | undefined> {
  const rows = await q.query<{ org_id: string; role: Role; label: string; scope: TokenScope }>(
    `SELECT t.org_id, o.role, t.label, t.scope FROM api_tokens t JOIN organizations o ON o.org_id = t.org_id
      WHERE t.token_hash = $1 AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > $2)`,
    [hashToken(token), now.toISOString()],
  );
  const r = rows[0];
  return r ? { actor: { orgId: r.org_id, role: r.role, userId: r.label }, scope: r.scope } : undefined;
}

export async function authenticate(q: Queryable, token: string, now = new Date()): Promise<Actor | undefined> {
  return (await lookupToken(q, token, now))?.actor;
}

export interface TokenInfo {
  prefix: string;
  orgId: string;
  label: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
  scope: TokenScope;
}

export async function listTokens(q: Queryable): Promise<TokenInfo[]> {
  const rows = await q.query<{ token_hash: string; org_id: string; label: string; created_at: Date; expires_at: Date | null; revoked_at: Date | null; scope: TokenScope }>(
    'SELECT * FROM api_tokens ORDER BY org_id, label',
  );
  return rows.map((r) => ({
    prefix: r.token_hash.slice(0, 12),
    orgId: r.org_id,
    label: r.label,
    createdAt: new Date(r.created_at).toISOString(),
    expiresAt: r.expires_at ? new Date(r.expires_at).toISOString() : null,
    revokedAt: r.revoked_at ? new Date(r.revoked_at).toISOString() : null,
    scope: r.scope,
  }));
}

export async function revokeToken(q: Queryable, hashPrefix: string, now = new Date()): Promise<number> {
  if (!/^[0-9a-f]{8,64}$/.test(hashPrefix)) return 0;
  const rows = await q.query('UPDATE api_tokens SET revoked_at = $2 WHERE token_hash LIKE $1 AND revoked_at IS NULL RETURNING 1', [
    `${hashPrefix}%`,
    now.toISOString(),
  ]);
  return rows.length;
}
