/**
 * Proves the pure rules of requirement lines: which status changes each command and the package area
 * may make (and that refusals carry the current state), how pricing is checked, and that re-ranking
 * by full order or by one move always yields a permutation of the active lines, naming the offending
 * id when the order is wrong.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from './errors.ts';
import type { RequirementStatus } from './events.ts';
import type { Money } from './money.ts';
import {
  assertPackageStatusChange,
  assertRejectable,
  assertValidatable,
  assertWithdrawable,
  canPackageChangeStatus,
  checkFullOrder,
  checkPricing,
  moveLine,
  nextRank,
  REQUIREMENT_STATUSES,
  withoutLine,
  type Requirement,
} from './requirement.ts';

const line = (status: RequirementStatus, over: Partial<Requirement> = {}): Requirement => ({
  lineId: 'req-1',
  status,
  quantity: 10n,
  rank: 1,
  unitPrice: null,
  availability: null,
  packageId: null,
  ...over,
});
const usd = (minor: bigint): Money => ({ minor, currency: 'USD' });

function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected a DomainError');
}

const others = (allowed: RequirementStatus[]) => REQUIREMENT_STATUSES.filter((s) => !allowed.includes(s));

describe('status changes by command', () => {
  const cases: [string, (l: Requirement) => void, RequirementStatus[]][] = [
    ['validate', assertValidatable, ['proposed']],
    ['reject', assertRejectable, ['proposed', 'validated', 'priced']],
    ['withdraw', assertWithdrawable, ['proposed', 'validated', 'priced']],
  ];
  for (const [name, check, allowed] of cases) {
    it.each(allowed)(`${name} is allowed from %s`, (s) => expect(() => check(line(s))).not.toThrow());
    it.each(others(allowed))(`${name} is refused from %s with the current state`, (s) => {
      const e = refusal(() => check(line(s)));
      expect(e.code).toBe('invalid_transition');
      expect(e.detail.currentState).toBe(s);
    });
  }
});

describe('pricing', () => {
  it('prices a validated line and re-prices a priced one', () => {
    expect(() => checkPricing(line('validated'), usd(100n), 'from stock')).not.toThrow();
    expect(() => checkPricing(line('validated'), usd(10n ** 13n), 'exactly at the bound')).not.toThrow();
    expect(() => checkPricing(line('priced', { unitPrice: usd(100n), availability: 'from stock' }), usd(120n), 'from stock')).not.toThrow();
    expect(() => checkPricing(line('priced', { unitPrice: usd(100n), availability: 'from stock' }), usd(100n), '6 months')).not.toThrow();
  });

  const rejections: [string, Requirement, Money, string, string, string | undefined][] = [
    ['a proposed line', line('proposed'), usd(100n), 'x', 'invalid_transition', undefined],
    ['a packaged line', line('packaged'), usd(100n), 'x', 'invalid_transition', undefined],
    ['a withdrawn line', line('withdrawn'), usd(100n), 'x', 'invalid_transition', undefined],
    ['a price in EUR', line('validated'), { minor: 100n, currency: 'EUR' }, 'x', 'validation', 'unitPrice.currency'],
    ['a zero price', line('validated'), usd(0n), 'x', 'validation', 'unitPrice.minor'],
    ['a line total above USD 1 trillion', line('validated'), usd(10n ** 13n + 1n), 'x', 'validation', 'unitPrice.minor'],
    ['the same price and availability again', line('priced', { unitPrice: usd(100n), availability: 'x' }), usd(100n), 'x', 'conflict', undefined],
  ];
  it.each(rejections)('refuses %s', (_name, l, price, availability, code, field) => {
    const e = refusal(() => checkPricing(l, price, availability));
    expect(e.code).toBe(code);
    if (field) expect(e.issues[0]?.field).toBe(field);
  });
});

describe('status changes driven by packages', () => {
  const allowed: [RequirementStatus, RequirementStatus][] = [
    ['priced', 'packaged'],
    ['packaged', 'funded'],
    ['packaged', 'priced'],
    ['funded', 'delivered'],
    ['funded', 'packaged'],
    ['funded', 'priced'],
  ];
  it.each(allowed)('allows %s -> %s', (from, to) => {
    expect(canPackageChangeStatus(from, to)).toBe(true);
    expect(() => assertPackageStatusChange(line(from), to)).not.toThrow();
  });

  const all = REQUIREMENT_STATUSES.flatMap((from) => REQUIREMENT_STATUSES.map((to): [RequirementStatus, RequirementStatus] => [from, to]));
  const refused = all.filter(([f, t]) => !allowed.some(([af, at]) => af === f && at === t));
  it.each(refused)('refuses %s -> %s with the current state', (from, to) => {
    expect(canPackageChangeStatus(from, to)).toBe(false);
    const e = refusal(() => assertPackageStatusChange(line(from), to));
    expect(e.code).toBe('invalid_transition');
    expect(e.detail.currentState).toBe(from);
  });
});

describe('re-ranking by full order', () => {
  const current = ['a', 'b', 'c'];
  it('accepts a permutation', () => expect(checkFullOrder(current, ['c', 'a', 'b'])).toEqual(['c', 'a', 'b']));

  const rejections: [string, string[], string, string, RegExp][] = [
    ['a missing id', ['c', 'a'], 'validation', 'order', /missing: 'b'/],
    ['an extra id', ['c', 'a', 'b', 'x'], 'validation', 'order.3', /'x' is not an active line/],
    ['a repeated id', ['c', 'a', 'c'], 'validation', 'order.2', /'c' appears more than once/],
    ['the unchanged order', ['a', 'b', 'c'], 'conflict', '', /unchanged/],
  ];
  it.each(rejections)('refuses %s', (_name, order, code, field, message) => {
    const e = refusal(() => checkFullOrder(current, order));
    expect(e.code).toBe(code);
    if (field) expect(e.issues[0]?.field).toBe(field);
    expect(e.message).toMatch(message);
  });
});

describe('re-ranking by one move', () => {
  it('moves a line up and down, the others keeping their order', () => {
    expect(moveLine(['a', 'b', 'c', 'd'], 'd', 1)).toEqual(['d', 'a', 'b', 'c']);
    expect(moveLine(['a', 'b', 'c', 'd'], 'a', 3)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveLine(['a', 'b', 'c', 'd'], 'b', 4)).toEqual(['a', 'c', 'd', 'b']);
  });

  const rejections: [string, string, number, string, string][] = [
    ['a line not in the ranking', 'x', 1, 'validation', 'lineId'],
    ['rank 0', 'a', 0, 'validation', 'toRank'],
    ['a rank past the end', 'a', 4, 'validation', 'toRank'],
    ['a fractional rank', 'a', 1.5, 'validation', 'toRank'],
    ['the rank it already has', 'b', 2, 'conflict', ''],
  ];
  it.each(rejections)('refuses %s', (_name, id, toRank, code, field) => {
    const e = refusal(() => moveLine(['a', 'b', 'c'], id, toRank));
    expect(e.code).toBe(code);
    if (field) expect(e.issues[0]?.field).toBe(field);
  });
});

describe('ranking invariant (property)', () => {
  type Op =
    | { kind: 'propose' }
    | { kind: 'full'; keys: number[] }
    | { kind: 'move'; pick: number; toRank: number }
    | { kind: 'remove'; pick: number };
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.constant({ kind: 'propose' as const }),
    fc.record({ kind: fc.constant('full' as const), keys: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }) }),
    fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), toRank: fc.integer({ min: 0, max: 40 }) }),
    fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  );

  it('keeps the ranking a permutation of the active lines after any sequence of changes', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), (ops) => {
        let ranking: string[] = [];
        const active = new Set<string>();
        let n = 0;
        for (const o of ops) {
          try {
            if (o.kind === 'propose') {
              const id = `l${n++}`;
              expect(nextRank(ranking)).toBe(ranking.length + 1);
              ranking = [...ranking, id];
              active.add(id);
            } else if (o.kind === 'full') {
              const order = ranking.map((id, i) => ({ id, k: o.keys[i % 40]! })).sort((x, y) => x.k - y.k).map((x) => x.id);
              ranking = checkFullOrder(ranking, order);
            } else if (ranking.length > 0) {
              const id = ranking[o.pick % ranking.length]!;
              if (o.kind === 'remove') {
                ranking = withoutLine(ranking, id);
                active.delete(id);
              } else {
                const next = moveLine(ranking, id, o.toRank);
                expect(next.indexOf(id)).toBe(o.toRank - 1);
                expect(next.filter((x) => x !== id)).toEqual(ranking.filter((x) => x !== id));
                ranking = next;
              }
            }
          } catch (e) {
            // A refused change (an unchanged order, a rank out of range) leaves the ranking as it was.
            if (!(e instanceof DomainError)) throw e;
          }
          expect([...ranking].sort()).toEqual([...active].sort());
          expect(new Set(ranking).size).toBe(ranking.length);
        }
      }),
    );
  });
});
