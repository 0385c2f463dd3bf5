/**
 * Password hashing with scrypt (node:crypto), a memory-hard function. Each hash has its own 16-byte
 * random salt and carries its parameters, so the cost can be raised later without breaking the
 * hashes already stored: `scrypt$<log2 N>$<r>$<p>$<salt base64url>$<hash base64url>`.
 *
 * The default follows OWASP's password storage guidance for scrypt: N = 2^17, r = 8, p = 1
 * (128 MiB and roughly a few hundred milliseconds per hash), with a 32-byte output. Hashing runs
 * in libuv's thread pool, so sign-ins never block the server; the sign-in rate limits bound how
 * many run at once. Demo users get a cheaper cost (their password is published anyway).
 */
import { randomBytes, scrypt as scryptCb, timingSafeEqual, type ScryptOptions } from 'node:crypto';

export interface ScryptCost {
  /** log2 of N, the CPU/memory cost. */
  logN: number;
  r: number;
  p: number;
}

export const DEFAULT_COST: ScryptCost = { logN: 17, r: 8, p: 1 };
/** For the demo users only: their password is printed by `npm start`, so a high cost protects nothing. */
export const DEMO_COST: ScryptCost = { logN: 12, r: 8, p: 1 };

const KEY_BYTES = 32;
const SALT_BYTES = 16;
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 1024;

function scrypt(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  const N = 2 ** cost.logN;
  // scrypt needs 128 * N * r bytes; allow that plus headroom (Node's default cap is 32 MiB).
  const opts: ScryptOptions = { N, r: cost.r, p: cost.p, maxmem: 128 * N * cost.r + 16 * 1024 * 1024 };
  return new Promise((resolve, reject) => scryptCb(password.normalize('NFC'), salt, KEY_BYTES, opts, (err, key) => (err ? reject(err) : resolve(key))));
}

export async function hashPassword(password: string, cost: ScryptCost = DEFAULT_COST): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scrypt(password, salt, cost);
  return ['scrypt', cost.logN, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

const FORMAT = /^scrypt\$(\d{1,2})\$(\d{1,2})\$(\d{1,2})\$([A-Za-z0-9_-]{16,64})\$([A-Za-z0-9_-]{16,128})$/;

/** True when `password` matches the stored hash; the comparison takes the same time wherever they differ. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const m = FORMAT.exec(stored);
  if (!m) throw new Error('a stored password hash is not in the scrypt format');
  const cost = { logN: Number(m[1]), r: Number(m[2]), p: Number(m[3]) };
  const expected = Buffer.from(m[5]!, 'base64url');
  const actual = await scrypt(password, Buffer.from(m[4]!, 'base64url'), cost);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash of a random password nobody knows, at the default cost: what an unknown username is checked against. */
const UNKNOWN_USER_HASH = 'scrypt$17$8$1$tYL-EXSAvlf9YxpvFWZgDw$k78VTxiUyh6Y5FvfayIXxS7f_Kt_QLXrhWsS8AFZyUc';

/**
 * Spends the time a real check would, for a username that does not exist, so the answer's timing does
 * not tell which usernames are real. Always false.
 */
export async function burnPasswordCheck(password: string): Promise<false> {
  await verifyPassword(password, UNKNOWN_USER_HASH);
  return false;
}

/** The password rules, as messages (empty when it is acceptable). */
export function passwordProblems(password: string): string[] {
  const out: string[] = [];
  if ([...password].length < PASSWORD_MIN) out.push(`must be at least ${PASSWORD_MIN} characters`);
  if (password.length > PASSWORD_MAX) out.push(`must be at most ${PASSWORD_MAX} characters`);
  return out;
}
