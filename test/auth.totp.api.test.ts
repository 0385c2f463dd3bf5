/**
 * Proves the optional second factor on both stores: a signed-in user enrols (the otpauth URI),
 * confirms with one code, and from then on sign-in needs a code: none is a 401 that says so, a
 * wrong or replayed one is refused and counts toward the lockout, a fresh one signs in. Enrolment
 * needs the session and its CSRF token (not an API token); replacing an active factor needs a code
 * from it. The secret is stored sealed, never in the clear; nothing here enters the event log.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base32Decode } from '../src/auth/base32.ts';
import { totp } from '../src/auth/totp.ts';
import { openAuthApi, PASSWORD, type AuthApi } from './support/auth.ts';
import { TOKENS } from './support/api.ts';
import { STORES } from './support/stores.ts';

describe.each(STORES)('TOTP second factor on $name', (store) => {
  let api: AuthApi;
  beforeAll(async () => {
    if (store.available) api = await openAuthApi(store, { policy: { lockoutAttempts: 4, signInPerIp: 100 } });
  });
  afterAll(async () => api?.close());

  const codeAt = (secret: Buffer, offsetSteps = 0) => totp(secret, new Date(api.clock.at.getTime() + offsetSteps * 30_000));

  it.skipIf(!store.available)('enrols, confirms, and then asks every sign-in for a fresh code', async () => {
    const events = (await api.footprint()).events;
    const { cookie, csrf } = await api.session('planner@ua-mod');
    const headers = { cookie, 'x-csrf-token': csrf };

    expect((await api.inject({ method: 'POST', url: '/auth/totp/enrol', headers: { cookie }, payload: {} })).statusCode).toBe(403); // no CSRF token
    expect((await api.inject({ method: 'POST', url: '/auth/totp/enrol', headers: { authorization: `Bearer ${TOKENS.recipient}` }, payload: {} })).statusCode).toBe(403);
    const enrol = await api.inject({ method: 'POST', url: '/auth/totp/enrol', headers, payload: {} });
    expect(enrol.statusCode, enrol.body).toBe(200);
    const uri = new URL(enrol.json().otpauthUri);
    const secret = base32Decode(uri.searchParams.get('secret')!)!;
    expect(uri.searchParams.get('secret')).toBe(enrol.json().secret);
    expect(secret).toHaveLength(20);

    // Not active until confirmed: sign-in still needs no code.
    expect((await api.signIn('planner@ua-mod')).statusCode).toBe(200);
    expect((await api.inject({ method: 'POST', url: '/auth/totp/confirm', headers, payload: { code: codeAt(secret, 3) } })).statusCode).toBe(403);
    const confirm = await api.inject({ method: 'POST', url: '/auth/totp/confirm', headers, payload: { code: codeAt(secret) } });
    expect(confirm.json()).toEqual({ totpEnabled: true });

    const stored = await api.store.db.query<{ totp_secret: Uint8Array }>("SELECT totp_secret FROM user_credentials WHERE user_id = 'planner@ua-mod'");
    expect(Buffer.from(stored[0]!.totp_secret).includes(secret)).toBe(false); // sealed, not in the clear

    const none = await api.signIn('planner@ua-mod');
    expect(none.statusCode).toBe(401);
    expect(none.json().totpRequired).toBe(true);
    // The code used to confirm is spent; the next step's code works once.
    expect((await api.signIn('planner@ua-mod', PASSWORD, { totp: codeAt(secret) })).statusCode).toBe(401);
    api.clock.advance(30_000);
    const ok = await api.signIn('planner@ua-mod', PASSWORD, { totp: codeAt(secret) });
    expect(ok.statusCode).toBe(200);
    expect((await api.signIn('planner@ua-mod', PASSWORD, { totp: codeAt(secret) })).statusCode).toBe(401);
    // A wrong password with a right code is still a plain refusal, saying nothing about codes.
    api.clock.advance(30_000);
    const wrong = await api.signIn('planner@ua-mod', 'not the password', { totp: codeAt(secret) });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().totpRequired).toBeUndefined();

    expect((await api.footprint()).events).toBe(events);
    const outcomes = (await api.audit()).filter((a) => a.principal === 'planner@ua-mod').map((a) => a.outcome);
    expect(outcomes).toEqual(
      expect.arrayContaining(['totp_enrolled', 'totp_confirmed', 'totp_required', 'bad_totp', 'signed_in', 'bad_password']),
    );
  });

  it.skipIf(!store.available)('counts wrong codes toward the lockout', async () => {
    const { cookie, csrf } = await api.session('coordinator@nato');
    const headers = { cookie, 'x-csrf-token': csrf };
    const secret = base32Decode((await api.inject({ method: 'POST', url: '/auth/totp/enrol', headers, payload: {} })).json().secret)!;
    await api.inject({ method: 'POST', url: '/auth/totp/confirm', headers, payload: { code: codeAt(secret) } });
    const wrongCode = codeAt(secret, 5);
    for (let i = 0; i < 4; i++) expect((await api.signIn('coordinator@nato', PASSWORD, { totp: wrongCode })).statusCode).toBe(401);
    api.clock.advance(30_000);
    expect((await api.signIn('coordinator@nato', PASSWORD, { totp: codeAt(secret) })).statusCode).toBe(401); // locked
    expect((await api.audit()).filter((a) => a.principal === 'coordinator@nato').map((a) => a.outcome).slice(-2)).toEqual(['locked_now', 'locked']);
  });

  it.skipIf(!store.available)('replaces an active factor only with a current code from it', async () => {
    const { cookie, csrf } = await api.session('auditor@audit');
    const headers = { cookie, 'x-csrf-token': csrf };
    const first = base32Decode((await api.inject({ method: 'POST', url: '/auth/totp/enrol', headers, payload: {} })).json().secret)!;
    await api.inject({ method: 'POST', url: '/auth/totp/confirm', headers, payload: { code: codeAt(first) } });
    api.clock.advance(30_000);
    expect((await api.inject({ method: 'POST', url: '/auth/totp/enrol', headers, payload: {} })).statusCode).toBe(403);
    expect((await api.inject({ method: 'POST', url: '/auth/totp/enrol', headers, payload: { currentCode: codeAt(first, 4) } })).statusCode).toBe(403);
    const again = await api.inject({ method: 'POST', url: '/auth/totp/enrol', headers, payload: { currentCode: codeAt(first) } });
    expect(again.statusCode).toBe(200);
  });
});
