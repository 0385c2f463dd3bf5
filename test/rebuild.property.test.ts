/**
 * Proves, on both stores, that the event log is the source of truth: after a long random sequence
 * of commands drawn from every command in the registry (mostly valid, acting on existing records in
 * the state they need, with some deliberately faulty ones that must be refused and write nothing),
 * `rebuild` re-derives projections identical to the ones the live appends built. The final record
 * also keeps its invariants: no pledge allocated or paid beyond its amount, every duplicate points
 * to a non-duplicate, active ranks run 1..n, nothing shipped (less what was lost) or received beyond
 * the contract.
 *
 * The seed is printed; replay one with PURL_SEED=<seed>. PURL_PROPERTY_RUNS and PURL_PROPERTY_STEPS
 * size the search; PURL_SHRINK=1 shrinks a failing sequence (slow: each try replays on the store).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/commands/index.ts';
import { rebuild, snapshotProjections } from '../src/store/projections/index.ts';
import { anyStep, BUILDERS } from './support/command-gen/families.ts';
import { violations } from './support/command-gen/invariants.ts';
import { formatTally, runStep, startRun, type Tally } from './support/command-gen/run.ts';
import { attemptOf } from './support/command-gen/world.ts';
import { STORES, type TestStore } from './support/stores.ts';

const RUNS = Number(process.env.PURL_PROPERTY_RUNS ?? 3);
const STEPS = Number(process.env.PURL_PROPERTY_STEPS ?? 250);
const SEED = Number(process.env.PURL_SEED ?? Math.floor(Math.random() * 2 ** 31));

describe('the command generators', () => {
  it('cover every command in the registry', () => {
    const missing = Object.keys(COMMANDS).filter((k) => !BUILDERS.has(k as keyof typeof COMMANDS));
    expect(missing, 'commands without a generator in test/support/command-gen').toEqual([]);
  });
});

describe.each(STORES)('rebuild after random command sequences on $name', (store) => {
  let s: TestStore;
  beforeAll(async () => {
    if (store.available) s = await store.open();
  });
  afterAll(async () => s?.close());

  it.skipIf(!store.available)(
    'rebuilds projections identical to the live ones, with the invariants kept',
    async () => {
      console.log(`rebuild property on ${store.name}: seed ${SEED}, ${RUNS} runs of ${STEPS} steps (replay with PURL_SEED=${SEED})`);
      const tally: Tally = new Map();
      // A random sequence, then one sure attempt of every command, so each is reached whatever the seed.
      const everyCommand = fc.tuple(...(Object.keys(COMMANDS) as (keyof typeof COMMANDS)[]).map(attemptOf));
      const property = fc.asyncProperty(fc.array(anyStep, { minLength: STEPS, maxLength: STEPS }), everyCommand, async (steps, sure) => {
        const run = await startRun(s.db, tally);
        for (const step of [...steps, ...sure]) await runStep(run, step);
        const live = await snapshotProjections(s.db);
        await rebuild(s.db);
        expect(await snapshotProjections(s.db)).toEqual(live);
        expect(await violations(s.db)).toEqual([]);
      });
      await fc.assert(property, { seed: SEED, numRuns: RUNS, endOnFailure: !process.env.PURL_SHRINK });
      console.log(`commands over ${RUNS} runs:\n${formatTally(tally)}`);

      // The sequences must reach every command and get most of them accepted, or they prove little.
      const tried = [...tally.values()].reduce((n, t) => n + t.attempted, 0);
      const accepted = [...tally.values()].reduce((n, t) => n + t.accepted, 0);
      expect(accepted / tried).toBeGreaterThan(0.4);
      for (const c of Object.values(COMMANDS)) expect(tally.get(c.name)?.attempted ?? 0, `${c.name} never tried`).toBeGreaterThan(0);
    },
    600_000,
  );
});
