/**
 * Proves `purl users` and `purl tokens issue --scope` as an operator meets them: the real binary on
 * a temporary PGlite folder. A user added with a piped password (or a generated one, printed once)
 * can sign in; list shows who can sign in and never a hash; reset-password replaces the password;
 * totp prints an otpauth URI whose codes sign-in then requires; disable stops sign-in; refusals
 * exit 1 naming what is wrong; a read-scoped token is issued as such. (Each run of the binary costs
 * seconds, so the command's other refusals are proved through the API in users.api.test.ts.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { base32Decode } from '../src/auth/base32.ts';
import { DEFAULT_AUTH_POLICY } from '../src/auth/policy.ts';
import { signIn } from '../src/auth/sign-in.ts';
import { totp } from '../src/auth/totp.ts';
import { registerOrganizations } from '../src/demo/seed.ts';
import type { Database } from '../src/store/db.ts';
import { openStore } from '../src/store/open.ts';
import { lookupToken } from '../src/store/tokens.ts';
import { runPurl, type PurlRun } from './support/cli.ts';

function expectRefused(r: PurlRun, message: RegExp): void {
  expect(r.code, r.stderr).toBe(1);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('purl users on PGlite', () => {
  let dataDir: string;
  const purl = (args: string[], input?: string) => runPurl(args, { PURL_DATA: dataDir }, input);
  /** Opens the folder in this process (no child holds it meanwhile), with its master key, runs `fn`, closes it. */
  const inStore = async <T>(fn: (db: Database) => Promise<T>): Promise<T> => {
    const db = await openStore({ dataDir, databaseUrl: undefined }, { log: () => undefined });
    try {
      return await fn(db);
    } finally {
      await db.close();
    }
  };
  const trySignIn = (username: string, password: string, code?: string) =>
    inStore((db) => signIn(db, { username, password, totp: code }, DEFAULT_AUTH_POLICY, null)).then(
      (s) => s.actor,
      (e: Error) => e.message,
    );

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'purl-users-cli-'));
    await inStore((db) => registerOrganizations(db));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('adds users with a piped or a generated password, who can then sign in', async () => {
    const piped = await purl(['users', 'add', '--org', 'nl', '--name', 'analyst', '--display-name', 'Dutch analyst', '--password-stdin'], 'a piped passphrase\n');
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout).toBe('registered analyst@nl\n');
    expect(await trySignIn('analyst@nl', 'a piped passphrase')).toEqual({ orgId: 'nl', role: 'ally', userId: 'analyst@nl' });

    const generated = await purl(['users', 'add', '--org', 'ua-mod', '--name', 'planner']);
    expect(generated.code, generated.stderr).toBe(0);
    const password = /^password \(shown once\): (\S+)$/m.exec(generated.stdout)?.[1];
    expect(password).toMatch(/^[\w-]{20}$/);
    expect(await trySignIn('planner@ua-mod', password!)).toMatchObject({ userId: 'planner@ua-mod', role: 'recipient' });
  });

  it('lists users with how they sign in, never a hash', async () => {
    const list = JSON.parse((await purl(['users', 'list', '--json'])).stdout) as { userId: string; hasPassword: boolean; displayName: string }[];
    expect(list.map((u) => u.userId)).toEqual(['analyst@nl', 'planner@ua-mod']);
    expect(list[0]).toMatchObject({ displayName: 'Dutch analyst', hasPassword: true, totpEnabled: false, status: 'active' });
    expect(JSON.stringify(list)).not.toContain('scrypt');
  });

  it('resets a password and sets a second factor whose codes sign-in then needs', async () => {
    const reset = await purl(['users', 'reset-password', 'analyst@nl', '--password-stdin'], 'another passphrase');
    expect(reset.stdout).toContain('password set for analyst@nl; 1 session(s) ended');
    expect(await trySignIn('analyst@nl', 'a piped passphrase')).toMatch(/sign-in refused/);

    const enrol = await purl(['users', 'totp', 'analyst@nl']);
    expect(enrol.code, enrol.stderr).toBe(0);
    const uri = /otpauth URI \(shown once\): (\S+)/.exec(enrol.stdout)![1]!;
    const secret = base32Decode(new URL(uri).searchParams.get('secret')!)!;
    expect(await trySignIn('analyst@nl', 'another passphrase')).toMatch(/one-time code/);
    expect(await trySignIn('analyst@nl', 'another passphrase', totp(secret, new Date()))).toMatchObject({ userId: 'analyst@nl' });
  });

  it('disables a user, who can no longer sign in', async () => {
    const r = await purl(['users', 'disable', 'planner@ua-mod', '--reason', 'left the ministry']);
    expect(r.code, r.stderr).toBe(0);
    expect(await trySignIn('planner@ua-mod', 'whatever was set')).toMatch(/sign-in refused/);
  });

  it('refuses bad requests with exit 1 and a message naming what is wrong', async () => {
    expectRefused(await purl(['users', 'add', '--org', 'nl', '--name', 'shorty', '--password-stdin'], 'short'), /password: must be at least 12 characters/);
    expectRefused(await purl(['users', 'add', '--org', 'zz', '--name', 'someone']), /organization 'zz' does not exist/);
    expectRefused(await purl(['tokens', 'issue', '--org', 'nl', '--label', 'x', '--scope', 'admin']), /--scope: must be 'read' or 'write'/);
  });

  it('issues a read-only token', async () => {
    const r = await purl(['tokens', 'issue', '--org', 'nl', '--label', 'nl reader', '--scope', 'read']);
    expect(r.code, r.stderr).toBe(0);
    expect(await inStore((db) => lookupToken(db, r.stdout.trim()))).toMatchObject({ actor: { orgId: 'nl', role: 'ally' }, scope: 'read' });
  });
});
