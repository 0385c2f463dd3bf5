/**
 * Proves password hashing: a hash verifies its own password and no other, carries its scrypt
 * parameters and a fresh salt each time (so equal passwords hash differently), verifies at the
 * parameters it was made with, and the default cost is the documented one (OWASP: N = 2^17, r = 8, p = 1).
 */
import { describe, expect, it } from 'vitest';
import { burnPasswordCheck, DEFAULT_COST, DEMO_COST, hashPassword, passwordProblems, verifyPassword } from './password.ts';

describe('password hashing (scrypt)', () => {
  it('verifies the right password only, with a fresh salt every time', async () => {
    const [a, b] = await Promise.all([hashPassword('correct horse battery', DEMO_COST), hashPassword('correct horse battery', DEMO_COST)]);
    expect(a).toMatch(/^scrypt\$12\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('correct horse battery', a)).toBe(true);
    expect(await verifyPassword('correct horse batterY', a)).toBe(false);
    expect(await verifyPassword('', a)).toBe(false);
    // Unicode is normalised: the same text typed two ways is the same password.
    const h = await hashPassword('caf\u00e9 au lait ok', DEMO_COST);
    expect(await verifyPassword('cafe\u0301 au lait ok', h)).toBe(true);
  });

  it('hashes at the documented default cost, and an unknown user costs a real check', async () => {
    expect(DEFAULT_COST).toEqual({ logN: 17, r: 8, p: 1 });
    const h = await hashPassword('a long enough password');
    expect(h.startsWith('scrypt$17$8$1$')).toBe(true);
    expect(await verifyPassword('a long enough password', h)).toBe(true);
    expect(await burnPasswordCheck('anything')).toBe(false);
  });

  it('refuses a stored value that is not an scrypt hash (a programmer error, not a wrong password)', async () => {
    await expect(verifyPassword('x', 'plaintext')).rejects.toThrow(/scrypt format/);
  });

  it('asks for at least 12 characters and at most 1024', () => {
    expect(passwordProblems('short')).toEqual(['must be at least 12 characters']);
    expect(passwordProblems('twelve chars')).toEqual([]);
    expect(passwordProblems('x'.repeat(1025))).toEqual(['must be at most 1024 characters']);
  });
});
