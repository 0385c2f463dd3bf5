/**
 * Rate limits (@fastify/rate-limit's counters, in memory per server): sign-in attempts per client
 * address and per account named, writes per token or session, and refused credentials per address.
 * Each check throws a 429 problem+json with Retry-After; none of them writes to the store.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { AuthPolicy } from '../auth/policy.ts';
import { DomainError } from '../domain/errors.ts';

type Check = (req: FastifyRequest, reply: FastifyReply, opts?: { increment?: boolean }) => Promise<void>;

export interface RateLimits {
  /** Counts a sign-in attempt against the client's address and against the account it names. */
  signIn(req: FastifyRequest, reply: FastifyReply, account: string): Promise<void>;
  /** Counts a code guess for an account already signed in (TOTP confirmation), against the account only. */
  account(req: FastifyRequest, reply: FastifyReply, account: string): Promise<void>;
  /** Counts a write by the request's actor (or its address when anonymous). */
  write: Check;
  /** Refuses a client that has had too many credentials refused; counts nothing. */
  failuresAllowed: Check;
  /** Counts one refused credential against the client's address. */
  countFailure(req: FastifyRequest): Promise<void>;
}

const MINUTE = 60_000;

export async function registerRateLimits(app: FastifyInstance, policy: AuthPolicy): Promise<RateLimits> {
  // Only the limiters made below apply; routes get no limit of their own.
  await app.register(rateLimit, { global: false });
  const limiter = (max: number, key: (req: FastifyRequest) => string) => app.createRateLimit({ max, timeWindow: MINUTE, keyGenerator: key });

  const check =
    (limit: ReturnType<typeof limiter>, what: string): Check =>
    async (req, reply, opts) => {
      const r = await limit(req, opts);
      if (r.isAllowed) return;
      // A read (no increment) reports the count so far, which must stay below the limit.
      const over = opts?.increment === false ? r.remaining === 0 : r.isExceeded;
      if (!over) return;
      reply.header('retry-after', String(Math.max(1, r.ttlInSeconds)));
      throw new DomainError('rate_limited', `too many ${what}; try again in ${Math.max(1, r.ttlInSeconds)} s`);
    };

  const signInIp = check(limiter(policy.signInPerIp, (req) => `ip:${req.ip}`), 'sign-in attempts from this address');
  const accountKeys = new WeakMap<FastifyRequest, string>();
  const signInAccount = check(
    limiter(policy.signInPerAccount, (req) => `account:${accountKeys.get(req) ?? ''}`),
    'sign-in attempts for this account',
  );
  const failures = limiter(policy.failuresPerIp, (req) => `ip:${req.ip}`);
  const failuresCheck = check(failures, 'refused credentials from this address');
  return {
    async signIn(req, reply, account) {
      await signInIp(req, reply);
      accountKeys.set(req, account.toLowerCase());
      await signInAccount(req, reply);
    },
    async account(req, reply, account) {
      accountKeys.set(req, account.toLowerCase());
      await signInAccount(req, reply);
    },
    write: check(
      limiter(policy.writesPerActor, (req) => (req.actor ? `actor:${req.actor.orgId}/${req.actor.userId}` : `ip:${req.ip}`)),
      'writes',
    ),
    failuresAllowed: (req, reply) => failuresCheck(req, reply, { increment: false }),
    async countFailure(req) {
      await failures(req);
    },
  };
}
