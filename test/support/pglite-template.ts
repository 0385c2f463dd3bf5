/**
 * Vitest global setup: one migrated PGlite database, saved once per run, from which every suite's
 * in-memory store starts (test/support/stores.ts). Creating a PGlite database takes seconds; starting
 * from a saved copy takes a fraction of that, and the migrations then find nothing to do.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { createPglite, pgliteDatabase } from '../../src/store/db.ts';
import { migrate } from '../../src/store/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The saved migrated PGlite data folder (a tar file). */
    pgliteTemplate: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const dir = mkdtempSync(join(tmpdir(), 'purl-pglite-template-'));
  const file = join(dir, 'migrated.tar');
  const pg = await createPglite();
  await migrate(pgliteDatabase(pg));
  const saved = await pg.dumpDataDir('none');
  writeFileSync(file, Buffer.from(await saved.arrayBuffer()));
  await pg.close();
  project.provide('pgliteTemplate', file);
  return () => rmSync(dir, { recursive: true, force: true });
}
