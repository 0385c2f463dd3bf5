/**
 * The event catalogue: every state change the record knows, as a discriminated union. Type strings
 * are stable (they are stored in the log forever); payloads are plain JSON (money as MoneyJson,
 * dates as ISO strings). Events are facts in the past tense; commands (src/commands) decide them.
 */
import type { Role } from './actors.ts';
import type { FuzzyDate } from './dates.ts';
import type { BindingLevel, FrameworkKind, MilestoneKind, PartyRole, Pillar, Qualifier, Stance } from './guarantee-vocabulary.ts';
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

// ---- people -----------------------------------------------------------------------------------

/** A person joins an organization; the user id names it (`planner@ua-mod`). Credentials never enter the log. */
export interface UserRegistered {
  type: 'UserRegistered';
  payload: { userId: string; orgId: string; displayName: string };
}

/** A person may no longer act: their sessions stop working at once. */
export interface UserDisabled {
  type: 'UserDisabled';
  payload: { userId: string; reason: string };
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

// ---- security guarantees ----------------------------------------------------------------------

export type LegalStatus = 'discussed' | 'proposed' | 'agreed' | 'signed' | 'ratified' | 'in_force' | 'suspended' | 'expired' | 'withdrawn';

export interface FrameworkParty {
  orgId: string;
  role: PartyRole;
  /** Leads the framework (a coalition's lead nations). */
  lead?: boolean | undefined;
}

/** A framework of guarantees: a bilateral agreement, a declaration, a coalition arrangement, or one under negotiation. */
export interface FrameworkRegistered {
  type: 'FrameworkRegistered';
  payload: {
    frameworkId: string;
    kind: FrameworkKind;
    title: string;
    parties: FrameworkParty[];
    /** What the sources say about parties not listed (e.g. "26 of 35 countries; not all named"). */
    partiesNote?: string | undefined;
    /** The wider framework it was made under, as the source names it. */
    umbrella?: string | undefined;
    bindingLevel: BindingLevel;
    bindingBasis?: string | undefined;
    /** The first status the record knows, and when it was reached (null: the date was not found). */
    status: LegalStatus;
    statusOn: FuzzyDate | null;
    startsOn?: FuzzyDate | undefined;
    durationYears?: number | undefined;
    endsOn?: FuzzyDate | undefined;
    /** The duration in the source's words ("10 years or until Ukraine joins NATO", "as long as it takes"). */
    durationNote?: string | undefined;
    sources: Source[];
    /** Recorded from the public record (by the coordinator, or by a party citing its own text). */
    publicRecord: boolean;
    note?: string | undefined;
  };
}

export interface FrameworkStatusChanged {
  type: 'FrameworkStatusChanged';
  payload: {
    frameworkId: string;
    from: LegalStatus;
    to: LegalStatus;
    effectiveOn: FuzzyDate | null;
    /** A correction may move anywhere (backwards, skipping steps) but always says why. */
    correction: boolean;
    reason?: string | undefined;
    /** The binding level as it stands after the change, where the change settles it (e.g. signed as a treaty). */
    bindingLevel?: BindingLevel | undefined;
    sources: Source[];
  };
}

/** A period as the source states it: years where given (null where not), and the source's words. */
export interface CommitmentPeriod {
  from: string | null;
  to: string | null;
  text: string;
}

export type CommitmentTerms =
  | { kind: 'money'; amount: MoneyJson; qualifier: Qualifier; basis: 'total' | 'per_year'; period: CommitmentPeriod }
  | { kind: 'gdp_share'; percent: string; qualifier: Qualifier; basis: 'total' | 'per_year'; period: CommitmentPeriod }
  | { kind: 'quantity'; quantity: string; unit: string; item: string; qualifier: Qualifier; period: CommitmentPeriod }
  | { kind: 'qualitative' };

export interface CommitmentRecorded {
  type: 'CommitmentRecorded';
  payload: {
    commitmentId: string;
    frameworkId: string;
    /** The organizations that give it (several for a joint commitment). */
    guarantors: string[];
    pillars: Pillar[];
    stance: Stance;
    terms: CommitmentTerms;
    /** What is promised, in words; for a qualitative commitment this is the whole of it. */
    statement: string;
    /** A condition where one applies ("after a ceasefire"). */
    condition?: string | undefined;
    /** Who reported it, where not the guarantor itself ("President Zelensky"). */
    reportedBy?: string | undefined;
    statedEquivalent?: MoneyJson | undefined;
    madeOn: FuzzyDate | null;
    sources: Source[];
    publicRecord: boolean;
    note?: string | undefined;
  };
}

export interface ScheduledObligation {
  obligationId: string;
  label: string;
  dueBy: FuzzyDate;
  amount: MoneyJson | null;
  quantity: string | null;
  note?: string | undefined;
}

/** The whole schedule of a commitment; a new one replaces the last, with a reason. */
export interface CommitmentScheduleSet {
  type: 'CommitmentScheduleSet';
  payload: { commitmentId: string; obligations: ScheduledObligation[]; reason?: string | undefined; sources: Source[] };
}

export type FulfilmentEvidence =
  | { kind: 'pledge'; pledgeId: string; amount: MoneyJson }
  | { kind: 'payment'; pledgeId: string; paymentId: string; amount: MoneyJson }
  | { kind: 'delivery'; description: string; amount?: MoneyJson | undefined; quantity?: string | undefined; deliveredOn: string; sources: Source[] };

/** Evidence that a commitment is honoured: part of a PURL pledge or payment, or a sourced delivery. */
export interface FulfilmentRecorded {
  type: 'FulfilmentRecorded';
  payload: {
    fulfilmentId: string;
    commitmentId: string;
    obligationId?: string | undefined;
    evidence: FulfilmentEvidence;
    /** The evidence valued in the commitment's currency (null when it has none, or for a quantity). */
    value: MoneyJson | null;
    /** The date whose rates valued it, and the rates used (none when the currencies agree). */
    valuedOn: string;
    fx: { date: string; base: Currency; quote: Currency; rate: string }[];
    /** A judgement of the recorder, not something the public record says: shown as such. */
    illustrative: boolean;
    /** Why this evidence fulfils this commitment. */
    basis: string;
    /** The recorder saw that it takes the commitment past its schedule: the excess is shown as such. */
    acceptExcess: boolean;
  };
}

export interface FulfilmentWithdrawn {
  type: 'FulfilmentWithdrawn';
  payload: { fulfilmentId: string; reason: string };
}

export interface NegotiationParticipant {
  name: string;
  orgId?: string | undefined;
}

/** A dated step on a framework's path: a meeting, a statement, an offer, a planning round. */
export interface NegotiationMilestoneRecorded {
  type: 'NegotiationMilestoneRecorded';
  payload: {
    milestoneId: string;
    frameworkId: string;
    on: FuzzyDate;
    kind: MilestoneKind;
    title: string;
    participants: NegotiationParticipant[];
    topics: Pillar[];
    outcome: string;
    /** Figures as the sources give them, conflicts included, as text. */
    figures?: string | undefined;
    sources: Source[];
  };
}

// ---- Classification ------------------------------------------------------------------------------

/** Who may read a record, or one sensitive field of it, from now on (src/domain/classification.ts). */
export interface ClassificationSet {
  type: 'ClassificationSet';
  payload: {
    kind: 'pledge' | 'package' | 'shipment';
    id: string;
    /** `record`, or a sensitive field: pledge `amount`, package `lines`, shipment `schedule`. */
    field: string;
    level: 'public' | 'coalition' | 'restricted';
    reason: string | null;
    readers: string[];
    discloseOn: string | null;
    /** The level before this change (the default when none was set). */
    previous: 'public' | 'coalition' | 'restricted';
    note?: string | undefined;
  };
}

export type DomainEvent =
  | OrganizationRegistered
  | UserRegistered
  | UserDisabled
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
  | ReceiptConfirmed
  | FrameworkRegistered
  | FrameworkStatusChanged
  | CommitmentRecorded
  | CommitmentScheduleSet
  | FulfilmentRecorded
  | FulfilmentWithdrawn
  | NegotiationMilestoneRecorded
  | ClassificationSet;

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
