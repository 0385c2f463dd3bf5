/**
 * The facts of the record the planner reads: a snapshot, loaded by src/store/queries/planner-snapshot.ts
 * (or built by a test). Plain data, no I/O. Only what can still take money is in it: priced lines
 * not yet in a live package, and packages that are drafts or are raising money, with their lines.
 */
import type { Earmark, PackageState, PledgeState, RequirementStatus } from '../domain/events.ts';
import type { FxRate } from '../domain/fx.ts';
import type { Money } from '../domain/money.ts';

export interface SnapshotLine {
  lineId: string;
  /** 1 = most urgent. */
  rank: number;
  item: string;
  capabilityArea: string;
  /** YYYY-MM. */
  neededBy: string;
  status: RequirementStatus;
  /** The quantity to fund: the package line's when packaged, the requirement's otherwise. */
  quantity: bigint;
  /** USD minor units per unit: the package line's price when packaged, the supplier's otherwise. */
  unitPriceMinor: bigint;
  partialAllowed: boolean;
  /** The draft or fund-raising package holding the line; null when it is in no live package. */
  packageId: string | null;
}

export interface SnapshotPackage {
  packageId: string;
  name: string;
  /** draft, prioritised or funding (funded ones take money only with over-funding, which the planner never plans). */
  state: PackageState;
  priceMinor: bigint;
  /** USD value of the live allocations. */
  fundedMinor: bigint;
  allowOverFunding: boolean;
  lineIds: string[];
}

export interface SnapshotPledge {
  pledgeId: string;
  contributors: string[];
  state: PledgeState;
  amount: Money | null;
  /** Live allocations, in the pledge's currency. */
  allocatedMinor: bigint;
  earmark: Earmark;
  duplicateOf: string | null;
  /** As announced (YYYY, YYYY-MM or YYYY-MM-DD): the greedy baseline spends older money first. */
  announcedOn: string;
}

/** An active line the planner cannot fund yet, and why. */
export interface UnplannableLine {
  lineId: string;
  rank: number;
  status: RequirementStatus;
  reason: string;
}

export interface Snapshot {
  lines: SnapshotLine[];
  packages: SnapshotPackage[];
  pledges: SnapshotPledge[];
  rates: FxRate[];
  unplannable: UnplannableLine[];
  /** A fingerprint of everything above: accepting a plan is refused once the record has moved on. */
  hash: string;
}
