/**
 * Allocations: part of a pledge assigned to a package. Pure rules only.
 *
 * The same money is never counted twice: only a pledge that counts (committed or paid, not a
 * duplicate) may be allocated from, and the live allocations from one pledge never sum past its
 * amount. A package is not funded beyond its price unless its policy allows over-funding. Earmarks
 * bind: a pledge earmarked for a package funds only that package, one earmarked for a capability
 * area funds only packages whose every line is in that area. A non-USD allocation is valued in USD
 * at the dated rate (or the cross rate through EUR) of the allocation date, and the rates used are
 * recorded in the event so the value can always be traced.
 */
import { badTransition, conflict, invalid } from './errors.ts';
import type { Earmark, NewEvent } from './events.ts';
import { convertVia, type FxRate } from './fx.ts';
import { add, format, sub, toJson, type Money } from './money.ts';
import { fundedUsd, MAX_PRICE_MINOR, moveEvents, type Package } from './package.ts';
import { counts, type Pledge } from './pledge.ts';
import { allocationStream } from './streams.ts';

export interface Allocation {
  allocationId: string;
  pledgeId: string;
  packageId: string;
  amount: Money; // in the pledge's currency
  usdValue: Money;
  released: boolean;
}

export interface AllocationContext {
  allocationId: string;
  /** The allocation date (YYYY-MM-DD): the FX rate of this date values the money. */
  date: string;
  rates: readonly FxRate[];
}

/** Capability areas compare loosely: an earmark is free text ("Air defence"), a line's area a code (air_defence). */
const areaKey = (a: string): string => a.trim().toLowerCase().replace(/[\s_-]+/g, '_');
const sameArea = (a: string, b: string): boolean => areaKey(a) === areaKey(b);

/** Whether a pledge's earmark lets its money go to this package. */
export function earmarkAllows(earmark: Earmark, pkg: Pick<Package, 'packageId' | 'lines'>): boolean {
  switch (earmark.kind) {
    case 'none':
      return true;
    case 'package':
      return earmark.packageId === pkg.packageId;
    case 'capability':
      return pkg.lines.length > 0 && pkg.lines.every((l) => sameArea(l.capabilityArea, earmark.capabilityArea));
  }
}

function describeEarmark(e: Earmark): string {
  return e.kind === 'package' ? `package '${e.packageId}'` : e.kind === 'capability' ? `capability area '${e.capabilityArea}'` : 'nothing';
}

/**
 * Decides an allocation of `amount` (in the pledge's currency) from `pledge` to `pkg`. Refusals in
 * precedence order: the currency (validation), the pledge's and the package's states (invalid
 * transition), then the earmark, the pledge's remaining amount, the FX rate and the package's price
 * (conflict). When the allocation brings the package's live USD total to its price, the package and
 * its lines become funded in the same decision.
 */
export function allocate(pledge: Pledge, pkg: Package, amount: Money, ctx: AllocationContext): NewEvent[] {
  if (pledge.amount !== null && amount.currency !== pledge.amount.currency) {
    throw invalid('amount.currency', `allocations are made in the pledge's currency ${pledge.amount.currency}`);
  }
  if (amount.minor <= 0n) throw invalid('amount.minor', 'must be more than zero');
  if (pledge.duplicateOf !== null) {
    throw conflict(`pledge '${pledge.pledgeId}' is a duplicate of '${pledge.duplicateOf}'; its money is counted there`, { duplicateOf: pledge.duplicateOf });
  }
  if (!counts(pledge) || pledge.amount === null) {
    throw badTransition('pledge', pledge.pledgeId, pledge.state, 'allocate from it (only committed or paid pledges count)');
  }
  const open = pkg.state === 'prioritised' || pkg.state === 'funding' || (pkg.state === 'funded' && pkg.allowOverFunding);
  if (!open) {
    const why = pkg.state === 'funded' ? 'it is funded and does not allow over-funding' : 'only prioritised or funding packages take allocations';
    throw badTransition('package', pkg.packageId, pkg.state, `allocate funds to it (${why})`);
  }
  if (!earmarkAllows(pledge.earmark, pkg)) {
    throw conflict(`pledge '${pledge.pledgeId}' is earmarked for ${describeEarmark(pledge.earmark)}; it cannot fund package '${pkg.packageId}'`, {
      earmark: pledge.earmark,
    });
  }
  const available = pledge.amount.minor - pledge.allocated;
  if (amount.minor > available) {
    throw conflict(`pledge '${pledge.pledgeId}' has only ${format({ minor: available, currency: amount.currency })} left to allocate`, {
      amountMinor: pledge.amount.minor.toString(),
      allocatedMinor: pledge.allocated.toString(),
      availableMinor: available.toString(),
    });
  }
  const usd = convertVia(ctx.rates, amount, 'USD', ctx.date);
  if (!usd) {
    throw conflict(`no exchange rate from ${amount.currency} to USD (directly or through EUR) is recorded; record one with record-fx-rate first`, {
      currency: amount.currency,
      date: ctx.date,
    });
  }
  if (usd.money.minor > MAX_PRICE_MINOR) {
    throw conflict(`${format(amount)} is worth ${format(usd.money)} at the recorded rate, more than the record holds for one amount`, { usdValueMinor: usd.money.minor.toString() });
  }
  const before = fundedUsd(pkg);
  const after = add(before, usd.money);
  if (after.minor > pkg.price.minor && !pkg.allowOverFunding) {
    const gap = sub(pkg.price, before);
    throw conflict(`package '${pkg.packageId}' needs only ${format(gap)} more; ${format(usd.money)} would fund it beyond its price`, {
      priceMinor: pkg.price.minor.toString(),
      fundedMinor: before.minor.toString(),
      gapMinor: gap.minor.toString(),
      usdValueMinor: usd.money.minor.toString(),
    });
  }
  const events: NewEvent[] = [
    {
      type: 'FundsAllocated',
      stream: allocationStream(ctx.allocationId),
      payload: {
        allocationId: ctx.allocationId,
        pledgeId: pledge.pledgeId,
        packageId: pkg.packageId,
        amount: toJson(amount),
        usdValue: toJson(usd.money),
        fx: usd.rates.map((r) => ({ date: r.date, base: r.base, quote: r.quote, rate: r.rate })),
      },
    },
  ];
  if (pkg.state !== 'funded' && after.minor >= pkg.price.minor) events.push(...moveEvents(pkg, 'funded'));
  return events;
}

/**
 * Releases a live allocation before the package is contracted (afterwards the money is under
 * contract). A funded package that falls below its price goes back to funding, its lines to packaged.
 */
export function release(a: Allocation, pkg: Package, reason: string): NewEvent[] {
  if (a.released) throw conflict(`allocation '${a.allocationId}' is already released`);
  if (!['prioritised', 'funding', 'funded'].includes(pkg.state)) {
    throw badTransition('package', pkg.packageId, pkg.state, 'release an allocation from it (its money is under contract)');
  }
  const events: NewEvent[] = [{ type: 'AllocationReleased', stream: allocationStream(a.allocationId), payload: { allocationId: a.allocationId, reason } }];
  const after = sub(fundedUsd(pkg), a.usdValue);
  if (pkg.state === 'funded' && after.minor < pkg.price.minor) events.push(...moveEvents(pkg, 'funding', reason));
  return events;
}
