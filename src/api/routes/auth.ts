/**
 * Signing in and out, the session, and enrolling a second factor. Sign-in sets the session cookie
 * and answers the CSRF token the browser must send (X-CSRF-Token) with every write; GET
 * /auth/session answers it again after a page reload. Nothing here writes to the event log.
 */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { csrfTokenFor } from '../../auth/csrf.ts';
import type { AuthPolicy } from '../../auth/policy.ts';
import { SIGN_IN_REFUSED, signIn } from '../../auth/sign-in.ts';
import { base32Encode } from '../../auth/base32.ts';
import { matchTotp, newTotpSecret, otpauthUri } from '../../auth/totp.ts';
import { idSchema } from '../../commands/schemas.ts';
import { ROLES, type Actor } from '../../domain/actors.ts';
import { DomainError, forbidden } from '../../domain/errors.ts';
import type { Database } from '../../store/db.ts';
import { audit } from '../../store/credentials/audit.ts';
import { findCredentials } from '../../store/credentials/passwords.ts';
import { endSession, findLiveSession } from '../../store/credentials/sessions.ts';
import { activatePendingTotp, markTotpStepUsed, sealTotp, storePendingTotp, unsealTotp } from '../../store/credentials/totp-secrets.ts';
import { ledgerConfig } from '../../store/log/ledger-config.ts';
import { requireSessionUser, type AuthContext } from '../auth.ts';
import { problemSchema } from '../schemas.ts';
import { clearedSessionCookie, isWellFormedSessionId, readSessionCookie, sessionCookie } from '../session-cookie.ts';

const actorOut = z.object({ orgId: z.string(), role: z.enum(ROLES), userId: z.string() });

const sessionOut = z
  .object({
    actor: actorOut,
    csrfToken: z.string().describe('send as the X-CSRF-Token header with every write made with this session'),
    expiresAt: z.string().describe('the session ends then, however active'),
    idleTimeoutSeconds: z.number().int().describe('... or after this long without a request'),
  })
  .meta({ id: 'Session' });

const codeSchema = z.string().regex(/^\d{6}$/, 'must be the 6-digit code from the authenticator app');

const signInBody = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9._-]{0,62}(@[a-z0-9][a-z0-9-]{0,63})?$/, 'must be a user id such as planner@ua-mod (or the name before the @, with orgId)'),
  orgId: idSchema.optional().describe('the organization, when the username is given without "@org"'),
  password: z.string().min(1).max(1024),
  totp: codeSchema.optional(),
});

const authErrors = { 400: problemSchema, 401: problemSchema, 403: problemSchema, 429: problemSchema };

function sessionAnswer(policy: AuthPolicy, actor: Actor, sessionId: string, expiresAt: Date) {
  return {
    actor: { orgId: actor.orgId, role: actor.role, userId: actor.userId },
    csrfToken: csrfTokenFor(sessionId),
    expiresAt: expiresAt.toISOString(),
    idleTimeoutSeconds: Math.floor(policy.sessionIdleMs / 1000),
  };
}

export function authRoutes(app: FastifyInstance, db: Database, ctx: AuthContext): void {
  const { policy, limits } = ctx;
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/auth/sign-in',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign in with a password (and a one-time code when the account has one): sets the session cookie',
        description: `Refusals are one 401 whatever the reason ("${SIGN_IN_REFUSED}"); after repeated failures the account is locked for a while. Rate-limited per address and per account.`,
        body: signInBody,
        response: { 200: sessionOut, ...authErrors },
      },
    },
    async (req, reply) => {
      const b = req.body;
      const username = b.username.includes('@') || !b.orgId ? b.username : `${b.username}@${b.orgId}`;
      await limits.signIn(req, reply, username);
      const s = await signIn(db, { username, password: b.password, totp: b.totp }, policy, req.ip);
      reply.header('set-cookie', sessionCookie(req, policy, s.sessionId, s.expiresAt));
      return sessionAnswer(policy, s.actor, s.sessionId, s.expiresAt);
    },
  );

  r.post(
    '/auth/sign-out',
    {
      schema: {
        tags: ['auth'],
        summary: 'End the session and clear its cookie (no CSRF token needed: SameSite=Strict already keeps other sites out)',
        response: { 200: z.object({ signedOut: z.boolean().describe('false when there was no live session') }) },
      },
    },
    async (req, reply) => {
      const id = readSessionCookie(req);
      let signedOut = false;
      if (id !== undefined && isWellFormedSessionId(id)) {
        const live = await findLiveSession(db, id, policy.now(), { ttlMs: policy.sessionTtlMs, idleMs: policy.sessionIdleMs });
        await endSession(db, id);
        if (live) {
          signedOut = true;
          await audit(db, { principal: live.userId, orgId: live.orgId, outcome: 'signed_out', ip: req.ip }, policy.now());
        }
      }
      reply.header('set-cookie', clearedSessionCookie(req, policy));
      return { signedOut };
    },
  );

  r.get(
    '/auth/session',
    {
      schema: {
        tags: ['auth'],
        summary: 'The signed-in session: who, until when, and its CSRF token (for a page that was reloaded)',
        response: { 200: sessionOut, ...authErrors },
      },
    },
    async (req) => {
      if (req.auth?.via !== 'session' || !req.actor) throw new DomainError('unauthenticated', 'no session: sign in with POST /auth/sign-in');
      return sessionAnswer(policy, req.actor, req.auth.sessionId!, req.auth.sessionExpiresAt!);
    },
  );

  r.post(
    '/auth/totp/enrol',
    {
      schema: {
        tags: ['auth'],
        summary: 'Start enrolling a second factor: answers the otpauth:// URI for an authenticator app; confirm with one code',
        description: 'Needs a signed-in session (and X-CSRF-Token). When a second factor is already active, send a current code from it as "currentCode".',
        body: z.object({ currentCode: codeSchema.optional() }).optional(),
        response: { 200: z.object({ otpauthUri: z.string(), secret: z.string().describe('the same secret in base32, to type in by hand') }), ...authErrors },
      },
    },
    async (req, rep) => {
      const user = requireSessionUser(req);
      const cred = await findCredentials(db, user.userId);
      if (!cred) throw forbidden('this user has no password set, so no second factor either');
      const now = policy.now();
      const key = ledgerConfig(db).masterKey;
      if (cred.totpSecret) {
        // Replacing an active factor needs that factor: a stolen session alone cannot swap it.
        await limits.account(req, rep, user.userId);
        const code = req.body?.currentCode;
        const step = code === undefined ? undefined : matchTotp(unsealTotp(key, user.userId, cred.totpSecret), code, now, cred.totpLastStep);
        if (step === undefined) {
          await audit(db, { principal: user.userId, orgId: user.orgId, outcome: 'bad_totp', ip: req.ip, detail: 're-enrolment' }, now);
          throw forbidden('a second factor is already active: send a current code from it as "currentCode" to replace it');
        }
        await markTotpStepUsed(db, user.userId, step);
      }
      const secret = newTotpSecret();
      await storePendingTotp(db, user.userId, sealTotp(key, user.userId, secret));
      await audit(db, { principal: user.userId, orgId: user.orgId, outcome: 'totp_enrolled', ip: req.ip }, now);
      return { otpauthUri: otpauthUri(secret, user.userId), secret: base32Encode(secret) };
    },
  );

  r.post(
    '/auth/totp/confirm',
    {
      schema: {
        tags: ['auth'],
        summary: 'Confirm the second factor with one code from the authenticator app; from then on sign-in needs a code',
        body: z.object({ code: codeSchema }),
        response: { 200: z.object({ totpEnabled: z.literal(true) }), ...authErrors },
      },
    },
    async (req, rep) => {
      const user = requireSessionUser(req);
      await limits.account(req, rep, user.userId);
      const now = policy.now();
      const cred = await findCredentials(db, user.userId);
      if (!cred?.totpPending) throw forbidden('nothing to confirm: start with POST /auth/totp/enrol');
      const step = matchTotp(unsealTotp(ledgerConfig(db).masterKey, user.userId, cred.totpPending), req.body.code, now);
      if (step === undefined) {
        await audit(db, { principal: user.userId, orgId: user.orgId, outcome: 'bad_totp', ip: req.ip, detail: 'confirmation' }, now);
        throw forbidden('the code does not match the enrolled secret (check the device clock, or enrol again)');
      }
      await activatePendingTotp(db, user.userId, step, now);
      await audit(db, { principal: user.userId, orgId: user.orgId, outcome: 'totp_confirmed', ip: req.ip }, now);
      return { totpEnabled: true as const };
    },
  );
}
