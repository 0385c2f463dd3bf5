/**
 * Proves on both stores that any sequence of proposals, re-ranks (full orders and single moves),
 * validations, rejections and withdrawals, sent through the dispatcher, keeps the projected ranks
 * exactly 1..n over the active lines in the order an independent model expects, leaves ended lines
 * unranked, and that rebuilding the projections from the log gives the same tables.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../src/commands/index.ts';
import { dispatch } from '../src/commands/dispatch.ts';
import type { AnyCommand } from '../src/commands/command.ts';
import type { Actor } from '../src/domain/actors.ts';
import { DomainError } from '../src/domain/errors.ts';
import { rebuild, snapshotProjections } from '../src/store/projections/index.ts';
import { STORES, type TestStore } from './support/stores.ts';

const recipient: Actor = { orgId: 'ua-mod', role: 'recipient', userId: 'prop' };
const coordinator: Actor = { orgId: 'nato', role: 'coordinator', userId: 'prop' };

type Op =
  | { kind: 'propose' }
  | { kind: 'full'; keys: number[] }
  | { kind: 'move'; pick: number; toRank: number }
  | { kind: 'validate' | 'reject' | 'withdraw'; pick: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.constant({ kind: 'propose' as const }), weight: 3 },
  { arbitrary: fc.record({ kind: fc.constant('full' as const), keys: fc.array(fc.nat(1000), { minLength: 30, maxLength: 30 }) }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), toRank: fc.integer({ min: 1, max: 30 }) }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constantFrom('validate' as const, 'reject' as const, 'withdraw' as const), pick: fc.nat() }), weight: 2 },
);

describe.each(STORES)('ranking invariant on $name', (store) => {
  let s: TestStore;
  beforeAll(async () => {
    if (store.available) s = await store.open();
  });
  afterAll(async () => s?.close());

  /** Runs a command; a refusal is an expected outcome here and reports false. */
  async function run(cmd: AnyCommand, actor: Actor, input: unknown): Promise<boolean> {
    try {
      await dispatch(s.db, cmd, { actor, input });
      return true;
    } catch (e) {
      if (e instanceof DomainError) return false;
      throw e;
    }
  }

  const projected = async () =>
    s.db.query<{ line_id: string; rank: number | null; status: string }>('SELECT line_id, rank, status FROM requirements ORDER BY rank NULLS LAST, line_id');

  it.skipIf(!store.available)('keeps ranks exactly 1..n over the active lines', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { maxLength: 18 }), async (ops) => {
        // The model: the expected order of the active lines, continuing from what earlier runs left.
        let model = (await projected()).filter((r) => r.rank !== null).map((r) => r.line_id);
        for (const op of ops) {
          if (op.kind === 'propose') {
            const lineId = `p${n++}`;
            const ok = await run(COMMANDS.proposeRequirement, recipient, {
              lineId,
              capabilityArea: 'drones',
              item: 'FPV kit',
              quantity: '100',
              unit: 'kit',
              estimatedUnitPrice: { minor: '50000', currency: 'USD' },
              neededBy: '2026-01',
            });
            expect(ok).toBe(true);
            model = [...model, lineId];
          } else if (op.kind === 'full') {
            const order = model.map((id, i) => ({ id, k: op.keys[i % op.keys.length]! })).sort((a, b) => a.k - b.k || (a.id < b.id ? -1 : 1)).map((x) => x.id);
            const ok = await run(COMMANDS.rerankRequirements, recipient, { order });
            expect(ok).toBe(model.length > 0 && order.some((id, i) => model[i] !== id));
            if (ok) model = order;
          } else if (model.length > 0) {
            const id = model[op.pick % model.length]!;
            if (op.kind === 'move') {
              const ok = await run(COMMANDS.rerankRequirements, recipient, { lineId: id, toRank: op.toRank });
              const valid = op.toRank <= model.length && model[op.toRank - 1] !== id;
              expect(ok).toBe(valid);
              if (ok) {
                const rest = model.filter((x) => x !== id);
                model = [...rest.slice(0, op.toRank - 1), id, ...rest.slice(op.toRank - 1)];
              }
            } else if (op.kind === 'validate') {
              await run(COMMANDS.validateRequirement, coordinator, { lineId: id });
            } else {
              const ok = op.kind === 'reject'
                ? await run(COMMANDS.rejectRequirement, coordinator, { lineId: id, reason: 'property test' })
                : await run(COMMANDS.withdrawRequirement, recipient, { lineId: id, reason: 'property test' });
              expect(ok).toBe(true);
              model = model.filter((x) => x !== id);
            }
          }
          const rows = await projected();
          const ranked = rows.filter((r) => r.rank !== null);
          expect(ranked.map((r) => r.rank)).toEqual(ranked.map((_, i) => i + 1));
          expect(ranked.map((r) => r.line_id)).toEqual(model);
          for (const r of rows) expect(r.rank === null).toBe(r.status === 'rejected' || r.status === 'withdrawn');
        }
      }),
      { numRuns: 25 },
    );
    const live = await snapshotProjections(s.db);
    await rebuild(s.db);
    expect(await snapshotProjections(s.db)).toEqual(live);
  });
});
