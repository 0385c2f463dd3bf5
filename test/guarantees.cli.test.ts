/**
 * Proves `purl guarantees` as a user meets it: the real binary on a temporary PGlite folder after
 * `purl init --demo`. Each subcommand prints the registry as text and, with --json, the API's
 * shape; an unknown pillar, guarantor or date is refused with exit 1 and a message naming it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasGuaranteeData } from '../src/demo/guarantee-data.ts';
import { BRIEF, BRIEF_DIR } from './support/brief.ts';
import { runPurl } from './support/cli.ts';

const ready = BRIEF !== null && hasGuaranteeData(BRIEF_DIR);

describe.skipIf(!ready)('purl guarantees', () => {
  let dir: string;
  let env: Record<string, string>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'purl-guarantees-'));
    env = { PURL_DATA: dir, PURL_BRIEF_DIR: BRIEF_DIR };
    const init = await runPurl(['init', '--demo'], env);
    expect(init.code, init.stderr).toBe(0);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints the matrix, a guarantor and the frameworks as text, and a pillar as the API gives it with --json', async () => {
    const matrix = await runPurl(['guarantees', 'matrix', '--as-of', '2025-12-31'], env);
    expect(matrix.code, matrix.stderr).toBe(0);
    expect(matrix.stdout).toMatch(/^maritime_security\s/m);
    expect(matrix.stdout).toContain('Government of Canada');
    expect(matrix.stdout).toContain("'Overdue' means");
    const gb = await runPurl(['guarantees', 'guarantor', 'GB'], env);
    expect(gb.code, gb.stderr).toBe(0);
    expect(gb.stdout).toContain('agreement-gb-money-1');
    expect(gb.stdout).toContain('GBP 2.5bn (for 2024/25)');
    const f = await runPurl(['guarantees', 'frameworks'], env);
    expect(f.stdout).toMatch(/^coalition-of-the-willing +coalition_arrangement +agreed +2025-09-04/m);
    const sea = JSON.parse((await runPurl(['guarantees', 'pillar', 'maritime_security', '--json'], env)).stdout);
    expect(sea).toMatchObject({ pillar: 'maritime_security', caveat: expect.stringContaining("'Overdue' means") });
    expect(sea.guarantors.map((g: { guarantor: { orgId: string } }) => g.guarantor.orgId)).toContain('tr');
  });

  it('refuses an unknown pillar, guarantor or date with exit 1', async () => {
    const pillar = await runPurl(['guarantees', 'pillar', 'morale'], env);
    expect(pillar.code).toBe(1);
    expect(pillar.stderr).toContain("'morale' is not a pillar");
    const who = await runPurl(['guarantees', 'guarantor', 'XX'], env);
    expect(who.code).toBe(1);
    expect(who.stderr).toContain("organization 'xx' does not exist");
    expect((await runPurl(['guarantees', 'timeline', '--as-of', '2025-02-30'], env)).code).toBe(1);
  });
});
