/**
 * The session cookie: `purl_session`, HttpOnly (no script can read it), SameSite=Strict (no other
 * site can make the browser send it), Path=/, and Secure when the request came over HTTPS (see
 * AuthPolicy.secureCookies: plain http://localhost must work for the demo, and a browser drops a
 * Secure cookie set over plain HTTP). Its value is the session id, 43 base64url characters.
 * Written by hand rather than with a cookie library: there is one cookie with a fixed shape.
 */
import type { FastifyRequest } from 'fastify';
import type { AuthPolicy } from '../auth/policy.ts';

export const SESSION_COOKIE = 'purl_session';

/** The session cookie's value, if the request carries one that could be a session id. */
export function readSessionCookie(req: FastifyRequest): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    return part.slice(eq + 1).trim();
  }
  return undefined;
}

export const isWellFormedSessionId = (v: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(v);

const secure = (req: FastifyRequest, policy: AuthPolicy): boolean => policy.secureCookies === 'always' || req.protocol === 'https';

export function sessionCookie(req: FastifyRequest, policy: AuthPolicy, id: string, expiresAt: Date): string {
  const attrs = [`${SESSION_COOKIE}=${id}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Expires=${expiresAt.toUTCString()}`];
  if (secure(req, policy)) attrs.push('Secure');
  return attrs.join('; ');
}

export function clearedSessionCookie(req: FastifyRequest, policy: AuthPolicy): string {
  const attrs = [`${SESSION_COOKIE}=`, 'Path=/', 'HttpOnly', 'SameSite=Strict', 'Max-Age=0'];
  if (secure(req, policy)) attrs.push('Secure');
  return attrs.join('; ');
}
