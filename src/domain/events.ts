/**
 * The event catalogue: every state change the record knows, as a discriminated union. Type strings
 * are stable (they are stored in the log forever); payloads are plain JSON (money as MoneyJson,
 * dates as ISO strings). Events are facts in the past tense; commands (src/commands) decide them.
 */
import type { Role } from './actors.ts';
import type { FuzzyDate } from './dates.ts';
import type { Currency, MoneyJson } from './money.ts';

/** A public source for a claim: where it was said, by whom, when, in what words. */
export interface Source {
  url: string;
  publisher?: string | undefined;
  date?: string | undefined;
  quote?: string | undefined;
  /** A: a government or NATO text, or a newsroom quoting one; B: a secondary aggregator. */
  tier?: 'A' | 'B' | undefined;
}

// ---- organizations -------------------------------------------------------------------------

export interface OrganizationRegistered {
  type: 'OrganizationRegistered';
  payload: { orgId: string; name: string; role: Role; country?: string | undefined };
}

// ---- FX rates and public claims --------------------------------------------------------------

export interface FxRateRecorded {
  type: 'FxRateRecorded';
  payload: { date: string; base: Currency; quote: Currency; rate: string; source: string; note?: string | undefined };
}

/** A running total somebody said in public, kept as its own claim with scope and speaker. */
export interface PublicTotalRecorded {
  type: 'PublicTotalRecorded';
  payload: {
    claimId: string;
    date: string;
    amount: MoneyJson | null;
    scope: string;
    packagesCount?: number | undefined;
    contributorsCount?: number | undefined;
    saidBy: string;
    sources: Source[];
    note?: string | undefined;
  };
}

// ---- prioritized requirements list -------------------------------------------------------

export type RequirementStatus =
  | 'proposed'
  | 'validated'
  | 'priced'
  | 'packaged'
  | 'funded'
  | 'delivered'
  | 'rejected'
  | 'withdrawn';

export interface RequirementProposed {
  type: 'RequirementProposed';
  payload: {
    lineId: string;
    capabilityArea: string;
    item: string;
    quantity: string; // integer, as a string
    unit: string;
    estimatedUnitPrice: MoneyJson; // USD
    neededBy: string; // YYYY-MM
    partialAllowed: boolean;
    rank: number; // 1 = most urgent; appended at the end of the current ranking
    illustrative: boolean;
  };
}

/** The whole active ranking after a re-rank; every re-ranking is its own event. */
export interface RequirementsReranked {
  type: 'RequirementsReranked';
  payload: { order: string[]; reason?: string | undefined };
}

export interface RequirementValidated {
  type: 'RequirementValidated';
  payload: { lineId: string };
}

export interface RequirementRejected {
  type: 'RequirementRejected';
  payload: { lineId: string; reason: string };
}

export interface RequirementPriced {
  type: 'RequirementPriced';
  payload: { lineId: string; unitPrice: MoneyJson; availability: string };
}

export interface RequirementWithdrawn {
  type: 'RequirementWithdrawn';
  payload: { lineId: string; reason: string };
}

/** Status changes driven by packages (packaged, funded, delivered) are recorded explicitly too. */
export interface RequirementStatusChanged {
  type: 'RequirementStatusChanged';
  payload: { lineId: string; from: RequirementStatus; to: RequirementStatus; packageId?: string | undefined };
}

/** A monthly version of the list, proposed for joint approval by Ukraine, NATO and the US. */
export interface ListVersionProposed {
  type: 'ListVersionProposed';
  payload: { versionId: string; month: string; lines: { lineId: string; rank: number }[] };
}

export interface ListVersionApproved {
  type: 'ListVersionApproved';
  payload: { versionId: string; role: Role; orgId: string; complete: boolean };
}

// ---- packages ---------------------------------------------------------------------------------

export type PackageState =
  | 'draft'
  | 'prioritised'
  | 'funding'
  | 'funded'
  | 'contracted'
  | 'delivering'
  | 'delivered'
  | 'closed'
  | 'cancelled';

export interface PackageCreated {
  type: 'PackageCreated';
  payload: {
    packageId: string;
    name: string;
    lines: { lineId: string; quantity: string; unitPrice: MoneyJson }[];
    price: MoneyJson; // USD, the sum of the lines
    allowOverFunding: boolean;
    illustrative: boolean;
  };
}

export interface PackageStateChanged {
  type: 'PackageStateChanged';
  payload: { packageId: string; from: PackageState; to: PackageState; reason?: string | undefined };
}

export interface PackageContracted {
  type: 'PackageContracted';
  payload: { packageId: string; caseReference: string };
}

// ---- pledges ----------------------------------------------------------------------------------

export type PledgeState = 'announced' | 'pledged' | 'committed' | 'paid' | 'withdrawn' | 'lapsed' | 'cancelled';

export type Earmark =
  | { kind: 'none' }
  | { kind: 'package'; packageId: string }
  | { kind: 'capability'; capabilityArea: string };

export interface Contributor {
  orgId: string;
  /** This contributor's share, where the source states one (in the currency it was stated in). */
  share?: MoneyJson | undefined;
}

export interface PledgeAnnounced {
  type: 'PledgeAnnounced';
  payload: {
    pledgeId: string;
    contributors: Contributor[];
    /** null when no amount was stated or it is classified; then amountMissingReason says why. */
    amount: MoneyJson | null;
    amountMissingReason?: string | undefined;
    qualifier: 'exact' | 'about' | 'up_to' | 'at_least';
    statedEquivalent?: MoneyJson | undefined;
    earmark: Earmark;
    announcedOn: FuzzyDate;
    contents?: string | undefined;
    packageNumberClaim?: string | undefined;
    sources: Source[];
    note?: string | undefined;
    /** Which figure the ledger uses for this pledge and why, where the record offers several. */
    figureBasis?: string | undefined;
  };
}

export interface PledgeStateChanged {
  type: 'PledgeStateChanged';
  payload: { pledgeId: string; from: PledgeState; to: PledgeState; reason?: string | undefined };
}

export interface PledgeAmountChanged {
  type: 'PledgeAmountChanged';
  payload: { pledgeId: string; from: MoneyJson | null; to: MoneyJson; reason: string; source?: Source | undefined };
}

export interface PaymentRecorded {
  type: 'PaymentRecorded';
  payload: { pledgeId: string; paymentId: string; amount: MoneyJson; paidOn: string; reference?: string | undefined };
}

/** Marks a pledge as probably the same money as another: kept, linked, counted once. */
export interface PledgeMarkedDuplicate {
  type: 'PledgeMarkedDuplicate';
  payload: { pledgeId: string; duplicateOf: string; reason: string };
}

// ---- allocations ------------------------------------------------------------------------------

export interface FundsAllocated {
  type: 'FundsAllocated';
  payload: {
    allocationId: string;
    pledgeId: string;
    packageId: string;
    amount: MoneyJson; // in the pledge's currency
    usdValue: MoneyJson; // converted at the rates named below
    /** The rates used, in order: none for USD, one for a direct pair, two for a cross rate through EUR. */
    fx: { date: string; base: Currency; quote: Currency; rate: string }[];
  };
}

export interface AllocationReleased {
  type: 'AllocationReleased';
  payload: { allocationId: string; reason: string };
}

// ---- deliveries -------------------------------------------------------------------------------

export interface ShipmentRecorded {
  type: 'ShipmentRecorded';
  payload: { shipmentId: string; packageId: string; lineId: string; quantity: string; shippedOn: string };
}

export interface ReceiptConfirmed {
  type: 'ReceiptConfirmed';
  payload: { shipmentId: string; quantity: string; receivedOn: string; note?: string | undefined };
}

export type DomainEvent =
  | OrganizationRegistered
  | FxRateRecorded
  | PublicTotalRecorded
  | RequirementProposed
  | RequirementsReranked
  | RequirementValidated
  | RequirementRejected
  | RequirementPriced
  | RequirementWithdrawn
  | RequirementStatusChanged
  | ListVersionProposed
  | ListVersionApproved
  | PackageCreated
  | PackageStateChanged
  | PackageContracted
  | PledgeAnnounced
  | PledgeStateChanged
  | PledgeAmountChanged
  | PaymentRecorded
  | PledgeMarkedDuplicate
  | FundsAllocated
  | AllocationReleased
  | ShipmentRecorded
  | ReceiptConfirmed;

export type EventType = DomainEvent['type'];
export type EventOf<T extends EventType> = Extract<DomainEvent, { type: T }>;

/** An event as a command decides it, before the log gives it a place. */
export type NewEvent = DomainEvent & { stream: string };

/** An event as the log holds it. */
export type StoredEvent = NewEvent & {
  seq: number;
  actorOrg: string;
  actorUser: string;
  recordedAt: string; // ISO timestamp
  command: string;
  idempotencyKey: string | null;
};
