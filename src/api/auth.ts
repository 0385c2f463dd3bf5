/**
 * Authentication. A request either carries a credential (and then has an actor) or none (the
 * public). Two credentials: a bearer API token (`Authorization: Bearer <token>`), or the session
 * cookie of a signed-in user. A credential that is present but unknown, expired or revoked is
 * refused outright (401), never quietly downgraded to the public.
 *
 * Writes (any POST, PUT, PATCH or DELETE) are checked here for every route at once: a cookie-
 * authenticated write must carry the session's CSRF token in X-CSRF-Token (a bearer token needs
 * none: no other site can make a browser send it); a read-only token may not write at all; and
 * writes are rate-limited per token or session. Every refusal writes one auth_audit row and nothing else.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { csrfMatches } from '../auth/csrf.ts';
import { DEFAULT_AUTH_POLICY, type AuthPolicy } from '../auth/policy.ts';
import type { Actor } from '../domain/actors.ts';
import { DomainError, forbidden } from '../domain/errors.ts';
import { audit, type AuditEntry } from '../store/credentials/audit.ts';
import { findLiveSession } from '../store/credentials/sessions.ts';
import type { Database } from '../store/db.ts';
import { hashToken, lookupToken, type TokenScope } from '../store/tokens.ts';
import { registerRateLimits, type RateLimits } from './rate-limits.ts';
import { clearedSessionCookie, isWellFormedSessionId, readSessionCookie } from './session-cookie.ts';

/** How the request's actor was authenticated. */
export interface RequestAuth {
  via: 'token' | 'session';
  scope: TokenScope;
  /** The session id, for a cookie-authenticated request (to derive its CSRF token). */
  sessionId?: string;
  sessionExpiresAt?: Date;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    auth: RequestAuth | null;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Requests that never consult the session cookie: signing in and out (an old cookie must not stand in
 * the way), and the web app's files and the docs, which need no identity (a stale cookie must not
 * stop the app from loading; the app's own API calls then meet the 401 and clear it).
 */
function ignoresCookie(req: FastifyRequest): boolean {
  const url = req.routeOptions.url ?? '';
  return signsInOrOut(req) || url === '/' || url === '/app' || url.startsWith('/app/') || url.startsWith('/docs');
}

const signsInOrOut = (req: FastifyRequest): boolean => req.routeOptions.url === '/auth/sign-in' || req.routeOptions.url === '/auth/sign-out';

export interface AuthContext {
  policy: AuthPolicy;
  limits: RateLimits;
}

export async function registerAuth(app: FastifyInstance, db: Database, policy: AuthPolicy = DEFAULT_AUTH_POLICY): Promise<AuthContext> {
  const limits = await registerRateLimits(app, policy);
  app.decorateRequest('actor', null);
  app.decorateRequest('auth', null);

  /** Audits a refusal (and counts a refused credential against the address); the caller throws what it returns. */
  const refuse = async (req: FastifyRequest, entry: Omit<AuditEntry, 'ip'>, err: DomainError, countFailure: boolean): Promise<DomainError> => {
    await audit(db, { ...entry, ip: req.ip }, policy.now());
    if (countFailure) await limits.countFailure(req);
    return err;
  };

  app.addHook('onRequest', async (req, reply) => {
    const header = req.headers.authorization;
    const cookie = header === undefined && !ignoresCookie(req) ? readSessionCookie(req) : undefined;
    if (header !== undefined || cookie !== undefined) await limits.failuresAllowed(req, reply);

    if (header !== undefined) {
      const m = /^Bearer ([\x21-\x7e]{10,200})$/.exec(header);
      if (!m) {
        throw await refuse(req, { principal: 'malformed-authorization', outcome: 'bad_token' }, new DomainError('unauthenticated', 'the Authorization header must be "Bearer <token>"'), true);
      }
      const token = m[1]!;
      const grant = await lookupToken(db, token, policy.now());
      if (!grant) {
        throw await refuse(req, { principal: `token:${hashToken(token).slice(0, 12)}`, outcome: 'bad_token' }, new DomainError('unauthenticated', 'the API token is unknown, expired or revoked'), true);
      }
      req.actor = grant.actor;
      req.auth = { via: 'token', scope: grant.scope };
    } else if (cookie !== undefined) {
      const live = isWellFormedSessionId(cookie) ? await findLiveSession(db, cookie, policy.now(), { ttlMs: policy.sessionTtlMs, idleMs: policy.sessionIdleMs }) : undefined;
      if (!live) {
        reply.header('set-cookie', clearedSessionCookie(req, policy));
        throw await refuse(req, { principal: 'session-cookie', outcome: 'bad_session' }, new DomainError('unauthenticated', 'the session has expired or is not valid: sign in again'), true);
      }
      req.actor = { orgId: live.orgId, role: live.role, userId: live.userId };
      req.auth = { via: 'session', scope: 'write', sessionId: cookie, sessionExpiresAt: live.expiresAt };
    }

    if (!UNSAFE.has(req.method)) return;
    if (req.actor && req.auth) {
      const who = { principal: req.actor.userId, orgId: req.actor.orgId };
      if (req.auth.via === 'session' && !csrfMatches(req.auth.sessionId!, headerValue(req, 'x-csrf-token'))) {
        throw await refuse(req, { ...who, outcome: 'csrf_refused' }, forbidden('a signed-in write needs the X-CSRF-Token header with the token from sign-in (or GET /auth/session)'), false);
      }
      if (req.auth.scope === 'read') {
        throw await refuse(req, { ...who, outcome: 'read_only_token' }, forbidden('this API token is read-only: it may not write'), false);
      }
    }
    // Signing in has its own, stricter limits; every other write counts here, anonymous ones by address.
    if (!signsInOrOut(req)) await limits.write(req, reply);
  });
  return { policy, limits };
}

function headerValue(req: FastifyRequest, name: string): string | undefined {
  const v = req.headers[name];
  return typeof v === 'string' ? v : undefined;
}

/** The acting organization, or a 401 when the request carries no credential. */
export function requireActor(req: FastifyRequest): Actor {
  if (!req.actor) throw new DomainError('unauthenticated', 'this endpoint needs an API token ("Authorization: Bearer <token>") or a signed-in session');
  return req.actor;
}

/** The signed-in user of a cookie session (TOTP enrolment is a person's act, not a token's). */
export function requireSessionUser(req: FastifyRequest): Actor & { sessionId: string } {
  const actor = requireActor(req);
  if (req.auth?.via !== 'session') throw forbidden('this needs a signed-in user (a session), not an API token');
  return { ...actor, sessionId: req.auth.sessionId! };
}
