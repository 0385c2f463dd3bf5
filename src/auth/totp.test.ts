/**
 * Proves the TOTP implementation against RFC 6238's own test vectors (Appendix B, HMAC-SHA1, the
 * 20-byte ASCII secret "12345678901234567890", 8 digits; 6 digits are the same value modulo 10^6),
 * the ±1-step window and replay refusal, base32 round trips, and the otpauth URI an app scans.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode } from './base32.ts';
import { matchTotp, otpauthUri, totp, totpStep } from './totp.ts';

const SECRET = Buffer.from('12345678901234567890', 'ascii');

const RFC6238_SHA1: [number, string][] = [
  [59, '94287082'],
  [1111111109, '07081804'],
  [1111111111, '14050471'],
  [1234567890, '89005924'],
  [2000000000, '69279037'],
  [20000000000, '65353130'],
];

describe('TOTP (RFC 6238)', () => {
  it.each(RFC6238_SHA1)('at %i s gives %s (8 digits), and its last 6 digits with 6', (seconds, code) => {
    const at = new Date(seconds * 1000);
    expect(totp(SECRET, at, 8)).toBe(code);
    expect(totp(SECRET, at)).toBe(code.slice(2));
  });

  it('accepts a code one step either side of now, not two, and never the same step twice', () => {
    const now = new Date(1111111111 * 1000);
    const step = totpStep(now);
    const at = (k: number) => totp(SECRET, new Date((step + k) * 30_000));
    expect(matchTotp(SECRET, at(0), now)).toBe(step);
    expect(matchTotp(SECRET, at(-1), now)).toBe(step - 1);
    expect(matchTotp(SECRET, at(1), now)).toBe(step + 1);
    expect(matchTotp(SECRET, at(2), now)).toBeUndefined();
    expect(matchTotp(SECRET, at(-2), now)).toBeUndefined();
    expect(matchTotp(SECRET, at(0), now, step)).toBeUndefined();
    expect(matchTotp(SECRET, at(-1), now, step - 1)).toBeUndefined();
    expect(matchTotp(SECRET, at(1), now, step)).toBe(step + 1);
    for (const bad of ['', '12345', '1234567', 'abcdef', ` ${at(0).slice(1)}`]) expect(matchTotp(SECRET, bad, now)).toBeUndefined();
  });

  it('round-trips any bytes through base32, and decodes the RFC 4648 vectors', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(base32Decode(base32Encode(bytes))).toEqual(Buffer.from(bytes));
      }),
    );
    expect(base32Encode(Buffer.from('foobar'))).toBe('MZXW6YTBOI');
    expect(base32Decode('mzxw6ytb oi======')).toEqual(Buffer.from('foobar'));
    expect(base32Decode('MZXW1')).toBeUndefined();
  });

  it('builds the otpauth URI an authenticator app scans', () => {
    const uri = new URL(otpauthUri(SECRET, 'planner@ua-mod'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/PURL Ledger:planner@ua-mod');
    expect(Object.fromEntries(uri.searchParams)).toEqual({ secret: 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', issuer: 'PURL Ledger', algorithm: 'SHA1', digits: '6', period: '30' });
  });
});
