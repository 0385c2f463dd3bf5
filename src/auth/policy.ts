/**
 * The authentication policy: how long sessions live, when an account locks, how often each kind of
 * request may come, and whether cookies are marked Secure. The server reads it from the environment
 * (src/config.ts, listed in the README); tests pass their own, with an injected clock.
 */
export interface AuthPolicy {
  /** A session ends this long after sign-in, however active. */
  sessionTtlMs: number;
  /** ... or after this long without a request. */
  sessionIdleMs: number;
  /** Failed sign-ins in a row that lock an account ... */
  lockoutAttempts: number;
  /** ... for this long. */
  lockoutMs: number;
  /**
   * `auto`: the cookie is Secure when the request came over HTTPS (so http://localhost works in a
   * demo; behind a TLS proxy set PURL_TRUST_PROXY so the forwarded scheme counts); `always`: always Secure.
   */
  secureCookies: 'auto' | 'always';
  /** Requests per minute: sign-in attempts per client address, and per account named. */
  signInPerIp: number;
  signInPerAccount: number;
  /** Writes (any POST/PUT/PATCH/DELETE) per minute, per token or session (per address when anonymous). */
  writesPerActor: number;
  /** Refused credentials (unknown tokens, forged cookies) per minute per address before all its requests wait. */
  failuresPerIp: number;
  /** The clock; tests move it to expire sessions and locks. */
  now: () => Date;
}

export const DEFAULT_AUTH_POLICY: AuthPolicy = {
  sessionTtlMs: 12 * 3_600_000,
  sessionIdleMs: 30 * 60_000,
  lockoutAttempts: 5,
  lockoutMs: 15 * 60_000,
  secureCookies: 'auto',
  signInPerIp: 20,
  signInPerAccount: 10,
  writesPerActor: 300,
  failuresPerIp: 60,
  now: () => new Date(),
};
