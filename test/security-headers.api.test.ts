/**
 * Proves the hardening every answer carries, on both stores: the security headers (a strict
 * Content-Security-Policy with no inline scripts, nosniff, no framing, no referrer) on API answers,
 * errors and the docs; the body limit; and that the server log holds no token, cookie, CSRF token,
 * password or code, even when something logs a request's headers.
 */
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAuthApi, PASSWORD, cookieOf, type AuthApi } from './support/auth.ts';
import { TOKENS } from './support/api.ts';
import { STORES } from './support/stores.ts';

describe.each(STORES)('security headers and a clean log on $name', (store) => {
  let api: AuthApi;
  const lines: string[] = [];
  beforeAll(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(chunk.toString('utf8'));
        done();
      },
    });
    if (store.available) api = await openAuthApi(store, { logger: { level: 'debug', stream } });
  });
  afterAll(async () => api?.close());

  it.skipIf(!store.available)('sends a strict Content-Security-Policy and the other security headers on every kind of answer', async () => {
    for (const [url, headers] of [
      ['/health', {}],
      ['/pledges', { authorization: `Bearer ${TOKENS.auditor}` }],
      ['/pledges', {}],
      ['/no-such-route', {}],
      ['/docs/static/index.html', {}],
    ] as const) {
      const res = await api.inject({ method: 'GET', url, headers });
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("default-src 'self'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe-inline');
      expect(csp).not.toContain('unsafe-eval');
      expect(csp).toContain("object-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(res.headers['cross-origin-opener-policy']).toBe('same-origin');
    }
  });

  it.skipIf(!store.available)('refuses a body over 1 MiB with 413 problem+json', async () => {
    const res = await api.inject({ method: 'POST', url: '/auth/sign-in', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ username: 'x', password: 'y'.repeat(1_100_000) }) });
    expect(res.statusCode).toBe(413);
    expect(String(res.headers['content-type'])).toContain('application/problem+json');
  });

  it.skipIf(!store.available)('never writes a token, cookie, CSRF token, password or code to the log', async () => {
    const signIn = await api.signIn('planner@ua-mod');
    const cookie = cookieOf(signIn);
    const csrf = signIn.json().csrfToken as string;
    await api.signIn('planner@ua-mod', 'a wrong password here', { totp: '123456' });
    await api.inject({ method: 'GET', url: '/me', headers: { cookie } });
    await api.inject({ method: 'POST', url: '/users', headers: { cookie, 'x-csrf-token': csrf }, payload: { userId: 'logged@ua-mod', orgId: 'ua-mod', displayName: 'Logged' } });
    await api.inject({ method: 'GET', url: '/me', headers: { authorization: `Bearer ${TOKENS.coordinator}` } });
    await api.inject({ method: 'GET', url: '/me', headers: { authorization: 'Bearer purl_a-guessed-token-value' } });
    // Should some code log the request's headers, the credentials are censored.
    api.app.log.info({ req: { headers: { authorization: `Bearer ${TOKENS.nl}`, cookie } }, headers: { 'x-csrf-token': csrf } }, 'headers logged by mistake');

    const log = lines.join('');
    expect(log).toContain('incoming request');
    expect(log).toContain('headers logged by mistake');
    expect(log).toContain('[redacted]');
    expect(log).not.toMatch(/"(totp|password|code)":/);
    for (const secret of [TOKENS.coordinator, TOKENS.nl, 'purl_a-guessed-token-value', cookie.split('=')[1]!, csrf, PASSWORD, 'a wrong password here']) {
      expect(log, `the log holds ${secret.slice(0, 12)}...`).not.toContain(secret);
    }
  });
});
