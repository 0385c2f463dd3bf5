/**
 * Proves `purl reconcile` as a user meets it: the real binary in a child process on a temporary
 * PGlite folder. After `purl init --demo` (which reads the brief's CSVs) it prints every running
 * total in the file with the ledger's figure and its explanation, and says all are explained;
 * --json gives the API's shape; --claim narrows to one; an unknown claim is refused (exit 1) and an
 * empty store says how to load the record.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimIds } from '../src/demo/public-record-inputs.ts';
import { BRIEF, BRIEF_DIR } from './support/brief.ts';
import { runPurl } from './support/cli.ts';

describe('purl reconcile', () => {
  const dirs: string[] = [];
  const folder = (): string => {
    const d = mkdtempSync(join(tmpdir(), 'purl-reconcile-'));
    dirs.push(d);
    return d;
  };
  let env: Record<string, string>;
  beforeAll(async () => {
    if (!BRIEF) return;
    env = { PURL_DATA: folder(), PURL_BRIEF_DIR: BRIEF_DIR };
    const init = await runPurl(['init', '--demo'], env);
    expect(init.code, init.stderr).toBe(0);
  });
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it.skipIf(!BRIEF)('prints every running total with the ledger figure and its explanation', async () => {
    const r = await runPurl(['reconcile'], env);
    expect(r.code, r.stderr).toBe(0);
    const ids = claimIds(BRIEF!.totals);
    for (const id of ids) expect(r.stdout).toMatch(new RegExp(`^${id} .* explained$`, 'm'));
    expect(r.stdout).toContain('ledger:');
    expect(r.stdout).toContain('fx ');
    expect(r.stdout).toContain(`${ids.length} claims; ${ids.length} explained\n`);
    expect(r.stdout).not.toContain('NOT EXPLAINED');
  });

  it.skipIf(!BRIEF)('gives JSON in the API shape, and one claim with --claim', async () => {
    const all = await runPurl(['reconcile', '--json'], env);
    expect(all.code, all.stderr).toBe(0);
    const items = JSON.parse(all.stdout).items as { claim: { claimId: string }; explained: boolean }[];
    expect(items).toHaveLength(BRIEF!.totals.length);
    expect(items.every((i) => i.explained)).toBe(true);
    const id = claimIds(BRIEF!.totals).at(-1)!;
    const one = await runPurl(['reconcile', '--claim', id], env);
    expect(one.stdout).toMatch(new RegExp(`^${id} `, 'm'));
    expect(one.stdout).toContain('1 claims; 1 explained');
  });

  it.skipIf(!BRIEF)('refuses an unknown claim with exit 1 and a clear message', async () => {
    const r = await runPurl(['reconcile', '--claim', 'total-1999-01-01'], env);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^purl: public total 'total-1999-01-01' does not exist/);
  });

  it('on a store without public totals, says how to load them', async () => {
    const r = await runPurl(['reconcile'], { PURL_DATA: folder() });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('no public running totals are recorded');
  });
});
