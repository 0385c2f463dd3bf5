/**
 * Packages: priced requirement lines grouped for one funding and one sale. Pure rules only.
 *
 * Life: draft -> prioritised -> funding -> funded -> contracted -> delivering -> delivered -> closed,
 * or cancelled from draft, prioritised, funding, funded, or contracted while nothing has shipped.
 * A package's requirement lines follow it: packaged while it is being formed and funded, funded once
 * the money covers the price, delivered once everything arrived, and back to priced if it is cancelled.
 * Every such status change is its own RequirementStatusChanged event, decided here.
 */
import { badTransition, conflict, invalid, notFound } from './errors.ts';
import type { NewEvent, PackageState, RequirementStatus } from './events.ts';
import { add, format, sum, times, toJson, zero, type Money } from './money.ts';
import { assertPackageStatusChange } from './requirement.ts';
import { allocationStream, packageStream, requirementStream } from './streams.ts';

export interface PackageLine {
  lineId: string;
  quantity: bigint;
  unitPrice: Money; // USD, as the supplier priced it
  capabilityArea: string;
  /** The requirement line's own status, as the requirements list records it. */
  status: RequirementStatus;
  shipped: bigint;
  received: bigint;
  /** Shipped but confirmed not received (a short receipt): the supplier may ship it again. */
  lost: bigint;
}

/** A live (not released) allocation, as a package sees it. */
export interface PackageAllocation {
  allocationId: string;
  pledgeId: string;
  amount: Money; // in the pledge's currency
  usdValue: Money;
}

export interface Package {
  packageId: string;
  name: string;
  state: PackageState;
  price: Money; // USD
  allowOverFunding: boolean;
  illustrative: boolean;
  caseReference: string | null;
  lines: PackageLine[];
  allocations: PackageAllocation[];
}

/** Where each state may go. Funded is reached only through allocations; delivering and delivered only through deliveries. */
const MOVES: Record<PackageState, readonly PackageState[]> = {
  draft: ['prioritised', 'cancelled'],
  prioritised: ['funding', 'funded', 'cancelled'],
  funding: ['funded', 'cancelled'],
  funded: ['funding', 'contracted', 'cancelled'],
  contracted: ['delivering', 'cancelled'],
  delivering: ['delivered'],
  delivered: ['closed'],
  closed: [],
  cancelled: [],
};

/** The largest price a package may have: the bound money inputs have (15 digits of minor units), so sums stay inside bigint. */
export const MAX_PRICE_MINOR = 10n ** 15n - 1n;

/** States in which a package holds its lines (it is neither cancelled nor over). */
export const LIVE_STATES: readonly PackageState[] = ['draft', 'prioritised', 'funding', 'funded', 'contracted', 'delivering', 'delivered'];

export function assertMove(p: Pick<Package, 'packageId' | 'state'>, to: PackageState, action: string): void {
  if (!MOVES[p.state].includes(to)) throw badTransition('package', p.packageId, p.state, action);
}

/** The status a package's requirement lines have while the package is in `state`. */
export function lineStatusFor(state: PackageState): RequirementStatus {
  switch (state) {
    case 'draft':
    case 'prioritised':
    case 'funding':
      return 'packaged';
    case 'funded':
    case 'contracted':
    case 'delivering':
      return 'funded';
    case 'delivered':
    case 'closed':
      return 'delivered';
    case 'cancelled':
      return 'priced';
  }
}

/** The live USD total allocated to the package. */
export const fundedUsd = (p: Pick<Package, 'allocations'>): Money => sum(p.allocations.map((a) => a.usdValue), 'USD');

/**
 * The package's move to `to`, and each line's status change that goes with it. Each line change
 * passes the requirements list's own gate, so a line never jumps a status it may not.
 */
export function moveEvents(p: Package, to: PackageState, reason?: string): NewEvent[] {
  const events: NewEvent[] = [
    { type: 'PackageStateChanged', stream: packageStream(p.packageId), payload: { packageId: p.packageId, from: p.state, to, reason } },
  ];
  const next = lineStatusFor(to);
  for (const l of p.lines) {
    if (l.status === next) continue;
    assertPackageStatusChange(l, next);
    events.push({
      type: 'RequirementStatusChanged',
      stream: requirementStream(l.lineId),
      payload: { lineId: l.lineId, from: l.status, to: next, packageId: p.packageId },
    });
  }
  return events;
}

// ---- forming a package ------------------------------------------------------------------------

/** A requirement line as a new package finds it. */
export interface CandidateLine {
  lineId: string;
  status: RequirementStatus;
  quantity: bigint;
  unitPrice: Money | null;
  /** The live package that already holds the line, if any. */
  livePackageId: string | null;
}

export interface NewPackage {
  packageId: string;
  name: string;
  lineIds: readonly string[];
  allowOverFunding: boolean;
  illustrative: boolean;
}

/**
 * Forms a package from whole priced lines, each in no other live package; its price is the sum of
 * quantity x supplier unit price. `found` holds the lines that exist, by id.
 */
export function formPackage(n: NewPackage, found: ReadonlyMap<string, CandidateLine>): NewEvent[] {
  const seen = new Set<string>();
  n.lineIds.forEach((id, i) => {
    if (seen.has(id)) throw invalid(`lines.${i}`, `line '${id}' is listed twice`);
    seen.add(id);
  });
  const lines = n.lineIds.map((id) => {
    const l = found.get(id);
    if (!l) throw notFound('requirement', id);
    return l;
  });
  for (const l of lines) {
    if (l.livePackageId !== null) throw conflict(`line '${l.lineId}' is already in package '${l.livePackageId}'`, { lineId: l.lineId, packageId: l.livePackageId });
    if (l.status !== 'priced') throw badTransition('requirement', l.lineId, l.status, 'put it in a package (only priced lines may be packaged)');
    if (l.unitPrice === null || l.unitPrice.currency !== 'USD') throw conflict(`line '${l.lineId}' has no supplier price in USD`, { lineId: l.lineId });
  }
  const priced = lines.map((l) => ({ lineId: l.lineId, quantity: l.quantity, unitPrice: l.unitPrice! }));
  const price = priced.reduce((acc, l) => add(acc, times(l.unitPrice, l.quantity)), zero('USD'));
  if (price.minor > MAX_PRICE_MINOR) {
    throw conflict(`the package would cost ${format(price)}, more than the record holds for one amount; split it`, { priceMinor: price.minor.toString() });
  }
  const events: NewEvent[] = [
    {
      type: 'PackageCreated',
      stream: packageStream(n.packageId),
      payload: {
        packageId: n.packageId,
        name: n.name,
        lines: priced.map((l) => ({ lineId: l.lineId, quantity: l.quantity.toString(), unitPrice: toJson(l.unitPrice) })),
        price: toJson(price),
        allowOverFunding: n.allowOverFunding,
        illustrative: n.illustrative,
      },
    },
  ];
  for (const l of priced) {
    events.push({
      type: 'RequirementStatusChanged',
      stream: requirementStream(l.lineId),
      payload: { lineId: l.lineId, from: 'priced', to: 'packaged', packageId: n.packageId },
    });
  }
  return events;
}

// ---- the coordinator's and supplier's moves ---------------------------------------------------

export function prioritise(p: Package): NewEvent[] {
  assertMove(p, 'prioritised', 'prioritise it (only a draft package can be prioritised)');
  return moveEvents(p, 'prioritised');
}

export function openFunding(p: Package): NewEvent[] {
  if (p.state !== 'prioritised') throw badTransition('package', p.packageId, p.state, 'open it for funding (prioritise it first)');
  return moveEvents(p, 'funding');
}

/** The supplier contracts a fully funded package under a case (e.g. LOA) reference. */
export function contract(p: Package, caseReference: string): NewEvent[] {
  if (p.state !== 'funded') throw badTransition('package', p.packageId, p.state, 'contract it (only a funded package can be contracted)');
  return [
    { type: 'PackageContracted', stream: packageStream(p.packageId), payload: { packageId: p.packageId, caseReference } },
    ...moveEvents(p, 'contracted'),
  ];
}

export function close(p: Package, reason?: string): NewEvent[] {
  if (p.state !== 'delivered') throw badTransition('package', p.packageId, p.state, 'close it (only a delivered package can be closed)');
  return moveEvents(p, 'closed', reason);
}

/** Cancelling releases every live allocation and returns the lines to priced, so they can be packaged again. */
export function cancel(p: Package, reason: string): NewEvent[] {
  assertMove(p, 'cancelled', 'cancel it');
  // Unreachable through the commands (the first shipment moves the package to delivering), but the
  // rule is the package's own: nothing shipped may be cancelled away.
  if (p.lines.some((l) => l.shipped > 0n)) throw conflict(`package '${p.packageId}' has shipments; it cannot be cancelled`);
  const releases: NewEvent[] = p.allocations.map((a) => ({
    type: 'AllocationReleased',
    stream: allocationStream(a.allocationId),
    payload: { allocationId: a.allocationId, reason: `package '${p.packageId}' cancelled: ${reason}` },
  }));
  return [...moveEvents(p, 'cancelled', reason), ...releases];
}
