/**
 * Proves `purl plan` as a user meets it: the real binary on a temporary PGlite folder holding a small
 * record (one open package, one committed pledge). It prints a plan with its optimality and what
 * it allocates, and the same plan as JSON; a scenario file with a wrong field is refused (exit 1,
 * naming it, no stack trace); --accept refuses an organization that is not the coordinator (exit 1)
 * and as NATO records the plan's allocation.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/commands/index.ts';
import { dispatch } from '../src/commands/dispatch.ts';
import { registerOrganizations } from '../src/demo/seed.ts';
import { openStore } from '../src/store/open.ts';
import { runPurl, type PurlRun } from './support/cli.ts';

const nato = { orgId: 'nato', role: 'coordinator' as const, userId: 'test' };

function expectRefused(r: PurlRun, message: RegExp): void {
  expect(r.code, r.stderr).toBe(1);
  expect(r.stderr).toMatch(/^purl: /);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

describe('purl plan', () => {
  let dir: string;
  const env = () => ({ PURL_DATA: join(dir, 'data') });
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'purl-plan-'));
    // Opened as the CLI opens it, so the signing keys are sealed with the folder's own master key.
    const db = await openStore({ dataDir: join(dir, 'data'), databaseUrl: undefined }, { log: () => undefined });
    try {
      await registerOrganizations(db);
      const as = (actor: { orgId: string; role: 'recipient' | 'coordinator' | 'supplier' | 'ally' }) => ({ ...actor, userId: 'test' });
      await dispatch(db, COMMANDS.proposeRequirement, {
        actor: as({ orgId: 'ua-mod', role: 'recipient' }),
        input: { lineId: 'cli-a', capabilityArea: 'air_defence', item: 'Interceptors', quantity: '2', unit: 'missile', estimatedUnitPrice: { minor: '500000000', currency: 'USD' }, neededBy: '2026-01', illustrative: true },
      });
      await dispatch(db, COMMANDS.validateRequirement, { actor: nato, input: { lineId: 'cli-a' } });
      await dispatch(db, COMMANDS.priceRequirement, { actor: as({ orgId: 'us-dod', role: 'supplier' }), input: { lineId: 'cli-a', unitPrice: { minor: '500000000', currency: 'USD' }, availability: 'stocks' } });
      await dispatch(db, COMMANDS.createPackage, { actor: nato, input: { packageId: 'pk-cli', name: 'CLI package', lines: ['cli-a'], allowOverFunding: false, illustrative: true } });
      await dispatch(db, COMMANDS.prioritisePackage, { actor: nato, input: { packageId: 'pk-cli' } });
      await dispatch(db, COMMANDS.openPackageFunding, { actor: nato, input: { packageId: 'pk-cli' } });
      await dispatch(db, COMMANDS.announcePledge, { actor: nato, input: { pledgeId: 'cli-p', contributors: [{ orgId: 'nl' }], amount: { minor: '100000000000', currency: 'USD' }, announcedOn: '2025-09-01', sources: [{ url: 'https://example.org/cli-p' }] } });
      await dispatch(db, COMMANDS.commitPledge, { actor: nato, input: { pledgeId: 'cli-p' } });
    } finally {
      await db.close();
    }
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the plan, its optimality and what it allocates, and the same plan as JSON', async () => {
    const text = await runPurl(['plan'], env());
    expect(text.code, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/proven optimal/);
    expect(text.stdout).toMatch(/cli-p \(nl\) -> pk-cli: USD 10,000,000\.00/);
    const json = await runPurl(['plan', '--json'], env());
    expect(json.code, json.stderr).toBe(0);
    const plan = JSON.parse(json.stdout);
    expect(plan.allocations).toHaveLength(1);
    expect(plan.packages[0].becomesFunded).toBe(true);
  });

  it('refuses a bad scenario file, naming what is wrong', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ pledgeStates: ['dreamt'] }));
    expectRefused(await runPurl(['plan', '--scenario', bad], env()), /pledgeStates\.0/);
  });

  it('accepts only as the coordinator, and then records the allocation', async () => {
    expectRefused(await runPurl(['plan', '--accept', '--as', 'nl'], env()), /accept-plan is for coordinator/);
    const ok = await runPurl(['plan', '--accept', '--as', 'nato'], env());
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stderr).toMatch(/accepted: 1 allocation\(s\) recorded/);
  });
});
