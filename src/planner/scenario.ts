/**
 * What-if input to the planner: which money counts, hypothetical money and rates, earmark limits,
 * lines or packages that must be funded, and the solver's time limit. The same schema serves
 * POST /plans and `purl plan --scenario FILE`; unknown keys are refused so a typo never passes
 * silently. An empty scenario plans the record as it stands: committed and paid money only.
 */
import { z } from 'zod';
import { isoDay, isoMonth, idSchema, currencySchema, positiveMoneySchema } from '../commands/schemas.ts';

/** Extra limits on where a pledge's money may go; the ledger's earmarks cannot say these, scenarios can. */
export const limitsShape = {
  excludePackages: z.array(idSchema).max(500).optional().describe('packages this money may not fund'),
  excludeLines: z.array(idSchema).max(5000).optional().describe('requirement lines this money may not fund (nor any package holding them)'),
  excludeAreas: z.array(z.string().trim().min(2).max(100)).max(20).optional().describe('capability areas this money may not fund'),
  notBefore: isoMonth.optional().describe('the money arrives in this month (YYYY-MM): it funds only lines needed then or later'),
};

export const scenarioEarmarkSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none'), ...limitsShape }).strict(),
  z.object({ kind: z.literal('package'), packageId: idSchema, ...limitsShape }).strict(),
  z.object({ kind: z.literal('capability'), capabilityArea: z.string().trim().min(2).max(100), ...limitsShape }).strict(),
  z.object({ kind: z.literal('lines'), lineIds: z.array(idSchema).min(1).max(5000), ...limitsShape }).strict(),
]);
export type ScenarioEarmark = z.infer<typeof scenarioEarmarkSchema>;

export const PLANNABLE_PLEDGE_STATES = ['announced', 'pledged', 'committed', 'paid'] as const;

export const scenarioSchema = z
  .object({
    asOf: isoDay.optional().describe('the date whose FX rates value the money (YYYY-MM-DD; default today)'),
    pledgeStates: z
      .array(z.enum(PLANNABLE_PLEDGE_STATES))
      .min(1)
      .max(4)
      .optional()
      .describe('which pledges count as money (default committed and paid; duplicates never count)'),
    excludePledges: z.array(idSchema).max(1000).optional().describe('pledges to leave out'),
    addPledges: z
      .array(
        z
          .object({
            pledgeId: idSchema.describe('a new id, not one of the record'),
            label: z.string().trim().max(200).optional(),
            contributors: z.array(idSchema).max(50).optional(),
            amount: positiveMoneySchema,
            earmark: scenarioEarmarkSchema.optional(),
          })
          .strict(),
      )
      .max(500)
      .optional()
      .describe('hypothetical money'),
    restrict: z
      .array(z.object({ pledgeId: idSchema, ...limitsShape }).strict())
      .max(1000)
      .optional()
      .describe("extra limits on pledges of the record, beyond their earmarks"),
    fxRates: z
      .array(z.object({ base: currencySchema, quote: currencySchema, rate: z.string().max(40) }).strict())
      .max(100)
      .optional()
      .describe('hypothetical rates (1 base = rate quote), dated asOf; they take precedence over the record on that date'),
    require: z
      .object({
        packageIds: z.array(idSchema).max(500).optional(),
        lineIds: z.array(idSchema).max(5000).optional(),
      })
      .strict()
      .optional()
      .describe('packages and lines that must be funded in full before anything else; refused (409) when the money cannot do it'),
    include: z
      .object({
        unpackagedLines: z.boolean().optional().describe('plan priced lines not yet in a package (default true)'),
        draftPackages: z.boolean().optional().describe('plan draft packages (default true)'),
      })
      .strict()
      .optional(),
    timeLimitMs: z.number().int().min(100).max(120_000).optional().describe('the solver time limit in milliseconds (default 10000)'),
  })
  .strict();

export type Scenario = z.infer<typeof scenarioSchema>;

export const DEFAULT_TIME_LIMIT_MS = 10_000;
