/** The authentication policy's settings from the environment (each listed in the README); unset means the default. */
import type { AuthPolicy } from './policy.ts';

function whole(env: NodeJS.ProcessEnv, name: string, min: number, max: number): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new Error(`${name} must be a whole number from ${min} to ${max}, not '${raw}'`);
  return n;
}

export function authPolicyFromEnv(env: NodeJS.ProcessEnv): Partial<AuthPolicy> {
  const out: Partial<AuthPolicy> = {};
  const hours = whole(env, 'PURL_SESSION_HOURS', 1, 24 * 30);
  if (hours !== undefined) out.sessionTtlMs = hours * 3_600_000;
  const idle = whole(env, 'PURL_SESSION_IDLE_MINUTES', 1, 24 * 60);
  if (idle !== undefined) out.sessionIdleMs = idle * 60_000;
  const attempts = whole(env, 'PURL_LOCKOUT_ATTEMPTS', 1, 100);
  if (attempts !== undefined) out.lockoutAttempts = attempts;
  const lockMinutes = whole(env, 'PURL_LOCKOUT_MINUTES', 1, 24 * 60);
  if (lockMinutes !== undefined) out.lockoutMs = lockMinutes * 60_000;
  const signIn = whole(env, 'PURL_SIGN_IN_PER_MINUTE', 1, 10_000);
  if (signIn !== undefined) out.signInPerIp = signIn;
  const writes = whole(env, 'PURL_WRITES_PER_MINUTE', 1, 100_000);
  if (writes !== undefined) out.writesPerActor = writes;
  const secure = env.PURL_SECURE_COOKIES;
  if (secure !== undefined && secure !== '') {
    if (secure !== 'auto' && secure !== 'always') throw new Error(`PURL_SECURE_COOKIES must be 'auto' or 'always', not '${secure}'`);
    out.secureCookies = secure;
  }
  return out;
}
