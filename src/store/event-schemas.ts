/**
 * Runtime shapes of every event payload in the catalogue (src/domain/events.ts), for checking events
 * that arrive from outside the dispatcher: an imported export file. The map is typed against the
 * catalogue, so a new event type or a changed required field fails the type check here. Objects are
 * loose (unknown extra fields pass) so that adding an optional field to an event breaks nothing.
 */
import { z } from 'zod';
import { ROLES } from '../domain/actors.ts';
import type { EventOf, EventType, PackageState, PledgeState, RequirementStatus } from '../domain/events.ts';
import { CLASSIFIED_KINDS, LEVELS } from '../domain/classification.ts';
import { LEGAL_STATUSES } from '../domain/guarantee-status.ts';
import { BINDING_LEVEL_NAMES, FRAMEWORK_KINDS, MILESTONE_KINDS, PARTY_ROLES, PILLARS, QUALIFIERS, STANCES } from '../domain/guarantee-vocabulary.ts';
import { CURRENCIES, type Currency } from '../domain/money.ts';
import { USER_ID_PATTERN } from '../domain/users.ts';

/** Lists every member of a string union; the type check fails when one is missing. */
const allOf =
  <T extends string>() =>
  <const A extends readonly T[]>(values: A & ([T] extends [A[number]] ? unknown : 'a member of the union is missing')): A =>
    values;

const REQUIREMENT_STATUSES = allOf<RequirementStatus>()(['proposed', 'validated', 'priced', 'packaged', 'funded', 'delivered', 'rejected', 'withdrawn']);
const PACKAGE_STATES = allOf<PackageState>()(['draft', 'prioritised', 'funding', 'funded', 'contracted', 'delivering', 'delivered', 'closed', 'cancelled']);
const PLEDGE_STATES = allOf<PledgeState>()(['announced', 'pledged', 'committed', 'paid', 'withdrawn', 'lapsed', 'cancelled']);

const text = z.string();
const id = z.string().min(1).max(200);
const currency = z.enum(CURRENCIES as [Currency, ...Currency[]]);
const money = z.looseObject({ minor: z.string().regex(/^-?\d{1,19}$/, 'must be a string of at most 19 digits'), currency });
const quantity = z.string().regex(/^\d{1,19}$/, 'must be a string of at most 19 digits');
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const source = z.looseObject({
  url: text,
  publisher: text.optional(),
  date: text.optional(),
  quote: text.optional(),
  tier: z.enum(['A', 'B']).optional(),
});
const fxUsed = z.looseObject({ date: day, base: currency, quote: currency, rate: text });
const earmark = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('none') }),
  z.looseObject({ kind: z.literal('package'), packageId: id }),
  z.looseObject({ kind: z.literal('capability'), capabilityArea: text }),
]);
const line = { lineId: id };
const fuzzy = z.looseObject({ value: text, precision: z.enum(['year', 'month', 'day']) });
const period = z.looseObject({ from: text.nullable(), to: text.nullable(), text });
const qualifier = z.enum(QUALIFIERS);
const terms = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('money'), amount: money, qualifier, basis: z.enum(['total', 'per_year']), period }),
  z.looseObject({ kind: z.literal('gdp_share'), percent: text, qualifier, basis: z.enum(['total', 'per_year']), period }),
  z.looseObject({ kind: z.literal('quantity'), quantity, unit: text, item: text, qualifier, period }),
  z.looseObject({ kind: z.literal('qualitative') }),
]);
const evidence = z.discriminatedUnion('kind', [
  z.looseObject({ kind: z.literal('pledge'), pledgeId: id, amount: money }),
  z.looseObject({ kind: z.literal('payment'), pledgeId: id, paymentId: id, amount: money }),
  z.looseObject({ kind: z.literal('delivery'), description: text, amount: money.optional(), quantity: quantity.optional(), deliveredOn: day, sources: z.array(source) }),
]);
const bindingLevel = z.enum(BINDING_LEVEL_NAMES as [string, ...string[]]) as z.ZodType<EventOf<'FrameworkRegistered'>['payload']['bindingLevel']>;

type PayloadSchemas = { [K in EventType]: z.ZodType<EventOf<K>['payload']> };

export const PAYLOAD_SCHEMAS: PayloadSchemas = {
  OrganizationRegistered: z.looseObject({ orgId: id, name: text, role: z.enum(ROLES), country: text.optional() }),
  UserRegistered: z.looseObject({ userId: z.string().regex(USER_ID_PATTERN), orgId: id, displayName: text }),
  UserDisabled: z.looseObject({ userId: z.string().regex(USER_ID_PATTERN), reason: text }),
  FxRateRecorded: z.looseObject({ date: day, base: currency, quote: currency, rate: text, source: text, note: text.optional() }),
  PublicTotalRecorded: z.looseObject({
    claimId: id,
    date: day,
    amount: money.nullable(),
    scope: text,
    packagesCount: z.number().int().optional(),
    contributorsCount: z.number().int().optional(),
    saidBy: text,
    sources: z.array(source),
    note: text.optional(),
  }),
  RequirementProposed: z.looseObject({
    ...line,
    capabilityArea: text,
    item: text,
    quantity,
    unit: text,
    estimatedUnitPrice: money,
    neededBy: text,
    partialAllowed: z.boolean(),
    rank: z.number().int(),
    illustrative: z.boolean(),
  }),
  RequirementsReranked: z.looseObject({ order: z.array(id), reason: text.optional() }),
  RequirementValidated: z.looseObject({ ...line }),
  RequirementRejected: z.looseObject({ ...line, reason: text }),
  RequirementPriced: z.looseObject({ ...line, unitPrice: money, availability: text }),
  RequirementWithdrawn: z.looseObject({ ...line, reason: text }),
  RequirementStatusChanged: z.looseObject({ ...line, from: z.enum(REQUIREMENT_STATUSES), to: z.enum(REQUIREMENT_STATUSES), packageId: id.optional() }),
  ListVersionProposed: z.looseObject({ versionId: id, month: text, lines: z.array(z.looseObject({ ...line, rank: z.number().int() })) }),
  ListVersionApproved: z.looseObject({ versionId: id, role: z.enum(ROLES), orgId: id, complete: z.boolean() }),
  PackageCreated: z.looseObject({
    packageId: id,
    name: text,
    lines: z.array(z.looseObject({ ...line, quantity, unitPrice: money })),
    price: money,
    allowOverFunding: z.boolean(),
    illustrative: z.boolean(),
  }),
  PackageStateChanged: z.looseObject({ packageId: id, from: z.enum(PACKAGE_STATES), to: z.enum(PACKAGE_STATES), reason: text.optional() }),
  PackageContracted: z.looseObject({ packageId: id, caseReference: text }),
  PledgeAnnounced: z.looseObject({
    pledgeId: id,
    contributors: z.array(z.looseObject({ orgId: id, share: money.optional() })),
    amount: money.nullable(),
    amountMissingReason: text.optional(),
    qualifier: z.enum(['exact', 'about', 'up_to', 'at_least']),
    statedEquivalent: money.optional(),
    earmark,
    announcedOn: z.looseObject({ value: text, precision: z.enum(['year', 'month', 'day']) }),
    contents: text.optional(),
    packageNumberClaim: text.optional(),
    sources: z.array(source),
    note: text.optional(),
  }),
  PledgeStateChanged: z.looseObject({ pledgeId: id, from: z.enum(PLEDGE_STATES), to: z.enum(PLEDGE_STATES), reason: text.optional() }),
  PledgeAmountChanged: z.looseObject({ pledgeId: id, from: money.nullable(), to: money, reason: text, source: source.optional() }),
  PaymentRecorded: z.looseObject({ pledgeId: id, paymentId: id, amount: money, paidOn: day, reference: text.optional() }),
  PledgeMarkedDuplicate: z.looseObject({ pledgeId: id, duplicateOf: id, reason: text }),
  FundsAllocated: z.looseObject({ allocationId: id, pledgeId: id, packageId: id, amount: money, usdValue: money, fx: z.array(fxUsed) }),
  AllocationReleased: z.looseObject({ allocationId: id, reason: text }),
  ShipmentRecorded: z.looseObject({ shipmentId: id, packageId: id, ...line, quantity, shippedOn: day }),
  ReceiptConfirmed: z.looseObject({ shipmentId: id, quantity, receivedOn: day, note: text.optional() }),
  FrameworkRegistered: z.looseObject({
    frameworkId: id,
    kind: z.enum(FRAMEWORK_KINDS),
    title: text,
    parties: z.array(z.looseObject({ orgId: id, role: z.enum(PARTY_ROLES), lead: z.boolean().optional() })),
    partiesNote: text.optional(),
    umbrella: text.optional(),
    bindingLevel,
    bindingBasis: text.optional(),
    status: z.enum(LEGAL_STATUSES),
    statusOn: fuzzy.nullable(),
    startsOn: fuzzy.optional(),
    durationYears: z.number().int().optional(),
    endsOn: fuzzy.optional(),
    durationNote: text.optional(),
    sources: z.array(source),
    publicRecord: z.boolean(),
    note: text.optional(),
  }),
  FrameworkStatusChanged: z.looseObject({
    frameworkId: id,
    from: z.enum(LEGAL_STATUSES),
    to: z.enum(LEGAL_STATUSES),
    effectiveOn: fuzzy.nullable(),
    correction: z.boolean(),
    reason: text.optional(),
    bindingLevel: bindingLevel.optional(),
    sources: z.array(source),
  }),
  CommitmentRecorded: z.looseObject({
    commitmentId: id,
    frameworkId: id,
    guarantors: z.array(id),
    pillars: z.array(z.enum(PILLARS)),
    stance: z.enum(STANCES),
    terms,
    statement: text,
    condition: text.optional(),
    reportedBy: text.optional(),
    statedEquivalent: money.optional(),
    madeOn: fuzzy.nullable(),
    sources: z.array(source),
    publicRecord: z.boolean(),
    note: text.optional(),
  }),
  CommitmentScheduleSet: z.looseObject({
    commitmentId: id,
    obligations: z.array(
      z.looseObject({ obligationId: id, label: text, dueBy: fuzzy, amount: money.nullable(), quantity: quantity.nullable(), note: text.optional() }),
    ),
    reason: text.optional(),
    sources: z.array(source),
  }),
  FulfilmentRecorded: z.looseObject({
    fulfilmentId: id,
    commitmentId: id,
    obligationId: id.optional(),
    evidence,
    value: money.nullable(),
    valuedOn: day,
    fx: z.array(fxUsed),
    illustrative: z.boolean(),
    basis: text,
    acceptExcess: z.boolean(),
  }),
  FulfilmentWithdrawn: z.looseObject({ fulfilmentId: id, reason: text }),
  NegotiationMilestoneRecorded: z.looseObject({
    milestoneId: id,
    frameworkId: id,
    on: fuzzy,
    kind: z.enum(MILESTONE_KINDS),
    title: text,
    participants: z.array(z.looseObject({ name: text, orgId: id.optional() })),
    topics: z.array(z.enum(PILLARS)),
    outcome: text,
    figures: text.optional(),
    sources: z.array(source),
  }),
  ClassificationSet: z.looseObject({
    kind: z.enum(CLASSIFIED_KINDS),
    id,
    field: text,
    level: z.enum(LEVELS),
    reason: text.nullable(),
    readers: z.array(id),
    discloseOn: day.nullable(),
    previous: z.enum(LEVELS),
    note: text.optional(),
  }),
};

export const isEventType = (type: string): type is EventType => Object.hasOwn(PAYLOAD_SCHEMAS, type);
