/**
 * TOTP, the time-based one-time password of RFC 6238 over HOTP (RFC 4226): HMAC-SHA1 of the
 * 30-second step counter, dynamically truncated to 6 digits. A code is accepted for the current
 * step and one step either side (clock drift), and never twice: the caller keeps the last step used.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { base32Encode } from './base32.ts';

export const TOTP_PERIOD_S = 30;
export const TOTP_DIGITS = 6;
/** Steps accepted either side of the current one. */
export const TOTP_WINDOW = 1;
export const TOTP_ISSUER = 'PURL Ledger';

/** A new shared secret: 20 random bytes, the length RFC 4226 recommends for HMAC-SHA1. */
export const newTotpSecret = (): Buffer => randomBytes(20);

/** The step counter at a time: whole periods since the Unix epoch. */
export const totpStep = (at: Date, periodS = TOTP_PERIOD_S): number => Math.floor(at.getTime() / 1000 / periodS);

/** HOTP (RFC 4226 section 5.3) for one counter value, as a zero-padded string of `digits` digits. */
export function hotp(secret: Buffer, counter: number, digits = TOTP_DIGITS): string {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', secret).update(msg).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = mac.readUInt32BE(offset) & 0x7fffffff;
  return (binary % 10 ** digits).toString().padStart(digits, '0');
}

export const totp = (secret: Buffer, at: Date, digits = TOTP_DIGITS): string => hotp(secret, totpStep(at), digits);

/**
 * The step a code matches within the window, or undefined. Every candidate is compared in constant
 * time, and steps at or before `lastUsedStep` are refused so a code cannot be replayed.
 */
export function matchTotp(secret: Buffer, code: string, at: Date, lastUsedStep: number | null = null): number | undefined {
  if (!/^\d{6}$/.test(code)) return undefined;
  const now = totpStep(at);
  let found: number | undefined;
  for (let step = now - TOTP_WINDOW; step <= now + TOTP_WINDOW; step += 1) {
    const same = timingSafeEqual(Buffer.from(hotp(secret, step)), Buffer.from(code));
    if (same && found === undefined && (lastUsedStep === null || step > lastUsedStep)) found = step;
  }
  return found;
}

/** The otpauth:// URI an authenticator app scans (the Key Uri Format of Google Authenticator). */
export function otpauthUri(secret: Buffer, account: string): string {
  const label = `${encodeURIComponent(TOTP_ISSUER)}:${encodeURIComponent(account)}`;
  const q = new URLSearchParams({ secret: base32Encode(secret), issuer: TOTP_ISSUER, algorithm: 'SHA1', digits: String(TOTP_DIGITS), period: String(TOTP_PERIOD_S) });
  return `otpauth://totp/${label}?${q.toString().replace(/\+/g, '%20')}`;
}
