/**
 * CSRF tokens for cookie-authenticated writes (the synchronizer token pattern, derived rather than
 * stored): the token is an HMAC-SHA256 of a fixed label keyed by the session id. Only the holder of
 * the session cookie, which no script can read, gets it (from sign-in or GET /auth/session, whose
 * answers another origin cannot read), and it needs no table of its own. The header is checked in
 * constant time.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const CSRF_HEADER = 'x-csrf-token';

export const csrfTokenFor = (sessionId: string): string => createHmac('sha256', sessionId).update('purl-csrf-v1').digest('base64url');

export function csrfMatches(sessionId: string, presented: string | undefined): boolean {
  if (presented === undefined) return false;
  const expected = Buffer.from(csrfTokenFor(sessionId));
  const given = Buffer.from(presented);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
