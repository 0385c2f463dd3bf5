/**
 * Browser sessions. The cookie carries a 256-bit random id; only its SHA-256 is stored, and the
 * lookup is by that hash (an attacker cannot aim a guess at a hash prefix, so the lookup leaks
 * nothing useful through timing). A session is valid while it is before its absolute expiry, has
 * been used within the idle timeout, and its user is still active.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Role } from '../../domain/actors.ts';
import type { Queryable } from '../db.ts';

export const newSessionId = (): string => randomBytes(32).toString('base64url');
export const hashSessionId = (id: string): string => createHash('sha256').update(id, 'utf8').digest('hex');

export interface SessionTimes {
  ttlMs: number;
  idleMs: number;
}

export interface LiveSession {
  userId: string;
  orgId: string;
  role: Role;
  expiresAt: Date;
  lastSeenAt: Date;
}

export async function createSession(q: Queryable, userId: string, now: Date, times: SessionTimes): Promise<{ id: string; expiresAt: Date }> {
  const id = newSessionId();
  const expiresAt = new Date(now.getTime() + times.ttlMs);
  // A user's finished sessions are swept when they sign in again, so the table does not grow.
  await q.query('DELETE FROM sessions WHERE user_id = $1 AND (expires_at <= $2 OR last_seen_at <= $3)', [
    userId,
    now.toISOString(),
    new Date(now.getTime() - times.idleMs).toISOString(),
  ]);
  await q.query('INSERT INTO sessions (session_hash, user_id, created_at, expires_at, last_seen_at) VALUES ($1, $2, $3, $4, $3)', [
    hashSessionId(id),
    userId,
    now.toISOString(),
    expiresAt.toISOString(),
  ]);
  return { id, expiresAt };
}

/** The session named by a cookie value, if it is live now; its idle clock restarts (at most once a minute). */
export async function findLiveSession(q: Queryable, id: string, now: Date, times: SessionTimes): Promise<LiveSession | undefined> {
  const hash = hashSessionId(id);
  const rows = await q.query<{ user_id: string; org_id: string; role: Role; expires_at: Date | string; last_seen_at: Date | string }>(
    `SELECT s.user_id, u.org_id, o.role, s.expires_at, s.last_seen_at
       FROM sessions s JOIN users u ON u.user_id = s.user_id JOIN organizations o ON o.org_id = u.org_id
      WHERE s.session_hash = $1 AND u.status = 'active' AND s.expires_at > $2 AND s.last_seen_at > $3`,
    [hash, now.toISOString(), new Date(now.getTime() - times.idleMs).toISOString()],
  );
  const r = rows[0];
  if (!r) return undefined;
  const lastSeenAt = new Date(r.last_seen_at);
  if (now.getTime() - lastSeenAt.getTime() > 60_000) {
    await q.query('UPDATE sessions SET last_seen_at = $2 WHERE session_hash = $1', [hash, now.toISOString()]);
  }
  return { userId: r.user_id, orgId: r.org_id, role: r.role, expiresAt: new Date(r.expires_at), lastSeenAt: now.getTime() - lastSeenAt.getTime() > 60_000 ? now : lastSeenAt };
}

export async function endSession(q: Queryable, id: string): Promise<void> {
  await q.query('DELETE FROM sessions WHERE session_hash = $1', [hashSessionId(id)]);
}

/** Ends every session of a user (after a password reset). */
export async function endUserSessions(q: Queryable, userId: string): Promise<number> {
  return (await q.query('DELETE FROM sessions WHERE user_id = $1 RETURNING 1', [userId])).length;
}
