/** Response schemas of the security-guarantees registry (see src/store/queries/guarantee-*.ts for the shapes they describe). */
import { z } from 'zod';
import { LEGAL_STATUSES } from '../../domain/guarantee-status.ts';
import { BINDING_LEVEL_NAMES, FRAMEWORK_KINDS, MILESTONE_KINDS, PARTY_ROLES, PILLARS, QUALIFIERS, STANCES } from '../../domain/guarantee-vocabulary.ts';
import { moneyOut, sourceOut } from '../schemas.ts';

const fuzzyOut = z.object({ value: z.string(), precision: z.enum(['year', 'month', 'day']) });
const pillar = z.enum(PILLARS);
const status = z.enum(LEGAL_STATUSES);
const binding = z.enum(BINDING_LEVEL_NAMES as [string, ...string[]]);
const stance = z.enum(STANCES);
const fxUsed = z.object({ date: z.string(), base: z.string(), quote: z.string(), rate: z.string() });
const orgRef = z.object({ orgId: z.string(), name: z.string(), country: z.string().nullable() });
const usdPair = z.object({ counted: moneyOut, pending: moneyOut });

export const figureOut = z
  .object({ amount: moneyOut.nullable(), quantity: z.string().nullable(), usd: moneyOut.nullable(), eur: moneyOut.nullable() })
  .meta({ id: 'GuaranteeFigure', description: "An amount in the commitment's currency (or a quantity), with its USD and EUR values at the named rates" });

const period = z.object({ from: z.string().nullable(), to: z.string().nullable(), text: z.string() });
const qualifier = z.enum(QUALIFIERS);
export const termsOut = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('money'), amount: moneyOut, qualifier, basis: z.enum(['total', 'per_year']), period }),
    z.object({ kind: z.literal('gdp_share'), percent: z.string(), qualifier, basis: z.enum(['total', 'per_year']), period }),
    z.object({ kind: z.literal('quantity'), quantity: z.string(), unit: z.string(), item: z.string(), qualifier, period }),
    z.object({ kind: z.literal('qualitative') }),
  ])
  .meta({ id: 'CommitmentTerms' });

const evidenceOut = z.object({
  fulfilmentId: z.string(),
  kind: z.enum(['pledge', 'payment', 'delivery']),
  pledgeId: z.string().nullable(),
  paymentId: z.string().nullable(),
  description: z.string().nullable(),
  obligationId: z.string().nullable(),
  linked: figureOut,
  counts: figureOut,
  counting: z.enum(['counted', 'pending', 'void']).describe('counted: committed or paid money, or a delivery; pending: an announced pledge; void: an ended or duplicate pledge'),
  why: z.string().nullable(),
  value: moneyOut.nullable(),
  valuedOn: z.string(),
  fx: z.array(fxUsed),
  illustrative: z.boolean(),
  basis: z.string(),
  acceptExcess: z.boolean(),
  sources: z.array(sourceOut),
  recordedBy: z.string(),
  recordedAt: z.string(),
});

export const fulfilmentOut = z
  .object({
    unit: z.enum(['money', 'quantity', 'none']),
    currency: z.string().nullable(),
    unitLabel: z.string().nullable(),
    status: z.enum(['fulfilled', 'partly_evidenced', 'due_not_evidenced', 'not_yet_due', 'pending_evidence', 'evidence_recorded', 'no_evidence', 'not_applicable']),
    scheduled: figureOut.nullable(),
    due: figureOut.nullable(),
    fulfilled: figureOut.nullable().describe('counted evidence applied to the schedule, never more than scheduled'),
    overdue: figureOut.nullable().describe('due by asOf and not evidenced in the ledger (which records PURL money and sourced deliveries only)'),
    pending: figureOut.nullable(),
    excess: figureOut.nullable().describe('counted evidence beyond the schedule, shown as such and never as fulfilment'),
    pendingExcess: figureOut.nullable(),
    fulfilledBp: z.number().nullable(),
    evidenceUsd: usdPair,
    evidenceEur: usdPair,
    obligations: z.array(
      z.object({
        obligationId: z.string().nullable(),
        label: z.string(),
        dueBy: z.string().nullable(),
        amount: figureOut,
        fulfilled: figureOut,
        pending: figureOut,
        isDue: z.boolean(),
        overdue: figureOut,
        note: z.string().nullable(),
      }),
    ),
    evidence: z.array(evidenceOut),
    fx: z.object({ date: z.string(), toUsd: z.array(fxUsed), toEur: z.array(fxUsed), rateAfterDate: z.boolean() }).nullable(),
    unconverted: z.array(z.string()),
  })
  .meta({ id: 'GuaranteeFulfilment' });

export const commitmentOut = z
  .object({
    commitmentId: z.string(),
    frameworkId: z.string(),
    frameworkTitle: z.string(),
    frameworkKind: z.enum(FRAMEWORK_KINDS),
    frameworkStatus: status,
    bindingLevel: binding,
    bindingLabel: z.string(),
    guarantors: z.array(orgRef),
    pillars: z.array(pillar),
    stance,
    terms: termsOut,
    termsText: z.string(),
    statement: z.string(),
    condition: z.string().nullable(),
    reportedBy: z.string().nullable(),
    statedEquivalent: moneyOut.nullable(),
    madeOn: fuzzyOut.nullable(),
    sources: z.array(sourceOut),
    publicRecord: z.boolean(),
    note: z.string().nullable(),
    recordedBy: z.string(),
    recordedAt: z.string(),
    schedule: z.object({ reason: z.string().nullable(), sources: z.array(sourceOut), setAt: z.string().nullable() }),
    fulfilment: fulfilmentOut,
  })
  .meta({ id: 'Commitment' });

export const milestoneOut = z
  .object({
    milestoneId: z.string(),
    frameworkId: z.string(),
    on: fuzzyOut,
    kind: z.enum(MILESTONE_KINDS),
    title: z.string(),
    participants: z.array(z.object({ name: z.string(), orgId: z.string().optional() })),
    topics: z.array(pillar),
    outcome: z.string(),
    figures: z.string().nullable(),
    sources: z.array(sourceOut),
    recordedBy: z.string(),
  })
  .meta({ id: 'NegotiationMilestone' });

const statusEntryOut = z.object({
  seq: z.number(),
  from: status.nullable(),
  to: status,
  effectiveOn: fuzzyOut.nullable(),
  correction: z.boolean(),
  reason: z.string().nullable(),
  bindingLevel: binding.nullable(),
  sources: z.array(sourceOut),
  recordedBy: z.string(),
  recordedAt: z.string(),
});

export const frameworkOut = z
  .object({
    frameworkId: z.string(),
    kind: z.enum(FRAMEWORK_KINDS),
    title: z.string(),
    parties: z.array(z.object({ orgId: z.string(), role: z.enum(PARTY_ROLES), lead: z.boolean().optional(), name: z.string(), country: z.string().nullable() })),
    partiesNote: z.string().nullable(),
    umbrella: z.string().nullable(),
    bindingLevel: binding,
    bindingLabel: z.string(),
    bindingBasis: z.string().nullable(),
    status,
    suspendedFrom: status.nullable(),
    statusOn: fuzzyOut.nullable(),
    nextStatuses: z.array(status),
    startsOn: fuzzyOut.nullable(),
    durationYears: z.number().nullable(),
    endsOn: fuzzyOut.nullable(),
    durationNote: z.string().nullable(),
    sources: z.array(sourceOut),
    publicRecord: z.boolean(),
    note: z.string().nullable(),
    recordedBy: z.string(),
    history: z.array(statusEntryOut),
    commitmentIds: z.array(z.string()),
    milestones: z.array(milestoneOut),
  })
  .meta({ id: 'Framework' });

export const frameworkDetailOut = frameworkOut.extend({ commitments: z.array(commitmentOut) }).meta({ id: 'FrameworkDetail' });

const cellCommitment = z.object({
  commitmentId: z.string(),
  frameworkId: z.string(),
  frameworkTitle: z.string(),
  frameworkKind: z.enum(FRAMEWORK_KINDS),
  frameworkStatus: status,
  bindingLevel: binding,
  stance,
  termsText: z.string(),
  condition: z.string().nullable(),
  joint: z.boolean(),
  fulfilmentStatus: fulfilmentOut.shape.status,
  fulfilledBp: z.number().nullable(),
  illustrativeEvidence: z.boolean(),
});

const count = <T extends readonly [string, ...string[]]>(keys: T) => z.object(Object.fromEntries(keys.map((k) => [k, z.number()])) as Record<T[number], z.ZodNumber>);
export const coverageOut = z
  .object({
    covers: z.object({
      frameworks: z.number(),
      byKind: count(FRAMEWORK_KINDS),
      commitments: z.number(),
      byStance: count(STANCES),
      guarantors: z.number(),
      milestones: z.number(),
      evidence: z.object({ counted: z.number(), pending: z.number(), void: z.number(), illustrative: z.number() }),
    }),
    unknown: z.array(z.object({ what: z.string(), ids: z.array(z.string()) })),
  })
  .meta({ id: 'GuaranteeCoverageNote', description: 'What the registry covers, and what remains unknown, computed from the record' });

export const matrixOut = z
  .object({
    asOf: z.string(),
    pillars: z.array(z.object({ pillar, label: z.string(), guarantors: z.number(), commitments: z.number() })),
    guarantors: z.array(orgRef.extend({ commitments: z.number(), evidenceUsd: usdPair })),
    cells: z.array(
      z.object({
        pillar,
        orgId: z.string(),
        commitments: z.array(cellCommitment),
        strongestBinding: binding.nullable(),
        firmestStance: stance,
        evidenceUsd: usdPair,
      }),
    ),
    coverage: coverageOut,
    caveat: z.string(),
  })
  .meta({ id: 'CoverageMatrix' });

export const guarantorPageOut = z
  .object({
    asOf: z.string(),
    guarantor: orgRef.extend({ role: z.string() }),
    frameworks: z.array(frameworkOut),
    commitments: z.array(commitmentOut),
    byPillar: z.array(z.object({ pillar, label: z.string(), commitmentIds: z.array(z.string()) })),
    fulfilmentOverTime: z.array(z.object({ month: z.string(), counted: moneyOut, pending: moneyOut, cumulativeCounted: moneyOut })),
    evidenceUsd: usdPair,
    milestones: z.array(milestoneOut),
    caveat: z.string(),
  })
  .meta({ id: 'GuarantorPage' });

export const pillarPageOut = z
  .object({
    asOf: z.string(),
    pillar,
    label: z.string(),
    guarantors: z.array(z.object({ guarantor: orgRef, strongestBinding: binding.nullable(), firmestStance: stance, commitments: z.array(commitmentOut) })),
    milestones: z.array(milestoneOut),
    caveat: z.string(),
  })
  .meta({ id: 'PillarPage' });

const timelineEntry = z.object({
  date: fuzzyOut.nullable(),
  kind: z.enum(['status', 'commitment', 'milestone', 'evidence']),
  frameworkId: z.string(),
  commitmentId: z.string().nullable(),
  milestoneId: z.string().nullable(),
  fulfilmentId: z.string().nullable(),
  title: z.string(),
  detail: z.string(),
  orgIds: z.array(z.string()),
  pillars: z.array(pillar),
  illustrative: z.boolean(),
  sources: z.array(sourceOut),
});

export const timelineOut = z.object({ asOf: z.string(), entries: z.array(timelineEntry), undated: z.array(timelineEntry) }).meta({ id: 'GuaranteeTimeline' });

/** Said with every view: what the fulfilment figures can and cannot mean. */
export const CAVEAT =
  'Fulfilment counts only evidence recorded in this ledger: PURL pledges and payments (each counted once across all commitments) and deliveries recorded with sources. ' +
  "'Overdue' means due and not evidenced here, not that a guarantor failed to pay: most bilateral aid is not recorded in the ledger. " +
  "Evidence marked illustrative is the recorder's judgement, not a statement of the public record. Conversions use the dated FX table; the rates are named with each figure.";
