/** Builders of packages, pledges and shipments in domain shape, for the pure tests of packages, allocations and deliveries. */
import { DomainError } from '../../src/domain/errors.ts';
import type { FxRate } from '../../src/domain/fx.ts';
import { money, type Money } from '../../src/domain/money.ts';
import { lineStatusFor, type Package, type PackageLine } from '../../src/domain/package.ts';
import type { Pledge } from '../../src/domain/pledge.ts';

export const usd = (major: bigint): Money => money(major * 100n, 'USD');
export const eur = (major: bigint): Money => money(major * 100n, 'EUR');

export function aLine(over: Partial<PackageLine> = {}): PackageLine {
  return { lineId: 'line-a', quantity: 10n, unitPrice: usd(1_000n), capabilityArea: 'air_defence', status: 'packaged', shipped: 0n, received: 0n, lost: 0n, ...over };
}

/** A package whose price is the sum of its lines, unless given, and whose lines have the status its state implies. */
export function aPackage(over: Partial<Package> = {}): Package {
  const state = over.state ?? 'funding';
  const lines = (over.lines ?? [aLine()]).map((l) => ({ ...l, status: lineStatusFor(state) }));
  const price = money(lines.reduce((s, l) => s + l.quantity * l.unitPrice.minor, 0n), 'USD');
  return {
    packageId: 'pkg-1',
    name: 'Test package',
    price,
    allowOverFunding: false,
    illustrative: true,
    caseReference: null,
    allocations: [],
    ...over,
    state,
    lines,
  };
}

export function aPledge(over: Partial<Pledge> = {}): Pledge {
  return {
    pledgeId: 'pledge-1',
    contributors: [{ orgId: 'nl' }],
    amount: usd(100_000n),
    state: 'committed',
    paid: 0n,
    allocated: 0n,
    earmark: { kind: 'none' },
    duplicateOf: null,
    ...over,
  };
}

export const RATES: FxRate[] = [
  { date: '2025-07-01', base: 'EUR', quote: 'USD', rate: '1.2', source: 'test' },
  { date: '2025-07-01', base: 'EUR', quote: 'NOK', rate: '12', source: 'test' },
];

/** Runs `fn`, expecting a DomainError; returns it so a test can check its code, field and detail. */
export function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (err) {
    if (err instanceof DomainError) return err;
    throw err;
  }
  throw new Error('expected a refusal, but the decision was accepted');
}
