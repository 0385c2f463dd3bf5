/**
 * The shape of a plan, as POST /plans answers it and `purl plan --json` prints it: one schema, so
 * the API's OpenAPI document, the CLI and the planner agree. Money is exact (minor units as strings).
 */
import { z } from 'zod';
import { CURRENCIES, type Currency } from '../domain/money.ts';

const currency = z.enum(CURRENCIES as [Currency, ...Currency[]]);
const money = z.object({ minor: z.string(), currency });
const rate = z.object({ date: z.string(), base: currency, quote: currency, rate: z.string() });

export const planAllocationSchema = z.object({
  pledgeId: z.string(),
  contributors: z.array(z.string()),
  packageId: z.string(),
  amount: money.describe("in the pledge's currency, as allocate-funds will record it"),
  usdValue: money.describe('its USD value at the plan date, as allocate-funds will compute it'),
  fx: z.array(rate),
  roundingTopUp: z.boolean().describe('true for a small allocation added only to close an FX rounding gap'),
});

export const planReservationSchema = z.object({
  pledgeId: z.string(),
  targetKind: z.enum(['package', 'line']),
  targetId: z.string(),
  usdValue: money,
  note: z.string(),
});

export const bindingMoneySchema = z.object({
  id: z.string(),
  pledges: z.array(z.object({ pledgeId: z.string(), earmark: z.string(), usdValue: money })),
  total: money,
});

export const bindingSchema = z.object({
  kind: z.enum(['no_eligible_money', 'budget', 'whole_package', 'unit_price', 'whole_package_decided']),
  money: z.string().nullable().describe("the binding money: an id in the plan's bindingMoney (many lines share it)"),
  available: money.describe('money that could still reach the line at its turn'),
  needed: money.describe('money its remaining units needed at its turn'),
  shortfall: money.describe('more money that may fund it would fund it in full, every more urgent line keeping its funding'),
});

export const planLineSchema = z.object({
  lineId: z.string(),
  rank: z.number().int(),
  item: z.string(),
  capabilityArea: z.string(),
  neededBy: z.string(),
  target: z.object({ kind: z.enum(['package', 'line']), id: z.string(), open: z.boolean() }),
  quantity: z.string(),
  unitPrice: money,
  unitsPaidBefore: z.string().describe('units current funding already pays for'),
  unitsPlanned: z.string().describe('new units the plan funds'),
  outcome: z.enum(['already_funded', 'funded', 'partly_funded', 'unfunded']),
  plannedValue: money,
  statusNow: z.string(),
  statusAfterAccept: z.string().describe("the line's status once the plan is accepted (lines are funded when their package is)"),
  fundedBy: z.array(z.string()).describe('pledges whose money goes to its package (or is reserved for it)'),
  reason: z.string().nullable(),
  binding: bindingSchema.nullable(),
});

export const planPackageSchema = z.object({
  packageId: z.string(),
  name: z.string(),
  state: z.string(),
  wholeOnly: z.boolean().describe('must be funded whole: some line does not allow partial funding'),
  price: money,
  fundedBefore: money,
  planned: money.describe('new allocations (open packages) or money reserved (drafts)'),
  fundedAfter: money,
  becomesFunded: z.boolean(),
  roundingShortfall: money.nullable().describe('what FX rounding leaves the allocations short of the plan, if anything'),
});

export const planPledgeSchema = z.object({
  pledgeId: z.string(),
  contributors: z.array(z.string()),
  state: z.string(),
  allocatable: z.boolean(),
  earmark: z.string(),
  remaining: money.describe("what was left to allocate, in the pledge's currency"),
  usdValue: money,
  allocated: money.describe("allocated by the plan, in the pledge's currency"),
  reservedUsd: money.describe('reserved for drafts and lines in no package'),
  leftUsd: money.describe('USD value of what the plan leaves unused, at the plan date'),
  fx: z.array(rate),
});

const figures = z.object({
  valueFunded: money,
  linesFunded: z.number().int(),
  topLinesFunded: z.number().int(),
  topLines: z.number().int().describe('the most urgent tenth of the planned lines, at least 10'),
  fundedRun: z.number().int().describe('lines funded in full from rank 1 down, before the first that is not'),
  allocations: z.number().int(),
});

export const planSchema = z
  .object({
    planId: z.string(),
    snapshotHash: z.string(),
    asOf: z.string(),
    acceptable: z.boolean(),
    notAcceptable: z.array(z.string()),
    optimality: z.object({
      proven: z.boolean().describe('every level of the objective is proven optimal'),
      priorities: z.literal('exact').describe('levels 1 and 2 are solved exactly (lexicographic solves, exact integers)'),
      allocations: z.number().int(),
      allocationsBound: z.number().int().describe('no plan funding the same lines needs fewer allocations'),
      gap: z.number().describe('(allocations - bound) / allocations; 0 when proven'),
      status: z.string(),
      solveMs: z.number(),
    }),
    figures,
    greedy: figures.extend({ comparison: z.enum(['planner_better', 'equal']) }),
    allocations: z.array(planAllocationSchema),
    reservations: z.array(planReservationSchema),
    packages: z.array(planPackageSchema),
    lines: z.array(planLineSchema),
    pledges: z.array(planPledgeSchema),
    bindingMoney: z.array(bindingMoneySchema).describe('the sets of pledges that bind unfunded lines: all spent on more urgent lines only they may fund'),
    whatWouldChange: z.array(
      z.object({ throughRank: z.number().int(), lineIds: z.array(z.string()), extraUnearmarked: money, message: z.string() }),
    ),
    skippedPledges: z.array(z.object({ pledgeId: z.string(), reason: z.string() })),
    unplannable: z.array(z.object({ lineId: z.string(), rank: z.number().int(), status: z.string(), reason: z.string() })),
    warnings: z.array(z.string()),
  })
  .meta({ id: 'Plan' });

export type Plan = z.infer<typeof planSchema>;
export type PlanLine = z.infer<typeof planLineSchema>;
export type PlanPackage = z.infer<typeof planPackageSchema>;
